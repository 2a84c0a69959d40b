// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "placement.h"
#include "stagingcommands.h"
#include "undoids.h"

#include <QImage>
#include <QObject>
#include <QUndoStack>

#include <memory>

class QUndoCommand;

namespace outframe {

// The session the window edits: one core Document (the only owner of the image, placement,
// options, layers and pending jobs) with the undo history of every edit made to it, as
// Tiled's MapDocument wraps a Map. The canvas, the fields, the Generate panel and the Layers
// panel are views of it and edit through it; none of them keeps state of its own.
//
// A new image is a new session: replace() swaps in another Document and clears the history,
// and every view follows documentReplaced().
class EditingDocument : public QObject
{
    Q_OBJECT

public:
    explicit EditingDocument(QObject *parent = nullptr); // an empty session
    ~EditingDocument() override;

    Document *document() const { return m_document.get(); }
    // Makes `next` the session being edited and hands back the previous one, whose jobs may
    // still be running (the caller decides where their results go).
    std::unique_ptr<Document> replace(std::unique_ptr<Document> next);
    // replace() with a new document on `image` (benchmarks and tests; the app goes through
    // ProjectController::startSession, which decides what becomes of the previous session).
    std::unique_ptr<Document> newSession(const QImage &image, const QString &name,
                                         const QString &path = {});

    bool hasReference() const { return m_document->hasReference(); }
    const QImage &reference() const { return m_document->reference(); }
    QString referenceName() const { return m_document->referenceName(); }
    QString referencePath() const { return m_document->referencePath(); }

    const Placement &placement() const { return m_document->placement(); }
    // Sets the placement without recording history: live updates while a gesture runs, and
    // the commands themselves.
    void setPlacement(const Placement &placement);
    // Records an edit as one undo step (and applies it).
    // `mergeId` and `serial`: see PlacementCommand.
    void commitPlacement(const Placement &before, const Placement &after, const QString &text,
                         int mergeId = UndoNoMerge, quint64 serial = 0);
    // Applies `after` as one undo step from the current placement.
    void editPlacement(const Placement &after, const QString &text, int mergeId = UndoNoMerge,
                       quint64 serial = 0);

    // A finished job's result: added on top as one undo step and made the active variation.
    void addResult(const ResultLayer &layer);
    // Ends the staging strip's set as one undo step; false when there is nothing to do.
    bool resolveStaged(ResolveStagedCommand::Outcome outcome, quint64 keepId = 0);
    // Any other edit of the document, as one undo step.
    void push(QUndoCommand *command) { m_undo.push(command); }

    QUndoStack *undoStack() { return &m_undo; }

signals:
    void documentReplaced();
    void referenceChanged();
    void placementChanged(const outframe::Placement &before, const outframe::Placement &after);

private:
    void follow(Document *document);

    std::unique_ptr<Document> m_document;
    Placement m_shown; // the placement the views last heard of: the `before` of the next change
    QUndoStack m_undo;
};

} // namespace outframe
