// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatframes.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

namespace outframe {

namespace {

constexpr int kMaxRatioSide = 100;

// The smallest size of `ratio` at least `minimum` on both sides.
QSize smallestSizeHolding(const AspectRatio &ratio, QSize minimum)
{
    const double r = ratio.value();
    int w = std::max(minimum.width(), int(std::ceil(minimum.height() * r)));
    int h = std::max(minimum.height(), int(std::lround(w / r)));
    if (double(w) / h > r * 1.005)
        h = int(std::ceil(w / r));
    return QSize(w, h);
}

} // namespace

std::optional<FormatAnchor> formatAnchorFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("centre") || n == QLatin1String("center"))
        return FormatAnchor::Centre;
    if (n == QLatin1String("left"))
        return FormatAnchor::Left;
    if (n == QLatin1String("right"))
        return FormatAnchor::Right;
    if (n == QLatin1String("top"))
        return FormatAnchor::Top;
    if (n == QLatin1String("bottom"))
        return FormatAnchor::Bottom;
    return std::nullopt;
}

QString formatAnchorName(FormatAnchor anchor)
{
    switch (anchor) {
    case FormatAnchor::Centre:
        return QStringLiteral("centre");
    case FormatAnchor::Left:
        return QStringLiteral("left");
    case FormatAnchor::Right:
        return QStringLiteral("right");
    case FormatAnchor::Top:
        return QStringLiteral("top");
    case FormatAnchor::Bottom:
        return QStringLiteral("bottom");
    }
    return {};
}

std::optional<AspectRatio> parseAspectRatio(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() != 2)
        return std::nullopt;
    bool okW = false, okH = false;
    const int w = parts[0].trimmed().toInt(&okW);
    const int h = parts[1].trimmed().toInt(&okH);
    if (!okW || !okH || w < 1 || h < 1 || w > kMaxRatioSide || h > kMaxRatioSide)
        return std::nullopt;
    return AspectRatio{w, h, QStringLiteral("%1:%2").arg(w).arg(h)};
}

std::optional<QList<AspectRatio>> parseAspectRatios(const QString &text, QString *error)
{
    QList<AspectRatio> ratios;
    for (const QString &entry : text.split(u',', Qt::SkipEmptyParts)) {
        const auto ratio = parseAspectRatio(entry);
        if (!ratio) {
            if (error)
                *error = QCoreApplication::translate("outframe::FormatFrames",
                                                     "“%1” is not a ratio such as 4:5 (whole "
                                                     "numbers from 1 to %2).")
                             .arg(entry.trimmed())
                             .arg(kMaxRatioSide);
            return std::nullopt;
        }
        const bool seen = std::any_of(ratios.cbegin(), ratios.cend(), [&](const AspectRatio &r) {
            return r.width == ratio->width && r.height == ratio->height;
        });
        if (!seen)
            ratios << *ratio;
    }
    if (ratios.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("outframe::FormatFrames",
                                                 "Give at least one ratio, such as 1:1,4:5,16:9.");
        return std::nullopt;
    }
    return ratios;
}

QString aspectFileTag(const AspectRatio &ratio)
{
    return QStringLiteral("%1x%2").arg(ratio.width).arg(ratio.height);
}

Placement placementForFormat(const Placement &current, const AspectRatio &ratio,
                             FormatAnchor anchor)
{
    const QSize reference = current.referenceSize();
    QSize frame = largestSizeWithin(ratio.value(), Placement::kMaxPixels);
    if (frame.width() < reference.width() || frame.height() < reference.height())
        frame = smallestSizeHolding(ratio, reference);
    frame = frame.expandedTo(QSize(Placement::kMinSide, Placement::kMinSide));

    Placement placement = current;
    placement.setCanvasSize(frame);
    placement.setAutoCrop(false);
    placement.setOffsetX(std::nullopt);
    placement.setOffsetY(std::nullopt);
    switch (anchor) {
    case FormatAnchor::Centre:
        break;
    case FormatAnchor::Left:
        placement.setOffsetX(0);
        break;
    case FormatAnchor::Right:
        placement.setOffsetX(frame.width() - reference.width());
        break;
    case FormatAnchor::Top:
        placement.setOffsetY(0);
        break;
    case FormatAnchor::Bottom:
        placement.setOffsetY(frame.height() - reference.height());
        break;
    }
    return placement;
}

} // namespace outframe
