// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resultlayer.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QSet>

class QUndoStack;

namespace outframe {

class Document;

// The document's layers as a list for the layers panel, top layer first (as artists expect
// a stack to read). Names are edited in place and the visibility check box toggles; both go
// through undo commands. Thumbnails are scaled on worker threads and appear when ready.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { LayerIdRole = Qt::UserRole + 1, StarredRole, DetailsRole };
    static constexpr int kThumbnailSize = 72;

    LayerListModel(Document *document, QUndoStack *undoStack, QObject *parent = nullptr);
    // Shows another session's layers.
    void setDocument(Document *document);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Row <-> layer index in the document (rows run top to bottom).
    int layerIndex(int row) const;
    int rowFor(int layerIndex) const;
    bool hasThumbnail(quint64 layerId) const { return m_thumbnails.contains(layerId); }

signals:
    void thumbnailReady(quint64 layerId);

private:
    void requestThumbnail(int layerIndex);

    Document *m_document = nullptr;
    QUndoStack *m_undo;
    QHash<quint64, QImage> m_thumbnails;
    QSet<quint64> m_pending;
};

// "flux · 4.19 MP · 6 credits · 41 s" and the prompt: what a layer's row says about it.
QString layerDetails(const ResultLayer &layer);

} // namespace outframe
