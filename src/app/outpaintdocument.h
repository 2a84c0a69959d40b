#pragma once

#include "placement.h"

#include <QImage>
#include <QObject>
#include <QUndoStack>

namespace outframe {

// What the artist is working on: the reference image and its placement on the target canvas,
// with the undo history of placement edits. The canvas, the fields and the Generate panel are
// views of this; none of them keeps geometry of its own.
class OutpaintDocument : public QObject
{
    Q_OBJECT

public:
    explicit OutpaintDocument(QObject *parent = nullptr);

    bool hasReference() const { return !m_reference.isNull(); }
    QImage reference() const { return m_reference; }
    // The file name, URL or "Pasted image" the reference came from.
    QString referenceName() const { return m_referenceName; }
    QString referencePath() const { return m_referencePath; }

    // Replaces the reference; the placement starts as Placement::forNewReference and the
    // history is cleared (edits of another image make no sense to undo).
    void setReference(const QImage &image, const QString &name, const QString &path = {});

    const Placement &placement() const { return m_placement; }
    // Sets the placement without recording history: live updates while a gesture runs, and
    // the commands themselves.
    void setPlacement(const Placement &placement);
    // Records an edit as one undo step (and applies it).
    // `mergeId` and `serial`: see PlacementCommand.
    void commitPlacement(const Placement &before, const Placement &after, const QString &text,
                         int mergeId = -1, quint64 serial = 0);
    // Applies `after` as one undo step from the current placement.
    void editPlacement(const Placement &after, const QString &text, int mergeId = -1,
                       quint64 serial = 0);

    QUndoStack *undoStack() { return &m_undo; }

signals:
    void referenceChanged();
    void placementChanged(const outframe::Placement &before, const outframe::Placement &after);

private:
    QImage m_reference;
    QString m_referenceName;
    QString m_referencePath;
    Placement m_placement;
    QUndoStack m_undo;
};

} // namespace outframe
