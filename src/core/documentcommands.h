#pragma once

#include "document.h"
#include "resultlayer.h"
#include "undoids.h"

#include <QUndoCommand>
#include <QVariant>

namespace outframe {

// Undo commands over Document's primitives. They refer to layers by id, not index, so they
// stay correct whatever else happened on the stack in between.

// Adds a result on top (first redo) and removes it on undo.
class AddLayerCommand : public QUndoCommand
{
public:
    AddLayerCommand(Document *document, ResultLayer layer, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    quint64 layerId() const { return m_layer.id; }

private:
    Document *m_document;
    ResultLayer m_layer;
    int m_index = -1;
};

class RemoveLayerCommand : public QUndoCommand
{
public:
    RemoveLayerCommand(Document *document, quint64 layerId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    quint64 m_layerId;
    ResultLayer m_layer; // held while removed: deleting a paid result is always undoable
    int m_index = -1;
    bool m_wasActive = false;
};

class MoveLayerCommand : public QUndoCommand
{
public:
    MoveLayerCommand(Document *document, quint64 layerId, int toIndex,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    quint64 m_layerId;
    int m_from = -1;
    int m_to;
};

// One property of one layer. Successive edits of the same continuous property (opacity,
// feather) on the same layer merge, so a slider drag is one undo step; give each drag its own
// `gesture` number to keep two drags in a row apart.
class SetLayerPropertyCommand : public QUndoCommand
{
public:
    SetLayerPropertyCommand(Document *document, quint64 layerId, LayerProperty which,
                            QVariant value, quint64 gesture = 0, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return LayerPropertyEdit; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const QVariant &value);

    Document *m_document;
    quint64 m_layerId;
    LayerProperty m_which;
    QVariant m_old;
    QVariant m_new;
    quint64 m_gesture;
};

} // namespace outframe
