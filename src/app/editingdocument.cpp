// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "editingdocument.h"

#include "documentcommands.h"
#include "placementcommand.h"

namespace outframe {

EditingDocument::EditingDocument(QObject *parent)
    : QObject(parent), m_document(std::make_unique<Document>())
{
    m_document->markSaved();
    follow(m_document.get());
}

EditingDocument::~EditingDocument() = default;

void EditingDocument::follow(Document *document)
{
    m_shown = document->placement();
    connect(document, &Document::referenceChanged, this, &EditingDocument::referenceChanged);
    connect(document, &Document::placementChanged, this, [this] {
        const Placement before = m_shown;
        m_shown = m_document->placement();
        emit placementChanged(before, m_shown);
    });
    // Opening a project replaces everything at once.
    connect(document, &Document::reset, this, [this] {
        const Placement before = m_shown;
        m_shown = m_document->placement();
        emit referenceChanged();
        emit placementChanged(before, m_shown);
    });
}

std::unique_ptr<Document> EditingDocument::replace(std::unique_ptr<Document> next)
{
    Q_ASSERT(next);
    m_undo.clear(); // its commands point into the old document
    std::unique_ptr<Document> previous = std::move(m_document);
    previous->disconnect(this);
    m_document = std::move(next);
    const Placement before = m_shown;
    follow(m_document.get());
    emit documentReplaced();
    emit referenceChanged();
    emit placementChanged(before, m_shown);
    return previous;
}

std::unique_ptr<Document> EditingDocument::newSession(const QImage &image, const QString &name,
                                                      const QString &path)
{
    auto next = std::make_unique<Document>();
    next->setReference(image, path, name);
    next->setOptions(m_document->options());
    next->markSaved();
    return replace(std::move(next));
}

void EditingDocument::setPlacement(const Placement &placement)
{
    m_document->setPlacement(placement);
}

void EditingDocument::commitPlacement(const Placement &before, const Placement &after,
                                      const QString &text, int mergeId, quint64 serial)
{
    if (before == after) {
        setPlacement(after);
        return;
    }
    m_undo.push(new PlacementCommand(this, before, after, text, mergeId, serial));
}

void EditingDocument::editPlacement(const Placement &after, const QString &text, int mergeId,
                                    quint64 serial)
{
    commitPlacement(placement(), after, text, mergeId, serial);
}

bool EditingDocument::resolveStaged(ResolveStagedCommand::Outcome outcome, quint64 keepId)
{
    if (!ResolveStagedCommand::applies(document(), outcome, keepId))
        return false;
    m_undo.push(new ResolveStagedCommand(document(), outcome, keepId));
    return true;
}

void EditingDocument::addResult(const ResultLayer &layer)
{
    m_undo.push(new AddLayerCommand(m_document.get(), layer));
}

} // namespace outframe
