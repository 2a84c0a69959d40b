// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"
#include "pixelbuffer.h"

#include <QImage>
#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QTextStream>

namespace outframe::bench {

// One case on the contact sheet: the whole canvas and, below it, a crop where the issue's
// failures showed (the crop is a fraction of the canvas).
struct SheetCase
{
    QString image;
    QString shape;
    double megapixels = 0;
    QRectF crop;
    QString note;
};

// The columns of one sheet case, in order, with their titles.
struct SheetRow
{
    SheetCase spec;
    QStringList titles;
    QList<QImage> images; // full canvases
};

// Draws the sheet: per case a row of thumbnails and a row of the same crop of each column.
QImage drawContactSheet(const QList<SheetRow> &rows);

// Scores of the methods on one photograph's held-out ring.
struct PhotoScores
{
    QString photo;
    double megapixels = 0;
    double holeOverBorder = 0; // holeOverBorderDetail of the true image
    QMap<QString, FillScores> byMethod;
};

// The per-photograph table of the layout and detail targets, with its summary lines:
// `ours` and `before` are the engine's rows now and with the issue-12 priors off.
void writePhotoTable(QTextStream &out, const QList<PhotoScores> &photos, const QString &ours,
                     const QString &before);

} // namespace outframe::bench
