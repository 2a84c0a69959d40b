// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentcommands.h"

#include <QCoreApplication>

namespace outframe {

namespace {

QString propertyText(LayerProperty which)
{
    switch (which) {
    case LayerProperty::Name:
        return QCoreApplication::translate("outframe::DocumentCommands", "Rename Layer");
    case LayerProperty::Visible:
        return QCoreApplication::translate("outframe::DocumentCommands", "Show/Hide Layer");
    case LayerProperty::Opacity:
        return QCoreApplication::translate("outframe::DocumentCommands", "Change Opacity");
    case LayerProperty::Starred:
        return QCoreApplication::translate("outframe::DocumentCommands", "Star Layer");
    case LayerProperty::KeepOriginal:
        return QCoreApplication::translate("outframe::DocumentCommands", "Keep Original Pixels");
    case LayerProperty::Feather:
        return QCoreApplication::translate("outframe::DocumentCommands", "Change Feather");
    case LayerProperty::ColourMatch:
        return QCoreApplication::translate("outframe::DocumentCommands", "Colour Match");
    }
    return {};
}

} // namespace

AddLayerCommand::AddLayerCommand(Document *document, ResultLayer layer, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("outframe::DocumentCommands", "Add Result"), parent),
      m_document(document), m_layer(std::move(layer))
{}

void AddLayerCommand::redo()
{
    if (m_index < 0) {
        m_layer.id = m_document->addResult(m_layer);
        m_index = m_document->indexOf(m_layer.id);
        m_layer = m_document->layer(m_index); // with its given name
    } else {
        m_document->insertLayer(m_index, m_layer);
        m_document->setActiveLayer(m_layer.id);
    }
}

void AddLayerCommand::undo()
{
    const int index = m_document->indexOf(m_layer.id);
    if (index >= 0) {
        m_index = index;
        m_layer = m_document->takeLayer(index);
    }
}

RemoveLayerCommand::RemoveLayerCommand(Document *document, quint64 layerId, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("outframe::DocumentCommands", "Delete Layer"),
                   parent),
      m_document(document), m_layerId(layerId)
{}

void RemoveLayerCommand::redo()
{
    m_index = m_document->indexOf(m_layerId);
    if (m_index < 0)
        return;
    m_wasActive = m_document->activeLayerId() == m_layerId;
    m_layer = m_document->takeLayer(m_index);
}

void RemoveLayerCommand::undo()
{
    if (m_index < 0)
        return;
    m_document->insertLayer(m_index, m_layer);
    if (m_wasActive)
        m_document->setActiveLayer(m_layerId);
    m_layer = ResultLayer{}; // the document holds it again
}

MoveLayerCommand::MoveLayerCommand(Document *document, quint64 layerId, int toIndex,
                                   QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("outframe::DocumentCommands", "Reorder Layers"),
                   parent),
      m_document(document), m_layerId(layerId), m_to(toIndex)
{}

void MoveLayerCommand::redo()
{
    m_from = m_document->indexOf(m_layerId);
    if (m_from >= 0)
        m_document->moveLayer(m_from, m_to);
}

void MoveLayerCommand::undo()
{
    const int now = m_document->indexOf(m_layerId);
    if (now >= 0 && m_from >= 0)
        m_document->moveLayer(now, m_from);
}

SetLayerPropertyCommand::SetLayerPropertyCommand(Document *document, quint64 layerId,
                                                 LayerProperty which, QVariant value,
                                                 quint64 gesture, QUndoCommand *parent)
    : QUndoCommand(propertyText(which), parent), m_document(document), m_layerId(layerId),
      m_which(which), m_new(std::move(value)), m_gesture(gesture)
{
    const int index = document->indexOf(layerId);
    if (index >= 0)
        m_old = document->layer(index).property(which);
}

void SetLayerPropertyCommand::apply(const QVariant &value)
{
    const int index = m_document->indexOf(m_layerId);
    if (index >= 0 && value.isValid())
        m_document->setLayerProperty(index, m_which, value);
}

void SetLayerPropertyCommand::redo()
{
    apply(m_new);
}

void SetLayerPropertyCommand::undo()
{
    apply(m_old);
}

bool SetLayerPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetLayerPropertyCommand *>(other);
    const bool continuous = m_which == LayerProperty::Opacity || m_which == LayerProperty::Feather;
    if (!continuous || o->m_layerId != m_layerId || o->m_which != m_which ||
        o->m_document != m_document || o->m_gesture != m_gesture)
        return false;
    m_new = o->m_new;
    return true;
}

} // namespace outframe
