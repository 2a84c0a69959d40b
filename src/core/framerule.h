// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formatframes.h"
#include "placement.h"

#include <QJsonObject>
#include <QSize>
#include <QString>

#include <optional>

namespace outframe {

// How much one side of the canvas grows beyond the image: pixels, or a percentage of the
// image's own side (at its scale).
struct SideGrowth
{
    int pixels = 0;
    double percent = 0; // used when `relative`
    bool relative = false;

    int resolve(int imageSide) const;
};

// The growth of each side, as `--extend left=25%,right=500` gives it.
struct Extension
{
    SideGrowth left, right, top, bottom;
};

// "left=25%,right=500": each side at most once, pixels 0..16384 or 0..1000 %; nothing (and
// `error`) otherwise.
std::optional<Extension> parseExtension(const QString &text, QString *error);

// How the canvas is framed around an image, for every image of a batch alike: a fixed size
// (with an offset or centred), a growth of each side, or the largest frame of a ratio (one
// format). `placementFor` gives the placement for an image of a given size.
struct FrameRule
{
    enum class Kind { Fixed, Extend, Aspect };

    Kind kind = Kind::Fixed;
    double scale = 1.0; // the image's scale on the canvas, for every kind
    // Fixed
    QSize canvas;
    std::optional<int> offsetX, offsetY; // absent: centred
    bool autoCrop = false;
    // Extend
    Extension extension;
    // Aspect
    AspectRatio ratio;
    FormatAnchor anchor = FormatAnchor::Centre;

    // Without a scale of the user's own, a rule that would make a canvas over 4,194,304 px
    // scales the image down until one job makes it (a growth or a ratio, not a fixed size).
    bool shrinkToOneJob = false;

    Placement placementFor(QSize imageNativeSize) const;
};

// The rule as batch.json keeps it, and back (nothing for a damaged one).
QJsonObject frameRuleJson(const FrameRule &rule);
std::optional<FrameRule> frameRuleFrom(const QJsonObject &json);

} // namespace outframe
