// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seamblend.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace outframe {
namespace {

// The colour step measured at one filled pixel on the border.
struct BorderStep
{
    int x, y;
    int step[3];
};

} // namespace

bool blendSeam(PixelBuffer &filled, const KnownMask &known, int reach,
               const std::atomic_bool *cancel)
{
    const int w = filled.width, h = filled.height;
    if (reach <= 0 || w == 0 || h == 0)
        return true;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    std::vector<BorderStep> border;
    for (int y = 0; y < h; ++y) {
        if ((y & 63) == 0 && cancelled())
            return false;
        for (int x = 0; x < w; ++x) {
            if (known.isKnown(x, y))
                continue;
            int sum[3] = {0, 0, 0}, n = 0;
            const int nx[4] = {x - 1, x + 1, x, x};
            const int ny[4] = {y, y, y - 1, y + 1};
            for (int k = 0; k < 4; ++k) {
                if (nx[k] < 0 || ny[k] < 0 || nx[k] >= w || ny[k] >= h ||
                    !known.isKnown(nx[k], ny[k]))
                    continue;
                const std::uint32_t p = filled.at(nx[k], ny[k]);
                sum[0] += redOf(p);
                sum[1] += greenOf(p);
                sum[2] += blueOf(p);
                ++n;
            }
            if (n == 0)
                continue;
            const std::uint32_t f = filled.at(x, y);
            border.push_back(
                {x, y, {sum[0] / n - redOf(f), sum[1] / n - greenOf(f), sum[2] / n - blueOf(f)}});
        }
    }
    if (border.empty())
        return true;

    // Average the steps along the border over cells of `reach` pixels (each border pixel
    // takes the mean of its cell and the 8 around it): one noisy pixel must not print a
    // streak into the fill, and a grid of cells needs almost no memory at 4 MP.
    const int cw = (w + reach - 1) / reach, ch = (h + reach - 1) / reach;
    std::vector<std::int64_t> cells(std::size_t(cw) * ch * 4, 0);
    for (const BorderStep &b : border) {
        std::int64_t *cell = &cells[(std::size_t(b.y / reach) * cw + std::size_t(b.x / reach)) * 4];
        for (int c = 0; c < 3; ++c)
            cell[c] += b.step[c];
        cell[3] += 1;
    }
    std::vector<std::int32_t> averaged(border.size() * 3);
    for (std::size_t i = 0; i < border.size(); ++i) {
        const int gx = border[i].x / reach, gy = border[i].y / reach;
        std::int64_t sum[4] = {0, 0, 0, 0};
        for (int y = std::max(0, gy - 1); y <= std::min(ch - 1, gy + 1); ++y) {
            for (int x = std::max(0, gx - 1); x <= std::min(cw - 1, gx + 1); ++x) {
                const std::int64_t *cell = &cells[(std::size_t(y) * cw + std::size_t(x)) * 4];
                for (int c = 0; c < 4; ++c)
                    sum[c] += cell[c];
            }
        }
        for (int c = 0; c < 3; ++c)
            averaged[i * 3 + std::size_t(c)] = std::int32_t(sum[c] / sum[3]);
    }

    // Breadth-first from the border into the fill, at most `reach` pixels deep, handing on
    // the nearest border pixel: only the band near the border is ever visited.
    std::vector<std::int32_t> nearest(filled.size(), -1);
    std::vector<std::int32_t> frontier, next;
    for (std::size_t i = 0; i < border.size(); ++i) {
        const std::size_t p = std::size_t(border[i].y) * w + std::size_t(border[i].x);
        nearest[p] = std::int32_t(i);
        frontier.push_back(std::int32_t(p));
    }
    const std::int64_t reach2 = std::int64_t(reach) * reach;
    while (!frontier.empty()) {
        if (cancelled())
            return false;
        next.clear();
        for (const std::int32_t p : frontier) {
            const int x = p % w, y = p / w;
            const BorderStep &b = border[std::size_t(nearest[std::size_t(p)])];
            const double dx = x - b.x, dy = y - b.y;
            const double falloff = 1.0 - std::sqrt(dx * dx + dy * dy) / reach;
            if (falloff > 0) {
                const std::int32_t *step = &averaged[std::size_t(nearest[std::size_t(p)]) * 3];
                const std::uint32_t f = filled.pixels[std::size_t(p)];
                auto bend = [&](int value, int s) {
                    return std::clamp(value + int(std::lround(falloff * s)), 0, 255);
                };
                filled.pixels[std::size_t(p)] =
                    packArgb(alphaOf(f), bend(redOf(f), step[0]), bend(greenOf(f), step[1]),
                             bend(blueOf(f), step[2]));
            }
            const int nx[4] = {x - 1, x + 1, x, x};
            const int ny[4] = {y, y, y - 1, y + 1};
            for (int k = 0; k < 4; ++k) {
                if (nx[k] < 0 || ny[k] < 0 || nx[k] >= w || ny[k] >= h)
                    continue;
                const std::size_t q = std::size_t(ny[k]) * w + std::size_t(nx[k]);
                if (nearest[q] >= 0 || known.known[q])
                    continue;
                const std::int64_t ex = nx[k] - b.x, ey = ny[k] - b.y;
                if (ex * ex + ey * ey >= reach2)
                    continue;
                nearest[q] = nearest[std::size_t(p)];
                next.push_back(std::int32_t(q));
            }
        }
        frontier.swap(next);
    }
    return true;
}

} // namespace outframe
