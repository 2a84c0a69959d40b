// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushpull.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace outframe {
namespace {

// One pyramid level: colour already divided by its weight, weight in 0..1.
struct Level
{
    int width = 0;
    int height = 0;
    std::vector<float> rgba; // a, r, g, b per pixel
    std::vector<float> weight;
};

Level levelFromImage(const PixelBuffer &image, const KnownMask &mask)
{
    Level level;
    level.width = image.width;
    level.height = image.height;
    level.rgba.resize(image.size() * 4);
    level.weight.resize(image.size());
    for (std::size_t i = 0; i < image.size(); ++i) {
        const std::uint32_t p = image.pixels[i];
        level.rgba[i * 4 + 0] = float(alphaOf(p));
        level.rgba[i * 4 + 1] = float(redOf(p));
        level.rgba[i * 4 + 2] = float(greenOf(p));
        level.rgba[i * 4 + 3] = float(blueOf(p));
        level.weight[i] = mask.known[i] ? 1.0f : 0.0f;
    }
    return level;
}

Level push(const Level &fine)
{
    Level coarse;
    coarse.width = (fine.width + 1) / 2;
    coarse.height = (fine.height + 1) / 2;
    coarse.rgba.assign(std::size_t(coarse.width) * coarse.height * 4, 0.0f);
    coarse.weight.assign(std::size_t(coarse.width) * coarse.height, 0.0f);
    for (int y = 0; y < coarse.height; ++y) {
        for (int x = 0; x < coarse.width; ++x) {
            float sum[4] = {0, 0, 0, 0};
            float w = 0.0f;
            for (int dy = 0; dy < 2; ++dy) {
                const int fy = std::min(2 * y + dy, fine.height - 1);
                for (int dx = 0; dx < 2; ++dx) {
                    const int fx = std::min(2 * x + dx, fine.width - 1);
                    const std::size_t i = std::size_t(fy) * fine.width + fx;
                    const float fw = fine.weight[i];
                    w += fw;
                    for (int c = 0; c < 4; ++c)
                        sum[c] += fw * fine.rgba[i * 4 + std::size_t(c)];
                }
            }
            const std::size_t o = std::size_t(y) * coarse.width + x;
            if (w > 0.0f) {
                for (int c = 0; c < 4; ++c)
                    coarse.rgba[o * 4 + std::size_t(c)] = sum[c] / w;
            }
            // A coarse pixel fed by at least one full fine pixel counts as fully known.
            coarse.weight[o] = std::min(w, 1.0f);
        }
    }
    return coarse;
}

// Bilinear sample of a level at the position of fine pixel (x, y) of a level twice as large.
void sampleCoarse(const Level &coarse, int x, int y, float out[4])
{
    const float fx = std::clamp((x + 0.5f) * 0.5f - 0.5f, 0.0f, float(coarse.width - 1));
    const float fy = std::clamp((y + 0.5f) * 0.5f - 0.5f, 0.0f, float(coarse.height - 1));
    const int x0 = int(fx), y0 = int(fy);
    const int x1 = std::min(x0 + 1, coarse.width - 1), y1 = std::min(y0 + 1, coarse.height - 1);
    const float ax = fx - float(x0), ay = fy - float(y0);
    const float w00 = (1 - ax) * (1 - ay), w10 = ax * (1 - ay), w01 = (1 - ax) * ay, w11 = ax * ay;
    const float *p00 = &coarse.rgba[(std::size_t(y0) * coarse.width + x0) * 4];
    const float *p10 = &coarse.rgba[(std::size_t(y0) * coarse.width + x1) * 4];
    const float *p01 = &coarse.rgba[(std::size_t(y1) * coarse.width + x0) * 4];
    const float *p11 = &coarse.rgba[(std::size_t(y1) * coarse.width + x1) * 4];
    for (int c = 0; c < 4; ++c)
        out[c] = w00 * p00[c] + w10 * p10[c] + w01 * p01[c] + w11 * p11[c];
}

void pull(Level &fine, const Level &coarse)
{
    for (int y = 0; y < fine.height; ++y) {
        for (int x = 0; x < fine.width; ++x) {
            const std::size_t i = std::size_t(y) * fine.width + x;
            const float w = fine.weight[i];
            if (w >= 1.0f)
                continue;
            float up[4];
            sampleCoarse(coarse, x, y, up);
            for (int c = 0; c < 4; ++c) {
                float &v = fine.rgba[i * 4 + std::size_t(c)];
                v = w * v + (1.0f - w) * up[c];
            }
            fine.weight[i] = 1.0f;
        }
    }
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

PixelBuffer pushPullFill(const PixelBuffer &image, const KnownMask &mask,
                         const std::atomic_bool *cancel)
{
    PixelBuffer out = image;
    if (image.isEmpty())
        return out;
    if (mask.knownCount() == 0) {
        std::fill(out.pixels.begin(), out.pixels.end(), 0xff808080u);
        return out;
    }
    // The full-resolution level is never stored in floats: its known pixels are final and its
    // unknown ones only read the first coarse level. That keeps a 4 MP preview at ~1/4 of the
    // memory a float copy of the canvas would take.
    PixelBuffer half;
    KnownMask halfMask;
    if (!downsampleKnown(image, mask, (image.width + 1) / 2, (image.height + 1) / 2, half, halfMask,
                         cancel))
        return {};
    std::vector<Level> levels;
    levels.push_back(levelFromImage(half, halfMask));
    // downsampleKnown marks partly known pixels unknown (right for PatchMatch sources); here
    // the average of their known part is the best value there is, so they count as known.
    for (int y = 0; y < half.height; ++y) {
        const int fy0 = 2 * y, fy1 = std::min(2 * y + 1, image.height - 1);
        for (int x = 0; x < half.width; ++x) {
            const int fx0 = 2 * x, fx1 = std::min(2 * x + 1, image.width - 1);
            const bool any = mask.isKnown(fx0, fy0) || mask.isKnown(fx1, fy0) ||
                             mask.isKnown(fx0, fy1) || mask.isKnown(fx1, fy1);
            levels[0].weight[std::size_t(y) * half.width + x] = any ? 1.0f : 0.0f;
        }
    }
    if (cancelled(cancel))
        return {};
    while (levels.back().width > 1 || levels.back().height > 1) {
        levels.push_back(push(levels.back()));
        const Level &top = levels.back();
        if (std::all_of(top.weight.begin(), top.weight.end(), [](float w) { return w >= 1.0f; }))
            break;
    }
    for (std::size_t l = levels.size() - 1; l > 0; --l) {
        if (cancelled(cancel))
            return {};
        pull(levels[l - 1], levels[l]);
    }
    const Level &first = levels[0];
    for (int y = 0; y < image.height; ++y) {
        if ((y & 63) == 0 && cancelled(cancel))
            return {};
        std::uint32_t *dst = out.row(y);
        const std::uint8_t *known = mask.row(y);
        for (int x = 0; x < image.width; ++x) {
            if (known[x])
                continue;
            float v[4];
            sampleCoarse(first, x, y, v);
            dst[x] = packArgb(int(std::lround(std::clamp(v[0], 0.0f, 255.0f))),
                              int(std::lround(std::clamp(v[1], 0.0f, 255.0f))),
                              int(std::lround(std::clamp(v[2], 0.0f, 255.0f))),
                              int(std::lround(std::clamp(v[3], 0.0f, 255.0f))));
        }
    }
    return out;
}

} // namespace outframe
