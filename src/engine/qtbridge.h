// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "completion.h"
#include "pixelbuffer.h"

#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

namespace outframe {

// The engine's only contact with Qt: converting QImages at its boundary.
PixelBuffer toPixelBuffer(const QImage &image); // any format, as non-premultiplied ARGB32
QImage toQImage(const PixelBuffer &buffer);     // Format_ARGB32, a deep copy

// A canvas of `canvasSize` with `reference` drawn at `rect` (its size on the canvas; the
// reference is resampled when its own size differs). Pixels it covers are known, except
// fully transparent ones, which carry no colour to continue; parts of `rect` outside the
// canvas are dropped.
struct ReferenceCanvas
{
    PixelBuffer canvas;
    KnownMask known;
};
ReferenceCanvas canvasAroundReference(const QImage &reference, const QRect &rect, QSize canvasSize);

struct ReferenceFill
{
    FillStatus status = FillStatus::InvalidInput;
    QImage image; // the whole canvas (Format_ARGB32), null unless Filled
    QString message;
};

// The convenience the app and the CLI use: the canvas around `reference`, filled.
ReferenceFill fillAroundReference(const QImage &reference, const QRect &rect, QSize canvasSize,
                                  const FillOptions &options, const std::atomic_bool &cancel,
                                  const ProgressFn &progress = {});

// The instant push-pull preview of the same canvas (a smooth wash, no detail).
QImage previewAroundReference(const QImage &reference, const QRect &rect, QSize canvasSize);

} // namespace outframe
