// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRect>

namespace outframe {

// Puts the original reference pixels back into a generated canvas at `canvasRect` (where they
// were sent), so the artist's pixels survive the round-trip through the model exactly.
// Opaque reference pixels replace the generated ones; translucent ones are drawn over them.
// The result has the generated image's size; parts of `canvasRect` outside it are ignored.
QImage pasteBackOriginal(const QImage &generated, const QImage &reference, const QRect &canvasRect);

// As pasteBackOriginal, but the original fades into the generated pixels over a band of
// `featherPx` pixels inside the reference's border, along the seams only (an edge of
// `canvasRect` that lies on the image border is no seam and is not feathered). Pixels at
// least `featherPx` from every seam are exactly the original's. The weight of the original
// rises smoothly (smoothstep) from the seam inwards.
QImage pasteBackFeathered(const QImage &generated, const QImage &reference, const QRect &canvasRect,
                          int featherPx);

// The distance in pixels from (x, y) inside `rect` to the nearest edge of `rect` that is a
// seam within `bounds` (0 on the outermost pixels); -1 when no edge is a seam.
int distanceToSeam(const QRect &rect, const QRect &bounds, int x, int y);

} // namespace outframe
