// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framegeometry.h"
#include "placement.h"

#include <QList>
#include <QString>

#include <optional>

namespace outframe {

// Where the image sits in each format made from it.
enum class FormatAnchor { Centre, Left, Right, Top, Bottom };

// "centre" (or "center"), "left", "right", "top", "bottom".
std::optional<FormatAnchor> formatAnchorFromName(const QString &name);
QString formatAnchorName(FormatAnchor anchor);

// "4:5" -> 4:5; both sides whole numbers from 1 to 100.
std::optional<AspectRatio> parseAspectRatio(const QString &text);
// A list such as "1:1,4:5,9:16"; nothing (and `error`) when one entry is not a ratio.
std::optional<QList<AspectRatio>> parseAspectRatios(const QString &text, QString *error);
// "4x5": the ratio as a file name tag (NAME-4x5.png).
QString aspectFileTag(const AspectRatio &ratio);

// The placement of one format made from `current` (its reference at its current scale): the
// largest frame of `ratio` within 4,194,304 px that holds the reference, the reference put by
// `anchor` (centred on the other axis). When the reference does not fit in 4,194,304 px at that
// ratio, the smallest frame of the ratio that holds it: a canvas made by a chain of jobs.
// The frame's ratio is within 0.5 % of `ratio`.
Placement placementForFormat(const Placement &current, const AspectRatio &ratio,
                             FormatAnchor anchor);

} // namespace outframe
