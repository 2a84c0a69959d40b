// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement.h"

#include <QFlags>
#include <QList>
#include <QMargins>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

namespace outframe {

// The sides of the target frame a handle moves. A corner handle moves two.
enum class FrameEdge { None = 0, Left = 1, Top = 2, Right = 4, Bottom = 8 };
Q_DECLARE_FLAGS(FrameEdges, FrameEdge)
Q_DECLARE_OPERATORS_FOR_FLAGS(FrameEdges)

struct FrameResizeOptions
{
    bool keepAspect = false; // Shift: the frame keeps the ratio it had when the drag began
    bool fromCentre = false; // Alt: the opposite side mirrors the dragged one
    int minSide = 1;
};

// Moves `edges` of `frame` by `delta` (a drag in the frame's own pixels) and returns the new
// frame. Works in any integer coordinate space; the canvas uses the reference's space so the
// reference stays put while the frame changes around it.
QRect resizeFrame(const QRect &frame, FrameEdges edges, QPoint delta,
                  const FrameResizeOptions &options = {});

// A named target-frame ratio such as 16:9.
struct AspectRatio
{
    int width = 1;
    int height = 1;
    QString label;

    double value() const { return double(width) / double(height); }
};

// 1:1, 4:5, 3:2, 4:3, 16:9, 9:16, 21:9 in the order the app lists them.
QList<AspectRatio> standardAspectRatios();

// The largest size of `ratio` whose area stays within `maxPixels`.
QSize largestSizeWithin(double ratio, qint64 maxPixels);

// Changes the canvas size and keeps the reference where the artist put it relative to the
// frame: a centred axis stays centred, an explicit offset keeps its share of the margin
// (flush left stays flush left, flush right stays flush right).
Placement withCanvasSize(const Placement &placement, QSize canvas);

// Canvas Size as paint programs do it: the frame takes size `canvas` growing or shrinking
// away from `anchor` (Qt::AlignLeft: the left edge stays where it is and the right one moves;
// AlignHCenter: both move by half; likewise for top/bottom). The reference does not move
// relative to the anchored edge; a centred axis anchored in the centre stays centred.
Placement withCanvasSize(const Placement &placement, QSize canvas, Qt::Alignment anchor);

// Adds `margins` px to the frame's sides (negative crops them); the reference stays where
// it is relative to the pixels already there.
Placement withAddedMargins(const Placement &placement, QMargins margins);

// Grows the current frame by `fraction` of its size on each side `anchor` lets move (both
// sides of a centred axis, the far side of an anchored one), shrunk in proportion when the
// result would pass the 4 MP limit.
Placement withExtendedFrame(const Placement &placement, double fraction, Qt::Alignment anchor);

// The frame of `ratio` that keeps roughly the current area, is large enough to hold the
// reference, and stays within the 4 MP limit.
Placement withAspectRatio(const Placement &placement, double ratio);

// Grows or shrinks the frame, keeping its ratio, to the largest size the service allows.
Placement withFrameFittedToLimit(const Placement &placement);

// A frame that adds `fractionPerSide` of the reference's size on each side, with the reference
// centred; shrunk (keeping its ratio) to the 4 MP limit when it would be larger.
Placement withExtendedFrame(const Placement &placement, double fractionPerSide);

// Sets the reference's scale and keeps its centre where it was on the canvas.
Placement withReferenceScale(const Placement &placement, double scale);

// The same framing with the image at its own resolution (scale 100 %): the frame and the
// image's place grow by 1 / scale, so the surround is made at the photo's resolution rather
// than enlarged from a smaller result. A frame over 4 MP is then made by a chain of jobs; one
// over `maxSide` px a side is shrunk to it, keeping its ratio.
Placement withNativeResolution(const Placement &placement, int maxSide);

} // namespace outframe
