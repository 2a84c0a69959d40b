// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementcommand.h"

#include "editingdocument.h"

namespace outframe {

PlacementCommand::PlacementCommand(EditingDocument *document, const Placement &before,
                                   const Placement &after, const QString &text, int mergeId,
                                   quint64 serial)
    : m_document(document), m_before(before), m_after(after), m_mergeId(mergeId), m_serial(serial)
{
    setText(text);
}

void PlacementCommand::undo()
{
    m_document->setPlacement(m_before);
}

void PlacementCommand::redo()
{
    m_document->setPlacement(m_after);
}

bool PlacementCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PlacementCommand *>(other);
    if (next->m_document != m_document || next->m_serial != m_serial)
        return false;
    m_after = next->m_after;
    // Typing a value back to where it was leaves nothing to undo.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

} // namespace outframe
