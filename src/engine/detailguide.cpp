// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailguide.h"

#include "layoutguide.h"

#include <algorithm>
#include <cmath>

namespace outframe {
namespace {

int lumaOf(std::uint32_t p)
{
    return (299 * redOf(p) + 587 * greenOf(p) + 114 * blueOf(p) + 500) / 1000;
}

} // namespace

std::vector<std::uint8_t> detailGuide(const PixelBuffer &image, const KnownMask &mask, int radius,
                                      const std::atomic_bool *cancel)
{
    const int w = image.width, h = image.height;
    // The gradient is only measured where a pixel and its right and lower neighbours are all
    // known: across the border it would measure the step to the unfilled hole.
    PixelBuffer gradient(w, h);
    KnownMask measured(w, h, 0);
    for (int y = 0; y + 1 < h; ++y) {
        for (int x = 0; x + 1 < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            const std::size_t right = i + 1, below = i + std::size_t(w);
            if (!mask.known[i] || !mask.known[right] || !mask.known[below])
                continue;
            const int l = lumaOf(image.pixels[i]);
            const int gx = lumaOf(image.pixels[right]) - l, gy = lumaOf(image.pixels[below]) - l;
            const int level = std::min(255, int(std::lround(4.0 * std::sqrt(gx * gx + gy * gy))));
            gradient.pixels[i] = packArgb(255, level, level, level);
            measured.known[i] = 1;
        }
    }
    if (measured.knownCount() == 0)
        return std::vector<std::uint8_t>(image.size(), 0);
    // The membrane alone: the layout guide's nested windows, which keep a corner from blending
    // its two sides evenly, doubled the time and moved no detail ratio by more than 0.05.
    const PixelBuffer extended = membraneGuide(gradient, measured, radius, cancel);
    if (extended.isEmpty())
        return {};
    const PixelBuffer guide = boxBlur(extended, radius);
    std::vector<std::uint8_t> out(guide.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = std::uint8_t(redOf(guide.pixels[i]));
    return out;
}

} // namespace outframe
