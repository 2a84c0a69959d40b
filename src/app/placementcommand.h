#pragma once

#include "placement.h"
#include "undoids.h"

#include <QUndoCommand>

namespace outframe {

class EditingDocument;

// One undoable change of the placement. A gesture pushes one of these when it ends (its
// `before` is the placement at the press), so a drag of any length undoes in one step.
// A committed field value is one step too; the repeats of a held arrow key merge into one.
class PlacementCommand : public QUndoCommand
{
public:
    // Commands with the same `mergeId` (an UndoId) and `serial` merge: the serial separates, say,
    // two presses of an arrow key (two steps) from one held key's repeats (one step).
    PlacementCommand(EditingDocument *document, const Placement &before, const Placement &after,
                     const QString &text, int mergeId = UndoNoMerge, quint64 serial = 0);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    EditingDocument *m_document;
    Placement m_before;
    Placement m_after;
    int m_mergeId;
    quint64 m_serial;
};

} // namespace outframe
