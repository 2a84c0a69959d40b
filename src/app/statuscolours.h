// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace outframe {

// Colours that say how things went (a failed job, a warning, a finished one), picked in one
// place from the palette in use so that they stay readable on a light or a dark theme: each
// keeps its hue and is darkened or lightened until it has at least kMinimumContrast against
// the background it is drawn on (WCAG 2's AA level for text).
enum class Status { Error, Warning, Success };

inline constexpr double kMinimumContrast = 4.5;

// WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// WCAG 2 relative luminance, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);

// The colour for `status` on `palette`'s `background` role (Window for labels, Base for the
// rows of a list).
QColor statusColour(Status status, const QPalette &palette,
                    QPalette::ColorRole background = QPalette::Window);

// Shows `label`'s text in the status colour for its palette.
void setStatusForeground(QWidget *label, Status status);

} // namespace outframe
