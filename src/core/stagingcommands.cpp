// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stagingcommands.h"

#include <QCoreApplication>

namespace outframe {

namespace {

QString textFor(ResolveStagedCommand::Outcome outcome)
{
    switch (outcome) {
    case ResolveStagedCommand::Outcome::KeepOne:
        return QCoreApplication::translate("outframe::ResolveStagedCommand", "Keep Result");
    case ResolveStagedCommand::Outcome::KeepOneShowOthers:
        return QCoreApplication::translate("outframe::ResolveStagedCommand", "Keep Results");
    case ResolveStagedCommand::Outcome::DiscardAll:
        break;
    }
    return QCoreApplication::translate("outframe::ResolveStagedCommand", "Discard Results");
}

} // namespace

ResolveStagedCommand::ResolveStagedCommand(Document *document, Outcome outcome, quint64 keepId,
                                           QUndoCommand *parent)
    : QUndoCommand(textFor(outcome), parent), m_document(document), m_outcome(outcome),
      m_keepId(keepId)
{
    for (const ResultLayer &l : document->staged())
        m_setIds << l.id;
}

bool ResolveStagedCommand::applies(const Document *document, Outcome outcome, quint64 keepId)
{
    return outcome == Outcome::DiscardAll ? document->stagedCount() > 0
                                          : document->stagedIndexOf(keepId) >= 0;
}

void ResolveStagedCommand::redo()
{
    m_shownBefore = m_document->shownStagedId();
    m_activeBefore = m_document->activeLayerId();
    m_taken.clear();
    m_added.clear();
    // From the top, so each index recorded is where the result goes back on undo.
    for (int i = m_document->stagedCount() - 1; i >= 0; --i)
        if (m_setIds.contains(m_document->staged().at(i).id))
            m_taken.prepend({i, m_document->takeStaged(i)});
    if (m_outcome == Outcome::DiscardAll)
        return;
    const auto add = [this](ResultLayer layer, bool visible) {
        layer.visible = visible;
        m_added << m_document->insertLayer(m_document->layerCount(), std::move(layer));
    };
    if (m_outcome == Outcome::KeepOneShowOthers)
        for (const auto &[index, layer] : std::as_const(m_taken))
            if (layer.id != m_keepId)
                add(layer, false);
    for (const auto &[index, layer] : std::as_const(m_taken))
        if (layer.id == m_keepId)
            add(layer, true);
    m_document->setActiveLayer(m_added.isEmpty() ? m_activeBefore : m_added.last());
}

void ResolveStagedCommand::undo()
{
    for (quint64 id : std::as_const(m_added))
        m_document->takeLayer(m_document->indexOf(id));
    for (const auto &[index, layer] : std::as_const(m_taken))
        m_document->insertStaged(index, layer);
    m_document->setShownStaged(m_shownBefore);
    m_document->setActiveLayer(m_activeBefore);
    m_added.clear();
    m_taken.clear();
}

} // namespace outframe
