// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerlistmodel.h"

#include "document.h"
#include "documentcommands.h"

#include "numberformat.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QPointer>
#include <QUndoStack>
#include <QtConcurrent>

namespace outframe {

QString layerDetails(const ResultLayer &layer)
{
    QStringList parts;
    parts << (layer.engine == ResultEngine::Local ? LayerListModel::tr("offline")
                                                  : LayerListModel::tr("FLUX"));
    parts << NumberFormat::megapixels(qint64(layer.image.width()) * layer.image.height());
    if (layer.cost)
        parts << LayerListModel::tr("%1 credits").arg(NumberFormat::significant(*layer.cost, 4));
    if (layer.elapsedSeconds > 0)
        parts << NumberFormat::seconds(layer.elapsedSeconds, 0);
    QString text = parts.join(QStringLiteral(" · "));
    if (!layer.options.prompt.isEmpty())
        text += QLatin1Char('\n') + layer.options.prompt;
    return text;
}

LayerListModel::LayerListModel(Document *document, QUndoStack *undoStack, QObject *parent)
    : QAbstractListModel(parent), m_undo(undoStack)
{
    setDocument(document);
}

void LayerListModel::setDocument(Document *document)
{
    beginResetModel();
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_thumbnails.clear();
    // The document's primitive signals map one to one onto the model's.
    connect(document, &Document::layerInserted, this, [this](int index) {
        const int row = rowFor(index);
        beginInsertRows({}, row, row);
        endInsertRows();
    });
    connect(document, &Document::layerRemoved, this, [this](int index, quint64 id) {
        // The document already removed it: rows are counted from the new size + 1.
        const int row = m_document->layerCount() - index;
        beginRemoveRows({}, row, row);
        endRemoveRows();
        m_thumbnails.remove(id);
    });
    connect(document, &Document::layerMoved, this, [this](int, int) {
        beginResetModel();
        endResetModel();
    });
    connect(document, &Document::layerChanged, this, [this](int index, LayerProperty) {
        const QModelIndex i = this->index(rowFor(index));
        emit dataChanged(i, i);
    });
    connect(document, &Document::reset, this, [this] {
        beginResetModel();
        m_thumbnails.clear();
        endResetModel();
    });
    endResetModel();
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->layerCount();
}

int LayerListModel::layerIndex(int row) const
{
    return m_document->layerCount() - 1 - row;
}

int LayerListModel::rowFor(int layerIndex) const
{
    return m_document->layerCount() - 1 - layerIndex;
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    const int li = layerIndex(index.row());
    if (!index.isValid() || li < 0 || li >= m_document->layerCount())
        return {};
    const ResultLayer &layer = m_document->layer(li);
    switch (role) {
    case Qt::DisplayRole:
        return layer.starred ? QStringLiteral("★ ") + layer.name : layer.name;
    case Qt::EditRole:
        return layer.name;
    case Qt::ToolTipRole:
        return layerDetails(layer);
    case Qt::CheckStateRole:
        return layer.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole: {
        const auto it = m_thumbnails.constFind(layer.id);
        if (it != m_thumbnails.constEnd())
            return *it;
        const_cast<LayerListModel *>(this)->requestThumbnail(li);
        return {};
    }
    case LayerIdRole:
        return layer.id;
    case StarredRole:
        return layer.starred;
    case DetailsRole:
        return layerDetails(layer);
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int li = layerIndex(index.row());
    if (!index.isValid() || li < 0 || li >= m_document->layerCount())
        return false;
    const quint64 id = m_document->layer(li).id;
    if (role == Qt::EditRole) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name == m_document->layer(li).name)
            return false;
        m_undo->push(new SetLayerPropertyCommand(m_document, id, LayerProperty::Name, name));
        return true;
    }
    if (role == Qt::CheckStateRole) {
        const bool visible = value.toInt() == Qt::Checked;
        m_undo->push(new SetLayerPropertyCommand(m_document, id, LayerProperty::Visible, visible));
        return true;
    }
    return false;
}

void LayerListModel::requestThumbnail(int layerIndex)
{
    const ResultLayer &layer = m_document->layer(layerIndex);
    if (m_pending.contains(layer.id))
        return;
    m_pending.insert(layer.id);
    const quint64 id = layer.id;
    const QImage image = layer.image; // shared, read-only on the worker
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        m_pending.remove(id);
        const int li = m_document->indexOf(id);
        if (li < 0)
            return; // deleted meanwhile
        m_thumbnails.insert(id, watcher->result());
        const QModelIndex i = index(rowFor(li));
        emit dataChanged(i, i, {Qt::DecorationRole});
        emit thumbnailReady(id);
    });
    watcher->setFuture(QtConcurrent::run([image] {
        return image.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                            Qt::SmoothTransformation);
    }));
}

} // namespace outframe
