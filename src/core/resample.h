// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>

namespace outframe {

// Resamples `image` to `size` with a separable Catmull-Rom (bicubic) filter, used to enlarge
// a generated surround to the reference's native resolution: sharper than Qt's bilinear
// smooth scaling, with no ringing worth noticing at the 1-4x factors that occur. Colours are
// filtered premultiplied, so transparent pixels do not bleed. Downscaling (any axis smaller)
// falls back to Qt's area-averaging smooth scaling, which is the right filter there.
// Rows are split across the machine's cores.
QImage resampleBicubic(const QImage &image, QSize size);

} // namespace outframe
