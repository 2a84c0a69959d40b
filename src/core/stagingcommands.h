// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "resultlayer.h"

#include <QList>
#include <QUndoCommand>

namespace outframe {

// Ends the staging strip's set: keeps one result as the active layer on top (and, if the
// artist chooses, the others as hidden layers under it), or discards them all. Undo puts the
// set back in the strip as it was, so a Discard never loses a result. Results that arrive
// after the command was made are not part of its set.
class ResolveStagedCommand : public QUndoCommand
{
public:
    enum class Outcome {
        KeepOne,           // `keepId` becomes a layer, the others are dropped
        KeepOneShowOthers, // as KeepOne, and the others are kept as hidden layers below it
        DiscardAll,
    };
    ResolveStagedCommand(Document *document, Outcome outcome, quint64 keepId = 0,
                         QUndoCommand *parent = nullptr);
    // Whether the command would change anything (there is a set; `keepId` is in it).
    static bool applies(const Document *document, Outcome outcome, quint64 keepId);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Outcome m_outcome;
    quint64 m_keepId;
    QList<quint64> m_setIds; // the set, as it was when first done
    // Filled by redo for undo: the set's results with their places, and what was shown.
    QList<std::pair<int, ResultLayer>> m_taken;
    QList<quint64> m_added; // layer ids redo added
    quint64 m_shownBefore = 0;
    quint64 m_activeBefore = 0;
};

} // namespace outframe
