#include "seamblend.h"

#include "patchmatch.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace outframe {

bool blendSeam(PixelBuffer &filled, const KnownMask &known, int reach,
               const std::atomic_bool *cancel)
{
    const int w = filled.width, h = filled.height;
    if (reach <= 0 || w == 0 || h == 0)
        return true;
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    // Summed-area tables of the measured steps (r, g, b) and of how many there are, so the
    // step can be averaged over a window along the border.
    const std::size_t stride = std::size_t(w) + 1;
    std::vector<std::int64_t> sums(stride * (h + 1) * 4, 0);
    std::vector<std::uint8_t> seeds(filled.size(), 0);
    bool any = false;
    for (int y = 0; y < h; ++y) {
        if ((y & 63) == 0 && cancelled())
            return false;
        std::int64_t row[4] = {0, 0, 0, 0};
        for (int x = 0; x < w; ++x) {
            if (!known.isKnown(x, y)) {
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
                if (n > 0) {
                    const std::uint32_t f = filled.at(x, y);
                    row[0] += sum[0] / n - redOf(f);
                    row[1] += sum[1] / n - greenOf(f);
                    row[2] += sum[2] / n - blueOf(f);
                    row[3] += 1;
                    seeds[std::size_t(y) * w + x] = 1;
                    any = true;
                }
            }
            for (int c = 0; c < 4; ++c) {
                const std::size_t o = ((std::size_t(y) + 1) * stride + std::size_t(x) + 1) * 4;
                sums[o + std::size_t(c)] = sums[o - stride * 4 + std::size_t(c)] + row[c];
            }
        }
    }
    if (!any)
        return true;
    const std::vector<std::int32_t> nearest = nearestSeeds(seeds, w, h);
    // The averaged step at each border pixel, computed once per border pixel.
    std::vector<std::int32_t> averaged(filled.size() * 3, 0);
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        if (!seeds[i])
            continue;
        const int x = int(i % std::size_t(w)), y = int(i / std::size_t(w));
        const std::size_t x0 = std::size_t(std::max(0, x - reach)),
                          x1 = std::size_t(std::min(w, x + reach + 1));
        const std::size_t y0 = std::size_t(std::max(0, y - reach)),
                          y1 = std::size_t(std::min(h, y + reach + 1));
        auto box = [&](int c) {
            return sums[(y1 * stride + x1) * 4 + std::size_t(c)] -
                   sums[(y0 * stride + x1) * 4 + std::size_t(c)] -
                   sums[(y1 * stride + x0) * 4 + std::size_t(c)] +
                   sums[(y0 * stride + x0) * 4 + std::size_t(c)];
        };
        const std::int64_t n = std::max<std::int64_t>(1, box(3));
        for (int c = 0; c < 3; ++c)
            averaged[i * 3 + std::size_t(c)] = std::int32_t(box(c) / n);
    }
    for (int y = 0; y < h; ++y) {
        if ((y & 63) == 0 && cancelled())
            return false;
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            if (known.known[i] || nearest[i] < 0)
                continue;
            const double dx = nearest[i] % w - x, dy = nearest[i] / w - y;
            const double falloff = 1.0 - std::sqrt(dx * dx + dy * dy) / reach;
            if (falloff <= 0)
                continue;
            const std::int32_t *step = &averaged[std::size_t(nearest[i]) * 3];
            const std::uint32_t f = filled.pixels[i];
            auto bend = [&](int value, int s) {
                return std::clamp(value + int(std::lround(falloff * s)), 0, 255);
            };
            filled.pixels[i] = packArgb(alphaOf(f), bend(redOf(f), step[0]),
                                        bend(greenOf(f), step[1]), bend(blueOf(f), step[2]));
        }
    }
    return true;
}

} // namespace outframe
