// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

namespace outframe {

// Packed 0xAARRGGBB pixels, the same layout as QImage::Format_ARGB32 on a little-endian
// machine, row by row with no padding. The engine's loops work on these directly.
struct PixelBuffer
{
    int width = 0;
    int height = 0;
    std::vector<std::uint32_t> pixels;

    PixelBuffer() = default;
    PixelBuffer(int w, int h, std::uint32_t fill = 0xff000000u)
        : width(w), height(h), pixels(static_cast<std::size_t>(w) * h, fill)
    {}
    bool isEmpty() const { return width <= 0 || height <= 0; }
    std::size_t size() const { return pixels.size(); }
    std::uint32_t at(int x, int y) const { return pixels[std::size_t(y) * width + x]; }
    std::uint32_t &at(int x, int y) { return pixels[std::size_t(y) * width + x]; }
    const std::uint32_t *row(int y) const { return pixels.data() + std::size_t(y) * width; }
    std::uint32_t *row(int y) { return pixels.data() + std::size_t(y) * width; }
};

// Which pixels of a canvas are known (1) and which the engine must fill (0).
struct KnownMask
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> known;

    KnownMask() = default;
    KnownMask(int w, int h, std::uint8_t value = 0)
        : width(w), height(h), known(static_cast<std::size_t>(w) * h, value)
    {}
    bool isKnown(int x, int y) const { return known[std::size_t(y) * width + x] != 0; }
    const std::uint8_t *row(int y) const { return known.data() + std::size_t(y) * width; }
    std::uint8_t *row(int y) { return known.data() + std::size_t(y) * width; }
    std::size_t knownCount() const;
    std::size_t unknownCount() const { return known.size() - knownCount(); }
};

inline constexpr int alphaOf(std::uint32_t p)
{
    return int(p >> 24);
}
inline constexpr int redOf(std::uint32_t p)
{
    return int((p >> 16) & 0xffu);
}
inline constexpr int greenOf(std::uint32_t p)
{
    return int((p >> 8) & 0xffu);
}
inline constexpr int blueOf(std::uint32_t p)
{
    return int(p & 0xffu);
}
inline constexpr std::uint32_t packArgb(int a, int r, int g, int b)
{
    return (std::uint32_t(a) << 24) | (std::uint32_t(r) << 16) | (std::uint32_t(g) << 8) |
           std::uint32_t(b);
}

// Squared colour distance of two packed pixels (alpha ignored): the unit of every SSD.
inline int pixelDistance(std::uint32_t a, std::uint32_t b)
{
    const int dr = redOf(a) - redOf(b);
    const int dg = greenOf(a) - greenOf(b);
    const int db = blueOf(a) - blueOf(b);
    return dr * dr + dg * dg + db * db;
}

// Box-filters `image` down to `width` x `height`, averaging only the known pixels of each
// footprint. The returned mask marks a pixel known only when its whole footprint is known,
// so a patch that is known at the small size is made of known pixels at the large size too.
// Returns false (outputs unspecified) when `cancel` is set while it runs.
bool downsampleKnown(const PixelBuffer &image, const KnownMask &mask, int width, int height,
                     PixelBuffer &outImage, KnownMask &outMask,
                     const std::atomic_bool *cancel = nullptr);

// Bilinear resize of a whole buffer (used to bring a working-resolution fill back up).
PixelBuffer resizeBilinear(const PixelBuffer &image, int width, int height);

} // namespace outframe
