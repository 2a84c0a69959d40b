// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace outframe {

// Where a reference dragged along one axis lands once snapped, and the canvas line it snapped
// to (the canvas draws it as a guide).
struct AxisSnap
{
    int start = 0;        // the reference's new offset on this axis
    double guide = 0;     // canvas coordinate of the line it snapped to
    bool centred = false; // it snapped to the centre line: the axis is "centred" again
};

// Snaps a reference that would start at `start` (canvas px) with `length` on an axis of
// `canvasLength`: its start to the frame's start, its end to the frame's end, or its centre to
// the frame's centre line, whichever is nearest within `threshold` canvas px. A centre snap
// lands exactly where Placement centres (floor of half the margin).
std::optional<AxisSnap> snapReferenceAxis(double start, int length, int canvasLength,
                                          double threshold);

// The nearest of `targets` within `threshold` of `value`.
std::optional<int> snapToNearest(double value, const QList<int> &targets, double threshold);

} // namespace outframe
