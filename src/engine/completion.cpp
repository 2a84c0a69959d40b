// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"

#include "detailguide.h"
#include "layoutguide.h"
#include "parallel.h"
#include "patchmatch.h"
#include "pushpull.h"
#include "seamblend.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

// The messages are marked for lupdate (context outframe::Engine) and translated by qtbridge.cpp
// on their way out: the engine itself stays plain C++, so the mark is the text itself.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace outframe {
namespace {

constexpr int kMaxLevels = 10;

// Reports progress by units of work (target patches times passes), so the bar moves evenly
// even though the finest level costs far more than the coarse ones.
class ProgressMeter
{
public:
    ProgressMeter(const ProgressFn &progress, double total) : m_progress(progress), m_total(total)
    {}
    void advance(double units)
    {
        m_done += units;
        if (m_progress && m_total > 0)
            m_progress(std::min(1.0, m_done / m_total));
    }

private:
    const ProgressFn &m_progress;
    double m_total;
    double m_done = 0;
};

// The occurrence cost doubles with each coarser level, up to kCoarseReuseFactor times: a copy
// on a coarse level is a whole object on the canvas, and what a coarse level copies the finer
// ones keep (once it is in the estimate, its SSD outweighs any occurrence cost). With one cost
// on every level, the astronaut's badge, which nearly touches the reference's bottom edge, was
// copied below it as purple fragments with both seeds.
constexpr int kCoarseReuseFactor = 4;

int reuseCostOfLevel(int reuseCost, int level)
{
    return reuseCost * std::min(kCoarseReuseFactor, 1 << std::min(level, 8));
}

FillResult cancelledResult()
{
    FillResult result;
    result.status = FillStatus::Cancelled;
    result.message = QT_TRANSLATE_NOOP("outframe::Engine", "The fill was cancelled.");
    return result;
}

bool runEm(CompletionLevel &level, const SearchContext &base, int emIterations,
           int searchIterations, ProgressMeter &meter)
{
    const double units = double(level.targetCount);
    for (int e = 0; e < emIterations; ++e) {
        SearchContext context = base;
        context.seed = base.seed + std::uint64_t(e) * 0x51ed27u;
        if (!recomputeCosts(level, context))
            return false;
        for (int s = 0; s < searchIterations; ++s) {
            if (!searchIteration(level, context, s))
                return false;
            meter.advance(units);
        }
        if (!voteUnknown(level, context))
            return false;
        meter.advance(units);
    }
    return true;
}

// Bilinear sample of `image` at the position of canvas pixel (x, y) of a canvas `scaleX` x
// `scaleY` times larger.
std::uint32_t sampleScaled(const PixelBuffer &image, int x, int y, double scaleX, double scaleY)
{
    const double fx = std::clamp((x + 0.5) / scaleX - 0.5, 0.0, double(image.width - 1));
    const double fy = std::clamp((y + 0.5) / scaleY - 0.5, 0.0, double(image.height - 1));
    const int x0 = int(fx), y0 = int(fy);
    const int x1 = std::min(x0 + 1, image.width - 1), y1 = std::min(y0 + 1, image.height - 1);
    const double ax = fx - x0, ay = fy - y0;
    std::uint32_t out = 0;
    for (int shift = 0; shift < 32; shift += 8) {
        auto c = [&](int px, int py) { return double((image.at(px, py) >> shift) & 0xffu); };
        const double v = (c(x0, y0) * (1 - ax) + c(x1, y0) * ax) * (1 - ay) +
                         (c(x0, y1) * (1 - ax) + c(x1, y1) * ax) * ay;
        out |= std::uint32_t(std::lround(v)) << shift;
    }
    return out;
}

// The last pass at full resolution: each unknown canvas pixel takes the mean of what the
// scaled-up displacements of the patches around it point at. Inside a coherent region of the
// field that is an exact copy of full-resolution source pixels, so the fill keeps the
// photograph's own grain instead of an upscaled blur.
bool finalPass(const PixelBuffer &canvas, const KnownMask &known, const CompletionLevel &work,
               int radius, const SearchContext &context, PixelBuffer &out)
{
    const int W = canvas.width, H = canvas.height;
    const int w = work.width(), h = work.height();
    const double scaleX = double(W) / w, scaleY = double(H) / h;
    std::vector<int> mapX(static_cast<std::size_t>(W)), mapY(static_cast<std::size_t>(H));
    for (int x = 0; x < W; ++x)
        mapX[std::size_t(x)] = int(std::int64_t(x) * w / W);
    for (int y = 0; y < H; ++y)
        mapY[std::size_t(y)] = int(std::int64_t(y) * h / H);
    // Displacement of each working pixel in canvas pixels; INT32_MIN where there is none.
    std::vector<std::int32_t> dispX(work.nnf.size()), dispY(work.nnf.size());
    for (std::size_t i = 0; i < work.nnf.size(); ++i) {
        const std::int32_t s = work.nnf[i];
        if (s < 0) {
            dispX[i] = INT32_MIN;
            continue;
        }
        const int x = int(i % std::size_t(w)), y = int(i / std::size_t(w));
        dispX[i] = std::int32_t(std::lround((s % w - x) * scaleX));
        dispY[i] = std::int32_t(std::lround((s / w - y) * scaleY));
    }
    out = canvas;
    std::atomic_bool stopped{false};
    const int chunk = 32;
    runParallel((H + chunk - 1) / chunk, context.threads, [&](int c) {
        for (int y = c * chunk; y < std::min(H, (c + 1) * chunk); ++y) {
            if (context.cancel && context.cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const std::uint8_t *knownRow = known.row(y);
            std::uint32_t *dst = out.row(y);
            const int y0 = std::max(0, y - radius), y1 = std::min(H - 1, y + radius);
            for (int x = 0; x < W; ++x) {
                if (knownRow[x])
                    continue;
                const int x0 = std::max(0, x - radius), x1 = std::min(W - 1, x + radius);
                std::uint32_t a = 0, r = 0, g = 0, b = 0, count = 0;
                for (int qy = y0; qy <= y1; ++qy) {
                    const std::size_t workRow = std::size_t(mapY[std::size_t(qy)]) * w;
                    for (int qx = x0; qx <= x1; ++qx) {
                        const std::size_t q = workRow + std::size_t(mapX[std::size_t(qx)]);
                        if (dispX[q] == INT32_MIN)
                            continue;
                        const int sx = x + dispX[q], sy = y + dispY[q];
                        if (sx < 0 || sy < 0 || sx >= W || sy >= H || !known.isKnown(sx, sy))
                            continue;
                        const std::uint32_t p = canvas.at(sx, sy);
                        a += std::uint32_t(alphaOf(p));
                        r += std::uint32_t(redOf(p));
                        g += std::uint32_t(greenOf(p));
                        b += std::uint32_t(blueOf(p));
                        ++count;
                    }
                }
                if (count == 0) {
                    dst[x] = sampleScaled(work.image, x, y, scaleX, scaleY);
                    continue;
                }
                const std::uint32_t half = count / 2;
                dst[x] = packArgb(int((a + half) / count), int((r + half) / count),
                                  int((g + half) / count), int((b + half) / count));
            }
        }
    });
    return !stopped;
}

std::string checkInput(const PixelBuffer &canvas, const KnownMask &known,
                       const FillOptions &options)
{
    if (canvas.isEmpty())
        return QT_TRANSLATE_NOOP("outframe::Engine", "The canvas is empty.");
    if (canvas.pixels.size() != std::size_t(canvas.width) * canvas.height)
        return QT_TRANSLATE_NOOP("outframe::Engine",
                                 "The canvas pixel buffer does not match its size.");
    if (known.width != canvas.width || known.height != canvas.height ||
        known.known.size() != canvas.pixels.size())
        return QT_TRANSLATE_NOOP("outframe::Engine",
                                 "The known-pixel mask does not match the canvas size.");
    if (options.patchRadius < 1 || options.patchRadius > 8)
        return QT_TRANSLATE_NOOP("outframe::Engine",
                                 "The patch radius must be between 1 and 8 pixels.");
    if (options.workingMaxPixels < 4096)
        return QT_TRANSLATE_NOOP("outframe::Engine",
                                 "The working resolution must be at least 4096 pixels.");
    if (options.finalVoteRadius < 0 || options.finalVoteRadius > 8)
        return QT_TRANSLATE_NOOP("outframe::Engine",
                                 "The final vote radius must be between 0 and 8 pixels.");
    if (options.knownWeight < 1 || options.knownWeight > 16)
        return QT_TRANSLATE_NOOP("outframe::Engine",
                                 "The weight of known pixels must be between 1 and 16.");
    if (options.guideWeight < 0 || options.guideWeight > 64 || options.detailWeight < 0 ||
        options.detailWeight > 64 || options.reuseCost < 0 || options.reuseCost > 100'000 ||
        options.distanceCost < 0 || options.distanceCost > 100'000)
        return QT_TRANSLATE_NOOP(
            "outframe::Engine",
            "The guide weight and the source costs must be small and not negative.");
    if (options.layoutTransfer < 0 || options.layoutTransfer > 100)
        return QT_TRANSLATE_NOOP("outframe::Engine",
                                 "The layout transfer must be between 0 and 100 percent.");
    return {};
}

} // namespace

FillResult fillUnknown(const PixelBuffer &canvas, const KnownMask &known,
                       const FillOptions &options, const std::atomic_bool &cancel,
                       const ProgressFn &progress)
{
    FillResult result;
    result.seed = options.seed;
    result.message = checkInput(canvas, known, options);
    if (!result.message.empty())
        return result;
    const std::size_t knownCount = known.knownCount();
    if (knownCount == known.known.size() || knownCount == 0) {
        // Nothing to fill, or nothing to fill from: push-pull covers both (grey when empty).
        result.image = pushPullFill(canvas, known, &cancel);
        if (cancel)
            return cancelledResult();
        result.status = FillStatus::Filled;
        if (progress)
            progress(1.0);
        return result;
    }

    SearchContext context;
    context.radius = options.patchRadius;
    context.threads = std::max(1, options.threads);
    context.seed = options.seed;
    context.cancel = &cancel;
    context.guideWeight = options.guideWeight;
    context.detailWeight = options.detailWeight;
    context.reuseCost = options.reuseCost;
    context.distanceCost = options.distanceCost;

    // Working resolution.
    const std::int64_t pixels = std::int64_t(canvas.width) * canvas.height;
    int workW = canvas.width, workH = canvas.height;
    if (pixels > options.workingMaxPixels) {
        const double s = std::sqrt(double(pixels) / options.workingMaxPixels);
        workW = std::max(1, int(canvas.width / s));
        workH = std::max(1, int(canvas.height / s));
    }
    const double bandScale = double(workW) / canvas.width;

    std::vector<std::unique_ptr<CompletionLevel>> levels;
    levels.push_back(std::make_unique<CompletionLevel>());
    if (workW == canvas.width && workH == canvas.height) {
        levels[0]->image = canvas;
        levels[0]->mask = known;
    } else {
        if (!downsampleKnown(canvas, known, workW, workH, levels[0]->image, levels[0]->mask,
                             &cancel))
            return cancelledResult();
    }
    const int band =
        options.sourceBand > 0 ? std::max(1, int(std::lround(options.sourceBand * bandScale))) : 0;
    if (!prepareLevel(*levels[0], options.patchRadius, band, options.knownWeight)) {
        // Not one whole patch is known (a reference of a few pixels): the smooth fill is all
        // there is to go on.
        result.image = pushPullFill(canvas, known, &cancel);
        if (cancel)
            return cancelledResult();
        result.status = FillStatus::Filled;
        result.workingWidth = workW;
        result.workingHeight = workH;
        if (progress)
            progress(1.0);
        return result;
    }
    // Coarser levels, as long as they still hold source patches.
    for (int l = 1; l < kMaxLevels; ++l) {
        const CompletionLevel &fine = *levels.back();
        const int cw = (fine.width() + 1) / 2, ch = (fine.height() + 1) / 2;
        if (std::min(cw, ch) < options.coarsestSide)
            break;
        auto coarse = std::make_unique<CompletionLevel>();
        downsampleKnown(fine.image, fine.mask, cw, ch, coarse->image, coarse->mask);
        const int coarseBand = band > 0 ? std::max(1, band >> l) : 0;
        if (!prepareLevel(*coarse, options.patchRadius, coarseBand, options.knownWeight))
            break;
        levels.push_back(std::move(coarse));
        if (cancel)
            return cancelledResult();
    }
    // Every level is guided at about the same scale on the canvas.
    const int radius0 = guideRadius(workW);
    for (std::size_t l = 0; l < levels.size(); ++l) {
        CompletionLevel &level = *levels[l];
        if (options.guideWeight > 0 || (l == 0 && options.layoutTransfer > 0))
            level.guide = layoutGuide(level.image, level.mask, std::max(1, radius0 >> l), &cancel);
        if (options.detailWeight > 0)
            level.detailGuide = detailGuide(level.image, level.mask, options.patchRadius, &cancel);
        if (cancel)
            return cancelledResult();
    }
    result.levels = int(levels.size());
    result.workingWidth = workW;
    result.workingHeight = workH;

    double total = double(canvas.width) * canvas.height / 16.0; // the final pass
    for (std::size_t l = 0; l < levels.size(); ++l) {
        const int em = l == 0 ? options.fineIterations : options.coarseIterations;
        total += double(levels[l]->targetCount) * em * (options.searchIterations + 1);
    }
    ProgressMeter meter(progress, total);

    CompletionLevel &coarsest = *levels.back();
    if (options.start == FillOptions::Start::PushPull) {
        coarsest.image = pushPullFill(coarsest.image, coarsest.mask, &cancel);
        if (cancel)
            return cancelledResult();
    } else {
        fillFromNearestKnown(coarsest);
    }
    initRandomField(coarsest, options.seed);
    for (int l = int(levels.size()) - 1; l >= 0; --l) {
        CompletionLevel &level = *levels[std::size_t(l)];
        SearchContext levelContext = context;
        levelContext.seed = options.seed * 0x100000001b3ull + std::uint64_t(l) * 0x9e37u;
        levelContext.reuseCost = reuseCostOfLevel(options.reuseCost, l);
        if (l + 1 < int(levels.size())) {
            upsampleField(*levels[std::size_t(l) + 1], level, levelContext.seed);
            if (!voteUnknown(level, levelContext))
                return cancelledResult();
            levels[std::size_t(l) + 1].reset(); // free the coarse level's memory
        }
        const int em = l == 0 ? options.fineIterations : options.coarseIterations;
        if (!runEm(level, levelContext, em, options.searchIterations, meter))
            return cancelledResult();
    }

    if (!finalPass(canvas, known, *levels[0], options.finalVoteRadius, context, result.image))
        return cancelledResult();
    // The guide takes over within four patch widths of the reference (better than 2 or 0 on
    // the photographs' layout), and never below the scale of a patch: what PatchMatch
    // repeats at that scale (stripes, a fence) it continues better than any smooth guide.
    const int patch = 2 * options.patchRadius + 1;
    if (!transferLayout(result.image, known, levels[0]->image, levels[0]->mask, levels[0]->guide,
                        std::max(layoutRadius(workW), patch), 4 * patch, options.layoutTransfer,
                        context.threads, &cancel))
        return cancelledResult();
    if (options.seamReach > 0) {
        const double scale = double(canvas.width) / workW;
        const int reach = int(std::lround(options.seamReach * std::max(1.0, scale)));
        if (!blendSeam(result.image, known, reach, &cancel))
            return cancelledResult();
    }
    meter.advance(double(canvas.width) * canvas.height / 16.0);
    result.status = FillStatus::Filled;
    return result;
}

} // namespace outframe
