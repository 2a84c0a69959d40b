// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pixelbuffer.h"

#include <algorithm>
#include <numeric>

namespace outframe {

std::size_t KnownMask::knownCount() const
{
    return std::size_t(std::count_if(known.begin(), known.end(), [](std::uint8_t k) { return k; }));
}

bool downsampleKnown(const PixelBuffer &image, const KnownMask &mask, int width, int height,
                     PixelBuffer &outImage, KnownMask &outMask, const std::atomic_bool *cancel)
{
    const int srcW = image.width;
    const int srcH = image.height;
    outImage = PixelBuffer(width, height);
    outMask = KnownMask(width, height, 0);
    // Footprint of output column x: [x*srcW/width, ceil((x+1)*srcW/width)), in integers so that
    // it agrees exactly with the P*width/srcW mapping the full-resolution pass uses.
    std::vector<int> x0(static_cast<std::size_t>(width)), x1(static_cast<std::size_t>(width));
    for (int x = 0; x < width; ++x) {
        x0[std::size_t(x)] = int(std::int64_t(x) * srcW / width);
        x1[std::size_t(x)] = int((std::int64_t(x + 1) * srcW + width - 1) / width);
    }
    std::vector<std::uint32_t> sums(std::size_t(width) * 5);
    for (int y = 0; y < height; ++y) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const int y0 = int(std::int64_t(y) * srcH / height);
        const int y1 = int((std::int64_t(y + 1) * srcH + height - 1) / height);
        std::fill(sums.begin(), sums.end(), 0u);
        std::vector<std::uint8_t> allKnown(std::size_t(width), 1);
        for (int sy = y0; sy < y1; ++sy) {
            const std::uint32_t *src = image.row(sy);
            const std::uint8_t *known = mask.row(sy);
            for (int x = 0; x < width; ++x) {
                std::uint32_t *s = &sums[std::size_t(x) * 5];
                for (int sx = x0[std::size_t(x)]; sx < x1[std::size_t(x)]; ++sx) {
                    if (!known[sx]) {
                        allKnown[std::size_t(x)] = 0;
                        continue;
                    }
                    const std::uint32_t p = src[sx];
                    s[0] += std::uint32_t(alphaOf(p));
                    s[1] += std::uint32_t(redOf(p));
                    s[2] += std::uint32_t(greenOf(p));
                    s[3] += std::uint32_t(blueOf(p));
                    s[4] += 1;
                }
            }
        }
        std::uint32_t *out = outImage.row(y);
        std::uint8_t *outKnown = outMask.row(y);
        for (int x = 0; x < width; ++x) {
            const std::uint32_t *s = &sums[std::size_t(x) * 5];
            const std::uint32_t n = s[4];
            if (n == 0) {
                out[x] = 0xff808080u;
                continue;
            }
            const std::uint32_t half = n / 2;
            out[x] = packArgb(int((s[0] + half) / n), int((s[1] + half) / n),
                              int((s[2] + half) / n), int((s[3] + half) / n));
            outKnown[x] = allKnown[std::size_t(x)];
        }
    }
    return true;
}

PixelBuffer resizeBilinear(const PixelBuffer &image, int width, int height)
{
    PixelBuffer out(width, height);
    const double sx = double(image.width) / width;
    const double sy = double(image.height) / height;
    for (int y = 0; y < height; ++y) {
        const double fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, double(image.height - 1));
        const int iy = std::min(int(fy), image.height - 1);
        const int iy1 = std::min(iy + 1, image.height - 1);
        const int wy = int((fy - iy) * 256.0 + 0.5);
        std::uint32_t *dst = out.row(y);
        for (int x = 0; x < width; ++x) {
            const double fx = std::clamp((x + 0.5) * sx - 0.5, 0.0, double(image.width - 1));
            const int ix = std::min(int(fx), image.width - 1);
            const int ix1 = std::min(ix + 1, image.width - 1);
            const int wx = int((fx - ix) * 256.0 + 0.5);
            const std::uint32_t p00 = image.at(ix, iy), p10 = image.at(ix1, iy);
            const std::uint32_t p01 = image.at(ix, iy1), p11 = image.at(ix1, iy1);
            std::uint32_t result = 0;
            for (int shift = 0; shift < 32; shift += 8) {
                const int c00 = int((p00 >> shift) & 0xffu), c10 = int((p10 >> shift) & 0xffu);
                const int c01 = int((p01 >> shift) & 0xffu), c11 = int((p11 >> shift) & 0xffu);
                const int top = c00 * (256 - wx) + c10 * wx;
                const int bottom = c01 * (256 - wx) + c11 * wx;
                const int c = (top * (256 - wy) + bottom * wy + 32768) >> 16;
                result |= std::uint32_t(c) << shift;
            }
            dst[x] = result;
        }
    }
    return out;
}

} // namespace outframe
