// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <QRect>

#include <cmath>

namespace outframe::testing {

// A colour that no test image contains, written into the unknown pixels before a fill so a
// pixel the engine forgot stands out.
inline constexpr std::uint32_t kUnfilled = 0x00ff00ffu;

// A fine hashed grain, 0..31, the same for the same pixel and salt.
inline int grainAt(int x, int y, std::uint32_t salt)
{
    const std::uint32_t hash =
        (std::uint32_t(x) * 73856093u) ^ (std::uint32_t(y) * 19349663u) ^ (salt * 83492791u);
    return int((hash * 2654435761u) >> 27);
}

// Deterministic "photograph": smooth colour gradients with a fine hashed grain, so patches
// differ from each other and a blur is measurable.
inline PixelBuffer texturedImage(int w, int h, std::uint32_t salt = 0)
{
    PixelBuffer image(w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int grain = grainAt(x, y, salt);
            image.at(x, y) =
                packArgb(255, 60 + (100 * x) / w + grain, 80 + (90 * y) / h + grain, 120 + grain);
        }
    }
    return image;
}

// The known pixels are those inside `rect`; the others become kUnfilled.
inline KnownMask maskOutside(PixelBuffer &canvas, const QRect &rect)
{
    KnownMask mask(canvas.width, canvas.height, 0);
    for (int y = 0; y < canvas.height; ++y) {
        for (int x = 0; x < canvas.width; ++x) {
            if (rect.contains(x, y))
                mask.row(y)[x] = 1;
            else
                canvas.at(x, y) = kUnfilled;
        }
    }
    return mask;
}

inline double lumaOf(std::uint32_t p)
{
    return 0.299 * redOf(p) + 0.587 * greenOf(p) + 0.114 * blueOf(p);
}

// Mean luma gradient magnitude over the unknown pixels: the detail a fill carries.
inline double meanGradientUnknown(const PixelBuffer &image, const KnownMask &mask)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y + 1 < image.height; ++y) {
        for (int x = 0; x + 1 < image.width; ++x) {
            if (mask.isKnown(x, y))
                continue;
            const double l = lumaOf(image.at(x, y));
            const double gx = lumaOf(image.at(x + 1, y)) - l;
            const double gy = lumaOf(image.at(x, y + 1)) - l;
            sum += std::sqrt(gx * gx + gy * gy);
            ++n;
        }
    }
    return n ? sum / n : 0.0;
}

} // namespace outframe::testing
