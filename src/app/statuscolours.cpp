// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscolours.h"

#include <QWidget>

#include <cmath>

namespace outframe {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// The hue each status is known by; lightness is then chosen for the background.
QColor baseColour(Status status)
{
    switch (status) {
    case Status::Error:
        return QColor(0xe0, 0x40, 0x40);
    case Status::Warning:
        return QColor(0xd9, 0x8e, 0x04);
    case Status::Success:
        return QColor(0x2e, 0xa0, 0x43);
    }
    return QColor();
}

} // namespace

double relativeLuminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor statusColour(Status status, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(QPalette::Active, background);
    // Towards white on a dark background, towards black on a light one: the side with room.
    const bool lighten = contrastRatio(bg, Qt::white) > contrastRatio(bg, Qt::black);
    QColor colour = baseColour(status).toHsl();
    float h = 0, s = 0, l = 0;
    colour.getHslF(&h, &s, &l);
    for (int step = 0; step < 100 && contrastRatio(colour, bg) < kMinimumContrast; ++step) {
        l = std::clamp(l + (lighten ? 0.01f : -0.01f), 0.0f, 1.0f);
        colour.setHslF(h, s, l);
    }
    return colour.toRgb();
}

void setStatusForeground(QWidget *label, Status status)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, statusColour(status, p));
    label->setPalette(p);
}

} // namespace outframe
