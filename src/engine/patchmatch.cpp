// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patchmatch.h"

#include "layoutguide.h"
#include "parallel.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace outframe {
namespace {

constexpr int kBandRows = 16;

// A tiny counter-based generator: the same (seed, pixel, iteration) always gives the same
// numbers, whichever thread asks.
struct PixelRandom
{
    std::uint64_t state;
    PixelRandom(std::uint64_t seed, std::uint64_t a, std::uint64_t b)
        : state(seed ^ (a * 0x9e3779b97f4a7c15ull) ^ (b * 0xc2b2ae3d27d4eb4full))
    {}
    std::uint32_t next()
    {
        // splitmix64
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return std::uint32_t((z ^ (z >> 31)) >> 32);
    }
    int range(int lo, int hi) { return lo + int(next() % std::uint32_t(hi - lo + 1)); }
};

} // namespace

std::vector<std::int32_t> nearestSeeds(const std::vector<std::uint8_t> &seeds, int w, int h)
{
    std::vector<std::int32_t> nearest(seeds.size(), -1);
    for (std::size_t i = 0; i < seeds.size(); ++i) {
        if (seeds[i])
            nearest[i] = std::int32_t(i);
    }
    auto distance = [w](std::int32_t seed, int x, int y) {
        const std::int64_t dx = seed % w - x, dy = seed / w - y;
        return dx * dx + dy * dy;
    };
    auto relax = [&](int x, int y, int nx, int ny) {
        if (nx < 0 || ny < 0 || nx >= w || ny >= h)
            return;
        const std::int32_t candidate = nearest[std::size_t(ny) * w + nx];
        if (candidate < 0)
            return;
        std::int32_t &mine = nearest[std::size_t(y) * w + x];
        if (mine < 0 || distance(candidate, x, y) < distance(mine, x, y))
            mine = candidate;
    };
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            relax(x, y, x - 1, y);
            relax(x, y, x - 1, y - 1);
            relax(x, y, x, y - 1);
            relax(x, y, x + 1, y - 1);
        }
        for (int x = w - 1; x >= 0; --x)
            relax(x, y, x + 1, y);
    }
    for (int y = h - 1; y >= 0; --y) {
        for (int x = w - 1; x >= 0; --x) {
            relax(x, y, x + 1, y);
            relax(x, y, x + 1, y + 1);
            relax(x, y, x, y + 1);
            relax(x, y, x - 1, y + 1);
        }
        for (int x = 0; x < w; ++x)
            relax(x, y, x - 1, y);
    }
    return nearest;
}

namespace {

// SSD between the target patch centred at (tx, ty) and the source patch centred at (sx, sy),
// stopping as soon as it reaches `limit`. The source patch lies inside the canvas; the target
// patch is clipped to it.
inline int patchCost(const PixelBuffer &image, const std::uint8_t *weights, int tx, int ty, int sx,
                     int sy, int r, int limit)
{
    const int x0 = std::max(-r, -tx), x1 = std::min(r, image.width - 1 - tx);
    const int y0 = std::max(-r, -ty), y1 = std::min(r, image.height - 1 - ty);
    int sum = 0;
    for (int dy = y0; dy <= y1; ++dy) {
        const std::uint32_t *t = image.row(ty + dy) + tx;
        const std::uint32_t *s = image.row(sy + dy) + sx;
        const std::uint8_t *wt = weights + std::size_t(ty + dy) * image.width + tx;
        for (int dx = x0; dx <= x1; ++dx)
            sum += int(wt[dx]) * pixelDistance(t[dx], s[dx]);
        if (sum >= limit)
            return sum;
    }
    return sum;
}

// What copying source centre `s` (at sx, sy) to target pixel `t` costs besides the SSD:
// disagreeing with the layout guide, copying a salient cell again, and fetching from far away.
// It runs for every candidate, so everything that does not depend on the pair is precomputed
// (see countUsage and prepareLevel).
inline std::int64_t priorCost(const CompletionLevel &level, const SearchContext &context,
                              std::size_t t, std::int32_t s, int sx, int sy)
{
    std::int64_t perPixel = 0;
    if (context.guideWeight > 0 && !level.guide.isEmpty())
        perPixel += std::int64_t(context.guideWeight) *
                    pixelDistance(level.guide.pixels[t], level.guide.pixels[std::size_t(s)]) / 8;
    if (context.detailWeight > 0 && !level.detailGuide.empty()) {
        const int d = int(level.detailGuide[t]) - int(level.detailGuide[std::size_t(s)]);
        perPixel += std::int64_t(context.detailWeight) * d * d / 8;
    }
    if (context.reuseCost > 0 && !level.reusePenalty.empty())
        perPixel += level.reusePenalty[std::size_t(s)];
    if (context.distanceCost > 0 && !level.anchorX.empty()) {
        const std::int64_t dx = sx - level.anchorX[t], dy = sy - level.anchorY[t];
        perPixel += ((dx * dx + dy * dy) * level.distanceScale) >> 16;
    }
    const int r = context.radius;
    return perPixel * (2 * r + 1) * (2 * r + 1);
}

inline int clampCost(std::int64_t cost)
{
    return int(std::min<std::int64_t>(cost, INT_MAX));
}

bool isCancelled(const SearchContext &context)
{
    return context.cancel && context.cancel->load(std::memory_order_relaxed);
}

// Runs `rowTask(y)` over all rows split among the threads; false when cancelled.
template<typename RowTask>
bool forEachRow(int height, const SearchContext &context, RowTask rowTask)
{
    std::atomic_bool stopped{false};
    const int chunks = (height + kBandRows - 1) / kBandRows;
    runParallel(chunks, context.threads, [&](int chunk) {
        const int y0 = chunk * kBandRows, y1 = std::min(height, y0 + kBandRows);
        for (int y = y0; y < y1; ++y) {
            if (isCancelled(context)) {
                stopped = true;
                return;
            }
            rowTask(y);
        }
    });
    return !stopped;
}

} // namespace

bool prepareLevel(CompletionLevel &level, int radius, int band, int knownWeight)
{
    const int w = level.width(), h = level.height();
    const std::size_t n = std::size_t(w) * h;
    level.weight.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        level.weight[i] = std::uint8_t(level.mask.known[i] ? knownWeight : 1);
    level.source.assign(n, 0);
    level.nnf.assign(n, -1);
    level.cost.assign(n, INT_MAX);

    // A pixel is a target when an unknown pixel lies within `radius` of it (Chebyshev):
    // separable dilation of the unknown set, rows then columns. The same pass with the known
    // set gives the pixels whose whole patch is known.
    std::vector<std::uint8_t> rowAny(n), rowAll(n);
    for (int y = 0; y < h; ++y) {
        const std::uint8_t *known = level.mask.row(y);
        std::vector<int> unknownPrefix(std::size_t(w) + 1, 0);
        for (int x = 0; x < w; ++x)
            unknownPrefix[std::size_t(x) + 1] = unknownPrefix[std::size_t(x)] + (known[x] ? 0 : 1);
        for (int x = 0; x < w; ++x) {
            const int a = std::max(0, x - radius), b = std::min(w, x + radius + 1);
            const int unknowns = unknownPrefix[std::size_t(b)] - unknownPrefix[std::size_t(a)];
            rowAny[std::size_t(y) * w + x] = unknowns > 0;
            rowAll[std::size_t(y) * w + x] =
                unknowns == 0 && x - radius >= 0 && x + radius < w ? 1 : 0;
        }
    }
    std::vector<std::uint8_t> target(n, 0);
    for (int x = 0; x < w; ++x) {
        std::vector<int> anyPrefix(std::size_t(h) + 1, 0), notAllPrefix(std::size_t(h) + 1, 0);
        for (int y = 0; y < h; ++y) {
            anyPrefix[std::size_t(y) + 1] =
                anyPrefix[std::size_t(y)] + rowAny[std::size_t(y) * w + x];
            notAllPrefix[std::size_t(y) + 1] =
                notAllPrefix[std::size_t(y)] + (rowAll[std::size_t(y) * w + x] ? 0 : 1);
        }
        for (int y = 0; y < h; ++y) {
            const int a = std::max(0, y - radius), b = std::min(h, y + radius + 1);
            const std::size_t i = std::size_t(y) * w + x;
            target[i] = anyPrefix[std::size_t(b)] - anyPrefix[std::size_t(a)] > 0;
            level.source[i] = y - radius >= 0 && y + radius < h &&
                              notAllPrefix[std::size_t(b)] - notAllPrefix[std::size_t(a)] == 0;
        }
    }
    if (band > 0) {
        std::vector<std::uint8_t> unknown(n);
        for (std::size_t i = 0; i < n; ++i)
            unknown[i] = level.mask.known[i] ? 0 : 1;
        const std::vector<std::int32_t> nearestUnknown = nearestSeeds(unknown, w, h);
        const std::int64_t limit = std::int64_t(band + radius) * (band + radius);
        for (std::size_t i = 0; i < n; ++i) {
            if (!level.source[i] || nearestUnknown[i] < 0)
                continue;
            const std::int64_t dx = nearestUnknown[i] % w - std::int64_t(i % std::size_t(w));
            const std::int64_t dy = nearestUnknown[i] / w - std::int64_t(i / std::size_t(w));
            if (dx * dx + dy * dy > limit)
                level.source[i] = 0;
        }
    }
    level.sourceCount = std::size_t(std::count(level.source.begin(), level.source.end(), 1));
    level.targetCount = std::size_t(std::count(target.begin(), target.end(), 1));
    if (level.sourceCount == 0)
        return false;
    level.snap = nearestSeeds(level.source, w, h);
    const std::vector<std::int32_t> anchor = nearestSeeds(level.mask.known, w, h);
    level.anchorX.resize(n);
    level.anchorY.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        level.anchorX[i] = anchor[i] < 0 ? std::int32_t(i % std::size_t(w)) : anchor[i] % w;
        level.anchorY[i] = anchor[i] < 0 ? std::int32_t(i / std::size_t(w)) : anchor[i] / w;
    }
    // Mark the targets with a placeholder source; the caller initialises them.
    for (std::size_t i = 0; i < n; ++i) {
        if (target[i])
            level.nnf[i] = level.snap[i];
    }
    return true;
}

void fillFromNearestKnown(CompletionLevel &level)
{
    const std::vector<std::int32_t> nearest =
        nearestSeeds(level.mask.known, level.width(), level.height());
    for (std::size_t i = 0; i < nearest.size(); ++i) {
        if (!level.mask.known[i] && nearest[i] >= 0)
            level.image.pixels[i] = level.image.pixels[std::size_t(nearest[i])];
    }
}

void initRandomField(CompletionLevel &level, std::uint64_t seed)
{
    std::vector<std::int32_t> sources;
    sources.reserve(level.sourceCount);
    for (std::size_t i = 0; i < level.source.size(); ++i) {
        if (level.source[i])
            sources.push_back(std::int32_t(i));
    }
    for (std::size_t i = 0; i < level.nnf.size(); ++i) {
        if (level.nnf[i] < 0)
            continue;
        PixelRandom random(seed, i, 0x1417);
        level.nnf[i] = sources[random.next() % sources.size()];
    }
}

void upsampleField(const CompletionLevel &coarse, CompletionLevel &fine, std::uint64_t seed)
{
    const int fw = fine.width(), fh = fine.height();
    const int cw = coarse.width(), ch = coarse.height();
    for (int y = 0; y < fh; ++y) {
        const int cy = int(std::int64_t(y) * ch / fh);
        for (int x = 0; x < fw; ++x) {
            const std::size_t i = std::size_t(y) * fw + x;
            if (fine.nnf[i] < 0)
                continue;
            const int cx = int(std::int64_t(x) * cw / fw);
            const std::int32_t cs = coarse.nnf[std::size_t(cy) * cw + cx];
            if (cs < 0) {
                // The coarse patch was all known: no displacement to inherit.
                PixelRandom random(seed, i, 0x7a11);
                const int sx = std::clamp(x + random.range(-4, 4), 0, fw - 1);
                const int sy = std::clamp(y + random.range(-4, 4), 0, fh - 1);
                fine.nnf[i] = fine.snap[std::size_t(sy) * fw + sx];
                continue;
            }
            const int dx = int(std::lround(double(cs % cw - cx) * fw / cw));
            const int dy = int(std::lround(double(cs / cw - cy) * fh / ch));
            const int sx = std::clamp(x + dx, 0, fw - 1), sy = std::clamp(y + dy, 0, fh - 1);
            const std::size_t s = std::size_t(sy) * fw + sx;
            fine.nnf[i] = fine.source[s] ? std::int32_t(s) : fine.snap[s];
        }
    }
}

bool recomputeCosts(CompletionLevel &level, const SearchContext &context)
{
    const int w = level.width();
    if (context.reuseCost > 0 &&
        !countUsage(level, context.radius, context.reuseCost, context.cancel))
        return false;
    const std::int64_t side = std::max(w, level.height());
    level.distanceScale = std::int64_t(context.distanceCost) * 65536 / (side * side);
    return forEachRow(level.height(), context, [&](int y) {
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            const std::int32_t s = level.nnf[i];
            if (s >= 0)
                level.cost[i] = clampCost(patchCost(level.image, level.weight.data(), x, y, s % w,
                                                    s / w, context.radius, INT_MAX) +
                                          priorCost(level, context, i, s, s % w, s / w));
        }
    });
}

bool searchIteration(CompletionLevel &level, const SearchContext &context, int iteration)
{
    const int w = level.width(), h = level.height();
    const int r = context.radius;
    const bool forward = iteration % 2 == 0;
    const int step = forward ? 1 : -1;
    const int maxRadius = std::max(w, h) / 2;
    std::int32_t *nnf = level.nnf.data();
    std::int32_t *cost = level.cost.data();
    const std::uint8_t *source = level.source.data();
    const std::int32_t *snap = level.snap.data();
    const std::uint8_t *weights = level.weight.data();
    const PixelBuffer &image = level.image;

    auto processRow = [&](int y) {
        const int xBegin = forward ? 0 : w - 1, xEnd = forward ? w : -1;
        const int ny = y - step; // the row already visited in this scan direction
        for (int x = xBegin; x != xEnd; x += step) {
            const std::size_t i = std::size_t(y) * w + x;
            if (nnf[i] < 0)
                continue;
            std::int32_t best = nnf[i];
            int bestCost = cost[i];
            auto tryCandidate = [&](std::int32_t candidate) {
                if (candidate == best)
                    return;
                const int cx = candidate % w, cy = candidate / w;
                const std::int64_t prior = priorCost(level, context, i, candidate, cx, cy);
                if (prior >= bestCost)
                    return;
                const int c = clampCost(
                    patchCost(image, weights, x, y, cx, cy, r, bestCost - int(prior)) + prior);
                if (c < bestCost) {
                    bestCost = c;
                    best = candidate;
                }
            };
            // Propagation: the neighbour's source, shifted by one pixel back towards us.
            const int nx = x - step;
            if (nx >= 0 && nx < w) {
                const std::int32_t s = nnf[std::size_t(y) * w + nx];
                if (s >= 0) {
                    const int sx = s % w + step;
                    if (sx >= 0 && sx < w && source[s + step])
                        tryCandidate(s + step);
                }
            }
            if (ny >= 0 && ny < h) {
                const std::int32_t s = nnf[std::size_t(ny) * w + x];
                if (s >= 0) {
                    const int sy = s / w + step;
                    const std::int32_t candidate = s + step * w;
                    if (sy >= 0 && sy < h && source[candidate])
                        tryCandidate(candidate);
                }
            }
            // Random search in a window halving around the best source so far.
            PixelRandom random(context.seed, i, std::uint64_t(iteration) + 1);
            for (int radius = maxRadius; radius >= 1; radius /= 2) {
                const int bx = best % w, by = best / w;
                const int cx = std::clamp(bx + random.range(-radius, radius), 0, w - 1);
                const int cy = std::clamp(by + random.range(-radius, radius), 0, h - 1);
                tryCandidate(snap[std::size_t(cy) * w + cx]);
            }
            nnf[i] = best;
            cost[i] = bestCost;
        }
    };

    // Bands of the same parity never read each other's rows (propagation reaches one row
    // back), so running them concurrently gives exactly the sequential result.
    const int bands = (h + kBandRows - 1) / kBandRows;
    std::atomic_bool stopped{false};
    for (int parity = 0; parity < 2 && !stopped; ++parity) {
        const int count = (bands - parity + 1) / 2;
        runParallel(count, context.threads, [&](int k) {
            const int band = forward ? 2 * k + parity : bands - 1 - (2 * k + parity);
            const int y0 = band * kBandRows, y1 = std::min(h, y0 + kBandRows);
            for (int j = 0; j < y1 - y0; ++j) {
                if (isCancelled(context)) {
                    stopped = true;
                    return;
                }
                processRow(forward ? y0 + j : y1 - 1 - j);
            }
        });
    }
    return !stopped;
}

namespace {

// How much each cell stands out from its surroundings, 0..256: its mean colour against the
// mean of a window four cells wide. A face, a badge or a boat stands out; grass, gravel or
// grain does not, and copying those twice is invisible.
std::vector<std::uint16_t> standingOut(const PixelBuffer &image, int cell, int cellsPerRow,
                                       int cellRows)
{
    const PixelBuffer small = boxBlur(image, cell / 2), large = boxBlur(image, 2 * cell);
    std::vector<std::uint16_t> salience(std::size_t(cellsPerRow) * cellRows, 0);
    const int full = 3 * 24 * 24; // a difference of 24 levels per channel counts fully
    for (int cy = 0; cy < cellRows; ++cy) {
        for (int cx = 0; cx < cellsPerRow; ++cx) {
            const int x = std::min(image.width - 1, cx * cell + cell / 2);
            const int y = std::min(image.height - 1, cy * cell + cell / 2);
            const int d = pixelDistance(small.at(x, y), large.at(x, y));
            salience[std::size_t(cy) * cellsPerRow + cx] =
                std::uint16_t(std::min(256, 256 * d / full));
        }
    }
    return salience;
}

// Two cells look alike when their 3 x 3 samples differ by less than kAlikeLevels per channel
// (root mean square); a cell with kLookAlikes look-alikes costs nothing to copy again.
constexpr int kAlikeLevels = 12;
constexpr int kLookAlikes = 4;

// What each cell looks like: 3 x 3 samples of the lightly blurred image, and whether they
// are all known (only those are compared with).
struct CellLooks
{
    int cellsPerRow = 0;
    std::vector<std::uint32_t> samples; // 9 per cell
    std::vector<std::uint8_t> known;
};

CellLooks cellLooks(const CompletionLevel &level, int cell, int cellsPerRow, int cellRows)
{
    const PixelBuffer fine = boxBlur(level.image, 1);
    const int step = std::max(1, cell / 3);
    CellLooks looks;
    looks.cellsPerRow = cellsPerRow;
    looks.samples.resize(std::size_t(cellsPerRow) * cellRows * 9);
    looks.known.assign(std::size_t(cellsPerRow) * cellRows, 0);
    for (int cy = 0; cy < cellRows; ++cy) {
        for (int cx = 0; cx < cellsPerRow; ++cx) {
            const std::size_t c = std::size_t(cy) * cellsPerRow + cx;
            const int x = std::min(fine.width - 1, cx * cell + cell / 2);
            const int y = std::min(fine.height - 1, cy * cell + cell / 2);
            bool allKnown = true;
            std::size_t k = c * 9;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int px = std::clamp(x + dx * step, 0, fine.width - 1);
                    const int py = std::clamp(y + dy * step, 0, fine.height - 1);
                    looks.samples[k++] = fine.at(px, py);
                    allKnown = allKnown && level.mask.isKnown(px, py);
                }
            }
            looks.known[c] = allKnown;
        }
    }
    return looks;
}

// How many known cells, not next to cell `c`, look like it (kLookAlikes at the most).
int lookAlikes(const CellLooks &looks, std::size_t c)
{
    const std::size_t perRow = std::size_t(looks.cellsPerRow);
    const int cx = int(c % perRow), cy = int(c / perRow);
    const int limit = 9 * 3 * kAlikeLevels * kAlikeLevels;
    const std::uint32_t *a = &looks.samples[c * 9];
    int alike = 0;
    for (std::size_t o = 0; o < looks.known.size() && alike < kLookAlikes; ++o) {
        const int ox = int(o % perRow), oy = int(o / perRow);
        if (!looks.known[o] || (std::abs(ox - cx) <= 1 && std::abs(oy - cy) <= 1))
            continue;
        const std::uint32_t *b = &looks.samples[o * 9];
        if (pixelDistance(a[4], b[4]) * 9 >= limit)
            continue; // the centres alone differ too much
        int d = 0;
        for (int k = 0; k < 9 && d < limit; ++k)
            d += pixelDistance(a[k], b[k]);
        alike += d < limit ? 1 : 0;
    }
    return alike;
}

// The cost weight of copying each cell again, 0..256: how much it stands out, less for each
// look-alike it has in the known part. A cell that stands out but repeats (the dark gap
// between two planks, a fence post, a window of a facade) is a structure rather than one
// object, and copying it again continues the structure. (Charged in full, the occurrence
// cost stopped BytheWater's plank gaps dead at the reference's edge: continuing a line
// copies the cells near the edge again and again.)
// The search for look-alikes compares a cell with every other, so it reads the cancel flag
// as it goes (about a tenth of a second at the working size when nearly every cell stands out
// and none repeats). Returns false when cancelled.
bool cellSalience(const CompletionLevel &level, int cell, int cellsPerRow, int cellRows,
                  const std::atomic_bool *cancel, std::vector<std::uint16_t> &salience)
{
    salience = standingOut(level.image, cell, cellsPerRow, cellRows);
    const CellLooks looks = cellLooks(level, cell, cellsPerRow, cellRows);
    for (std::size_t c = 0; c < salience.size(); ++c) {
        if (salience[c] < 16)
            continue; // costs little anyway: spare the search
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        salience[c] =
            std::uint16_t(salience[c] * (kLookAlikes - lookAlikes(looks, c)) / kLookAlikes);
    }
    return true;
}

} // namespace

bool countUsage(CompletionLevel &level, int radius, int reuseCost, const std::atomic_bool *cancel)
{
    const int w = level.width(), h = level.height(), cell = 2 * radius + 1;
    const int cellsPerRow = (w + cell - 1) / cell, cellRows = (h + cell - 1) / cell;
    const std::int64_t area = std::int64_t(cell) * cell; // one copy of a cell
    std::vector<std::int64_t> uses(std::size_t(cellsPerRow) * cellRows, 0);
    if (level.salience.size() != uses.size() &&
        !cellSalience(level, cell, cellsPerRow, cellRows, cancel, level.salience)) {
        level.salience.clear(); // half done: computed again next time
        return false;
    }
    for (const std::int32_t s : level.nnf) {
        if (s >= 0)
            ++uses[std::size_t((s / w) / cell) * cellsPerRow + std::size_t((s % w) / cell)];
    }
    // Copies of a cell beyond the first cost the same for every source in it, so the cost
    // never stands between a target and its neighbour's shifted source.
    level.reusePenalty.resize(level.nnf.size());
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const std::size_t at = std::size_t(y / cell) * cellsPerRow + std::size_t(x / cell);
            const std::int64_t penalty = std::max<std::int64_t>(0, uses[at] - area) * reuseCost *
                                         level.salience[at] / (area * 256);
            level.reusePenalty[std::size_t(y) * w + x] =
                std::int32_t(std::min<std::int64_t>(penalty, INT32_MAX));
        }
    }
    return true;
}

bool voteUnknown(CompletionLevel &level, const SearchContext &context)
{
    const int w = level.width(), h = level.height();
    const int r = context.radius;
    PixelBuffer &image = level.image;
    const std::vector<std::uint8_t> &known = level.mask.known;
    // Votes read only source pixels, which are known and never written, so the vote can
    // write into the image it reads.
    return forEachRow(h, context, [&](int y) {
        const int y0 = std::max(0, y - r), y1 = std::min(h - 1, y + r);
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            if (known[i])
                continue;
            const int x0 = std::max(0, x - r), x1 = std::min(w - 1, x + r);
            std::uint32_t a = 0, red = 0, g = 0, b = 0, count = 0;
            for (int qy = y0; qy <= y1; ++qy) {
                const std::int32_t *row = level.nnf.data() + std::size_t(qy) * w;
                for (int qx = x0; qx <= x1; ++qx) {
                    const std::int32_t s = row[qx];
                    if (s < 0)
                        continue;
                    const std::uint32_t p = image.pixels[std::size_t(s + (y - qy) * w + (x - qx))];
                    a += std::uint32_t(alphaOf(p));
                    red += std::uint32_t(redOf(p));
                    g += std::uint32_t(greenOf(p));
                    b += std::uint32_t(blueOf(p));
                    ++count;
                }
            }
            if (count == 0)
                continue;
            const std::uint32_t half = count / 2;
            image.pixels[i] = packArgb(int((a + half) / count), int((red + half) / count),
                                       int((g + half) / count), int((b + half) / count));
        }
    });
}

} // namespace outframe
