// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapping.h"

#include <cmath>

namespace outframe {

std::optional<AxisSnap> snapReferenceAxis(double start, int length, int canvasLength,
                                          double threshold)
{
    const AxisSnap candidates[] = {
        {0, 0.0, false},
        {canvasLength - length, double(canvasLength), false},
        {int(std::floor((canvasLength - length) / 2.0)), canvasLength / 2.0, true},
    };
    std::optional<AxisSnap> best;
    double bestDistance = threshold;
    for (const AxisSnap &candidate : candidates) {
        const double distance = std::abs(start - candidate.start);
        // Edges are listed first and win ties: flush edges are what artists aim for most.
        if (distance <= bestDistance && (!best || distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<int> snapToNearest(double value, const QList<int> &targets, double threshold)
{
    std::optional<int> best;
    double bestDistance = threshold;
    for (int target : targets) {
        const double distance = std::abs(value - target);
        if (distance <= bestDistance && (!best || distance < bestDistance)) {
            best = target;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace outframe
