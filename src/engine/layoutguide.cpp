// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutguide.h"

#include "parallel.h"
#include "patchmatch.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace outframe {
namespace {

// Box sums of r, g, b and of the weight over the pixels whose weight is set (all when
// `weights` is null), separable: rows into `tmp`, then columns. Integer sums keep the result
// exact and independent of the order of work.
struct Sums
{
    int width = 0, height = 0;
    std::vector<std::int32_t> rgbw; // 4 per pixel
};

Sums boxSums(const PixelBuffer &image, const std::uint8_t *weights, int radius)
{
    const int w = image.width, h = image.height;
    Sums rows;
    rows.width = w;
    rows.height = h;
    rows.rgbw.assign(std::size_t(w) * h * 4, 0);
    std::vector<std::int32_t> prefix(std::size_t(w + 1) * 4);
    for (int y = 0; y < h; ++y) {
        const std::uint32_t *src = image.row(y);
        std::fill(prefix.begin(), prefix.begin() + 4, 0);
        for (int x = 0; x < w; ++x) {
            const std::int32_t k = weights ? (weights[std::size_t(y) * w + x] ? 1 : 0) : 1;
            const std::uint32_t p = src[x];
            std::int32_t *o = &prefix[std::size_t(x + 1) * 4];
            const std::int32_t *in = &prefix[std::size_t(x) * 4];
            o[0] = in[0] + k * redOf(p);
            o[1] = in[1] + k * greenOf(p);
            o[2] = in[2] + k * blueOf(p);
            o[3] = in[3] + k;
        }
        for (int x = 0; x < w; ++x) {
            const int a = std::max(0, x - radius), b = std::min(w, x + radius + 1);
            std::int32_t *o = &rows.rgbw[(std::size_t(y) * w + x) * 4];
            for (int c = 0; c < 4; ++c)
                o[c] = prefix[std::size_t(b) * 4 + c] - prefix[std::size_t(a) * 4 + c];
        }
    }
    Sums out = rows;
    std::vector<std::int64_t> column(std::size_t(h + 1) * 4);
    for (int x = 0; x < w; ++x) {
        std::fill(column.begin(), column.begin() + 4, 0);
        for (int y = 0; y < h; ++y) {
            for (int c = 0; c < 4; ++c)
                column[std::size_t(y + 1) * 4 + c] =
                    column[std::size_t(y) * 4 + c] + rows.rgbw[(std::size_t(y) * w + x) * 4 + c];
        }
        for (int y = 0; y < h; ++y) {
            const int a = std::max(0, y - radius), b = std::min(h, y + radius + 1);
            std::int32_t *o = &out.rgbw[(std::size_t(y) * w + x) * 4];
            for (int c = 0; c < 4; ++c)
                o[c] =
                    std::int32_t(column[std::size_t(b) * 4 + c] - column[std::size_t(a) * 4 + c]);
        }
    }
    return out;
}

// The mean colour of each window; pixels whose window holds no weighted pixel keep `image`'s.
PixelBuffer meansOf(const Sums &sums, const PixelBuffer &image)
{
    PixelBuffer out = image;
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::int32_t *s = &sums.rgbw[i * 4];
        if (s[3] == 0)
            continue;
        const std::int32_t half = s[3] / 2;
        out.pixels[i] = packArgb(alphaOf(image.pixels[i]), (s[0] + half) / s[3],
                                 (s[1] + half) / s[3], (s[2] + half) / s[3]);
    }
    return out;
}

// One level of the membrane's pyramid: three colour planes and which pixels are fixed.
struct Plane
{
    int width = 0, height = 0;
    std::vector<float> rgb; // 3 per pixel
    std::vector<std::uint8_t> fixed;
};

// Gauss-Seidel sweeps of the Laplace equation over the free pixels (the mean of the 4
// neighbours inside the canvas: the canvas edge reflects, so nothing flows out of it).
void relax(Plane &p, int sweeps)
{
    const int w = p.width, h = p.height;
    for (int s = 0; s < sweeps; ++s) {
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                const std::size_t i = std::size_t(y) * w + x;
                if (p.fixed[i])
                    continue;
                float sum[3] = {0, 0, 0};
                int n = 0;
                auto add = [&](std::size_t j) {
                    for (int c = 0; c < 3; ++c)
                        sum[c] += p.rgb[j * 3 + std::size_t(c)];
                    ++n;
                };
                if (x > 0)
                    add(i - 1);
                if (x + 1 < w)
                    add(i + 1);
                if (y > 0)
                    add(i - std::size_t(w));
                if (y + 1 < h)
                    add(i + std::size_t(w));
                for (int c = 0; c < 3; ++c)
                    p.rgb[i * 3 + std::size_t(c)] = sum[c] / float(n);
            }
        }
    }
}

// Half the size: the mean of the fixed pixels under each coarse pixel, fixed when any is.
Plane halve(const Plane &fine)
{
    Plane coarse;
    coarse.width = (fine.width + 1) / 2;
    coarse.height = (fine.height + 1) / 2;
    const std::size_t n = std::size_t(coarse.width) * coarse.height;
    coarse.rgb.assign(n * 3, 0.f);
    coarse.fixed.assign(n, 0);
    for (int y = 0; y < coarse.height; ++y) {
        for (int x = 0; x < coarse.width; ++x) {
            float sum[3] = {0, 0, 0};
            int count = 0;
            for (int fy = 2 * y; fy < std::min(fine.height, 2 * y + 2); ++fy) {
                for (int fx = 2 * x; fx < std::min(fine.width, 2 * x + 2); ++fx) {
                    const std::size_t j = std::size_t(fy) * fine.width + fx;
                    if (!fine.fixed[j])
                        continue;
                    for (int c = 0; c < 3; ++c)
                        sum[c] += fine.rgb[j * 3 + std::size_t(c)];
                    ++count;
                }
            }
            const std::size_t i = std::size_t(y) * coarse.width + x;
            if (count == 0)
                continue;
            coarse.fixed[i] = 1;
            for (int c = 0; c < 3; ++c)
                coarse.rgb[i * 3 + std::size_t(c)] = sum[c] / float(count);
        }
    }
    return coarse;
}

// The harmonic (membrane) extension of the known pixels: every unknown pixel the mean of its
// neighbours, the known ones fixed. Solved coarse to fine, each level starting from the one
// below, so a few sweeps per level settle it. Straight out from an edge it carries the edge's
// own colour; in a corner it blends the two sides smoothly, with no ray.
PixelBuffer membraneFill(const PixelBuffer &image, const KnownMask &mask,
                         const std::atomic_bool *cancel)
{
    Plane base;
    base.width = image.width;
    base.height = image.height;
    base.fixed = mask.known;
    base.rgb.resize(image.size() * 3);
    for (std::size_t i = 0; i < image.size(); ++i) {
        base.rgb[i * 3 + 0] = float(redOf(image.pixels[i]));
        base.rgb[i * 3 + 1] = float(greenOf(image.pixels[i]));
        base.rgb[i * 3 + 2] = float(blueOf(image.pixels[i]));
    }
    std::vector<Plane> pyramid;
    pyramid.push_back(std::move(base));
    while (std::min(pyramid.back().width, pyramid.back().height) > 8)
        pyramid.push_back(halve(pyramid.back()));
    relax(pyramid.back(), 64);
    for (int l = int(pyramid.size()) - 2; l >= 0; --l) {
        const Plane &coarse = pyramid[std::size_t(l) + 1];
        Plane &fine = pyramid[std::size_t(l)];
        for (int y = 0; y < fine.height; ++y) {
            for (int x = 0; x < fine.width; ++x) {
                const std::size_t i = std::size_t(y) * fine.width + x;
                if (fine.fixed[i])
                    continue;
                const std::size_t j = std::size_t(y / 2) * coarse.width + std::size_t(x / 2);
                for (int c = 0; c < 3; ++c)
                    fine.rgb[i * 3 + std::size_t(c)] = coarse.rgb[j * 3 + std::size_t(c)];
            }
        }
        if (cancel && *cancel)
            return {};
        relax(fine, 8);
    }
    const Plane &solved = pyramid[0];
    PixelBuffer out = image;
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (mask.known[i])
            continue;
        auto level = [&](int c) {
            return std::clamp(int(std::lround(solved.rgb[i * 3 + std::size_t(c)])), 0, 255);
        };
        out.pixels[i] = packArgb(alphaOf(out.pixels[i]), level(0), level(1), level(2));
    }
    return out;
}

constexpr int kKnownWeight = 16;
// The window is a stack of nested squares (a tent-shaped kernel): one square's hard edge drew a
// straight ray from every bright spot of the border at 45 degrees into the hole, and four
// squares drew four fainter ones (EveningGlow's sunset); sixteen leave a soft glow.
constexpr int kNestedWindows = 16;

} // namespace

int guideRadius(int width)
{
    return std::max(1, width / 256);
}

int layoutRadius(int width)
{
    return std::max(1, width / 128);
}

PixelBuffer boxBlur(const PixelBuffer &image, int radius)
{
    return meansOf(boxSums(image, nullptr, radius), image);
}

PixelBuffer membraneGuide(const PixelBuffer &image, const KnownMask &mask, int radius,
                          const std::atomic_bool *cancel)
{
    // Blur the known part first, so the colour carried out into the hole is the border's
    // local mean rather than one pixel's grain, and carry it out as a membrane.
    return membraneFill(meansOf(boxSums(image, mask.known.data(), radius), image), mask, cancel);
}

PixelBuffer layoutGuide(const PixelBuffer &image, const KnownMask &mask, int radius,
                        const std::atomic_bool *cancel)
{
    const PixelBuffer extended = membraneGuide(image, mask, radius, cancel);
    if (extended.isEmpty())
        return {};
    const int w = image.width, h = image.height;
    const std::vector<std::int32_t> nearest = nearestSeeds(mask.known, w, h);
    std::vector<int> distance(extended.size(), 0);
    for (std::size_t i = 0; i < extended.size(); ++i) {
        if (mask.known[i] || nearest[i] < 0)
            continue;
        const double dx = double(nearest[i] % w) - double(i % std::size_t(w));
        const double dy = double(nearest[i] / w) - double(i / std::size_t(w));
        distance[i] = int(std::sqrt(dx * dx + dy * dy));
    }
    // The membrane alone blends a corner's two sides evenly, where the nearer border is the
    // better guess (0.6 dB of layout lost on the foggy lake against replicate). So each
    // unknown pixel then takes the mean of nested windows up to as wide as its distance from
    // the reference, in which the known pixels weigh kKnownWeight times the membrane's: it sees
    // as much of the border as lies about as close to it. (Each pixel's nearest known colour
    // in place of the membrane fanned out from every corner of the reference in straight rays;
    // a push-pull guide, which averages the whole reference, lost 2 dB of layout on the rocket
    // and the foggy lake, where the border's own colour is right; known pixels alone lost
    // 0.9 dB on the forest.)
    const std::size_t stride = std::size_t(w) + 1;
    std::vector<std::int64_t> table(stride * std::size_t(h + 1) * 4, 0);
    for (int y = 0; y < h; ++y) {
        std::int64_t row[4] = {0, 0, 0, 0};
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            const int kw = mask.known[i] ? kKnownWeight : 1;
            const std::uint32_t p = extended.pixels[i];
            row[0] += kw * redOf(p);
            row[1] += kw * greenOf(p);
            row[2] += kw * blueOf(p);
            row[3] += kw;
            const std::size_t o = (std::size_t(y + 1) * stride + std::size_t(x) + 1) * 4;
            const std::size_t above = (std::size_t(y) * stride + std::size_t(x) + 1) * 4;
            for (int c = 0; c < 4; ++c)
                table[o + std::size_t(c)] = table[above + std::size_t(c)] + row[c];
        }
    }
    PixelBuffer spread = extended;
    for (int y = 0; y < h; ++y) {
        if (cancel && *cancel)
            return {};
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            if (mask.known[i])
                continue;
            std::int64_t sum[4] = {0, 0, 0, 0};
            for (int k = 1; k <= kNestedWindows; ++k) {
                const int r = radius + distance[i] * k / kNestedWindows;
                const int x0 = std::max(0, x - r), x1 = std::min(w, x + r + 1);
                const int y0 = std::max(0, y - r), y1 = std::min(h, y + r + 1);
                for (int c = 0; c < 4; ++c) {
                    auto at = [&](int px, int py) {
                        return table[(std::size_t(py) * stride + std::size_t(px)) * 4 +
                                     std::size_t(c)];
                    };
                    sum[c] += at(x1, y1) - at(x0, y1) - at(x1, y0) + at(x0, y0);
                }
            }
            const std::int64_t half = sum[3] / 2;
            spread.pixels[i] =
                packArgb(alphaOf(extended.pixels[i]), int((sum[0] + half) / sum[3]),
                         int((sum[1] + half) / sum[3]), int((sum[2] + half) / sum[3]));
        }
    }
    return boxBlur(spread, radius);
}

bool transferLayout(PixelBuffer &out, const KnownMask &known, const PixelBuffer &work,
                    const KnownMask &workKnown, const PixelBuffer &guide, int radius, int ramp,
                    int strength, int threads, const std::atomic_bool *cancel)
{
    if (strength <= 0)
        return true;
    const int w = work.width, h = work.height;
    // Both at the same scale, so the correction holds only frequencies below it and the
    // fill's own texture above it stays.
    const PixelBuffer current = boxBlur(work, radius);
    const PixelBuffer guideLow = boxBlur(guide, radius);
    // The correction per working pixel, 3 channels, in 1/256 of a level.
    std::vector<std::int32_t> correction(std::size_t(w) * h * 3);
    const std::vector<std::int32_t> nearest = nearestSeeds(workKnown.known, w, h);
    for (std::size_t i = 0; i < current.size(); ++i) {
        const std::uint32_t g = guideLow.pixels[i], c = current.pixels[i];
        // Next to the reference the patches that overlap it continue its structure (a
        // fence, stripes) better than the smooth guide could, so the guide takes over with
        // the distance from the reference.
        int local = strength;
        if (ramp > 0 && nearest[i] >= 0) {
            const double dx = double(nearest[i] % w) - double(i % std::size_t(w));
            const double dy = double(nearest[i] / w) - double(i / std::size_t(w));
            local = int(std::lround(strength * std::min(1.0, std::sqrt(dx * dx + dy * dy) / ramp)));
        }
        correction[i * 3 + 0] = (redOf(g) - redOf(c)) * local * 256 / 100;
        correction[i * 3 + 1] = (greenOf(g) - greenOf(c)) * local * 256 / 100;
        correction[i * 3 + 2] = (blueOf(g) - blueOf(c)) * local * 256 / 100;
    }
    const int W = out.width, H = out.height;
    const double sx = double(w) / W, sy = double(h) / H;
    std::atomic_bool stopped{false};
    const int chunk = 32;
    runParallel((H + chunk - 1) / chunk, threads, [&](int k) {
        for (int y = k * chunk; y < std::min(H, (k + 1) * chunk); ++y) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const double fy = std::clamp((y + 0.5) * sy - 0.5, 0.0, double(h - 1));
            const int y0 = int(fy), y1 = std::min(y0 + 1, h - 1);
            const std::int64_t wy = std::int64_t((fy - y0) * 256.0 + 0.5);
            const std::uint8_t *knownRow = known.row(y);
            std::uint32_t *dst = out.row(y);
            for (int x = 0; x < W; ++x) {
                if (knownRow[x])
                    continue;
                const double fx = std::clamp((x + 0.5) * sx - 0.5, 0.0, double(w - 1));
                const int x0 = int(fx), x1 = std::min(x0 + 1, w - 1);
                const std::int64_t wx = std::int64_t((fx - x0) * 256.0 + 0.5);
                const std::uint32_t p = dst[x];
                int channel[3] = {redOf(p), greenOf(p), blueOf(p)};
                for (int c = 0; c < 3; ++c) {
                    auto at = [&](int px, int py) {
                        return std::int64_t(correction[(std::size_t(py) * w + px) * 3 + c]);
                    };
                    const std::int64_t top = at(x0, y0) * (256 - wx) + at(x1, y0) * wx;
                    const std::int64_t bottom = at(x0, y1) * (256 - wx) + at(x1, y1) * wx;
                    const std::int64_t v = top * (256 - wy) + bottom * wy; // 2^24 per level
                    const std::int64_t half =
                        v >= 0 ? (std::int64_t(1) << 23) : -(std::int64_t(1) << 23);
                    const int delta = int((v + half) / (std::int64_t(1) << 24));
                    channel[c] = std::clamp(channel[c] + delta, 0, 255);
                }
                dst[x] = packArgb(alphaOf(p), channel[0], channel[1], channel[2]);
            }
        }
    });
    return !stopped;
}

} // namespace outframe
