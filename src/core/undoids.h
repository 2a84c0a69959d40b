#pragma once

namespace outframe {

// Every QUndoCommand::id() in Outframe, in one list: QUndoStack merges two commands in a row
// only when their ids are equal (and not -1), so two kinds of command sharing a number by
// accident would merge into one undo step. Add new ids here, never as a literal elsewhere.
enum UndoId : int {
    UndoNoMerge = -1,           // QUndoCommand's "never merge"
    PlacementNudge = 1,         // app: the repeats of a held arrow key moving the image
    LayerPropertyEdit = 0x4f46, // core: one drag of a continuous layer property (opacity, ...)
};

} // namespace outframe
