// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <QRect>

namespace outframe::bench {

// The simple fills the engine is compared with. Each fills every pixel outside `known`
// (a rectangle of known pixels on the canvas) and keeps the ones inside.
PixelBuffer replicateBorder(const PixelBuffer &canvas, const QRect &known);
PixelBuffer reflectBorder(const PixelBuffer &canvas, const QRect &known);

// OpenCV's cv::inpaint (radius 3); false when the benchmark was built without OpenCV.
bool haveOpenCv();
PixelBuffer opencvInpaint(const PixelBuffer &canvas, const KnownMask &known, bool navierStokes);

} // namespace outframe::bench
