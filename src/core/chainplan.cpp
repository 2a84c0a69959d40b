// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainplan.h"

#include "placement.h"
#include "pricing.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace outframe {

namespace {

constexpr qint64 kMaxTilePixels = Placement::kMaxPixels;
constexpr int kMinSide = Placement::kMinSide;
// At least a quarter of a tile's depth is known context (where that much is known; a third
// made the 8192 x 2048 panorama 7 jobs instead of 5 for no visible gain)...
constexpr double kContextShare = 0.25;
// ...and at least this many pixels of it, so a thin strip is never made from a sliver.
constexpr int kMinContext = 512;
// A plan that needs more tiles than this is refused rather than sent (16384 x 16384 from a
// small image needs a few hundred).
constexpr int kMaxTiles = 2000;

enum class Axis { Vertical, Horizontal };

struct Growth
{
    QList<ChainTile> tiles; // index and wave are set by the caller
    QRect known;            // what is known after this wave
};

// The split of a strip of `length` px into `count` tiles along it, and the depth each tile
// may have within the area limit.
struct Split
{
    int count = 0;
    int along = 0;    // each tile's extent along the strip
    int maxDepth = 0; // each tile's extent across it: context plus new pixels
};

int alongFor(int length, int count)
{
    if (count == 1)
        return length;
    const qint64 covered = qint64(length) + qint64(ChainPlan::kOverlap) * (count - 1);
    return std::min<qint64>(length, (covered + count - 1) / count);
}

int minContext(int knownDepth, int tileDepth)
{
    const int share = int(std::ceil(tileDepth * kContextShare));
    return std::min(knownDepth, std::max(share, kMinContext));
}

// The split that adds the most depth per tile (fewer tiles on a tie).
std::optional<Split> bestSplit(int length, int knownDepth, int remaining)
{
    std::optional<Split> best;
    double bestScore = 0;
    const int maxCount = std::max(1, length / kMinSide);
    for (int count = 1; count <= maxCount; ++count) {
        const int along = alongFor(length, count);
        if (along < kMinSide)
            break;
        const int maxDepth =
            int(std::min<qint64>(kMaxTilePixels / along, ChainPlan::kMaxCanvasSide));
        const int added = std::min(remaining, maxDepth - minContext(knownDepth, maxDepth));
        if (added <= 0 || minContext(knownDepth, maxDepth) + added < kMinSide)
            continue;
        const double score = double(added) / count;
        if (!best || score > bestScore + 1e-9) {
            best = Split{count, along, maxDepth};
            bestScore = score;
        }
        if (added == remaining)
            break; // more tiles cannot add more depth
    }
    return best;
}

// One strip of `split.count` tiles on `side` of `known`, adding up to `remaining` px.
QList<ChainTile> stripTiles(const QRect &known, ChainSide side, int remaining, const Split &split)
{
    const bool vertical = side == ChainSide::Top || side == ChainSide::Bottom;
    const int length = vertical ? known.width() : known.height();
    const int knownDepth = vertical ? known.height() : known.width();
    const int added = std::min(remaining, split.maxDepth - minContext(knownDepth, split.maxDepth));
    const int context = std::min(knownDepth, split.maxDepth - added);

    QList<ChainTile> tiles;
    for (int i = 0; i < split.count; ++i) {
        const int start =
            split.count == 1
                ? 0
                : int(std::lround(double(length - split.along) * i / (split.count - 1)));
        ChainTile tile;
        tile.side = side;
        switch (side) {
        case ChainSide::Top:
            tile.rect =
                QRect(known.left() + start, known.top() - added, split.along, added + context);
            tile.fresh = QRect(tile.rect.left(), tile.rect.top(), split.along, added);
            break;
        case ChainSide::Bottom:
            tile.rect = QRect(known.left() + start, known.bottom() + 1 - context, split.along,
                              added + context);
            tile.fresh = QRect(tile.rect.left(), known.bottom() + 1, split.along, added);
            break;
        case ChainSide::Left:
            tile.rect =
                QRect(known.left() - added, known.top() + start, added + context, split.along);
            tile.fresh = QRect(tile.rect.left(), tile.rect.top(), added, split.along);
            break;
        case ChainSide::Right:
            tile.rect = QRect(known.right() + 1 - context, known.top() + start, added + context,
                              split.along);
            tile.fresh = QRect(known.right() + 1, tile.rect.top(), added, split.along);
            break;
        case ChainSide::Whole:
            break;
        }
        tile.reference = tile.rect & known;
        tiles.append(tile);
    }
    return tiles;
}

std::optional<Growth> grow(const QRect &known, QSize canvas, Axis axis)
{
    const bool vertical = axis == Axis::Vertical;
    const int before = vertical ? known.top() : known.left();
    const int after =
        vertical ? canvas.height() - known.bottom() - 1 : canvas.width() - known.right() - 1;
    const int length = vertical ? known.width() : known.height();
    const int knownDepth = vertical ? known.height() : known.width();
    const auto split = bestSplit(length, knownDepth, std::max(before, after));
    if (!split)
        return std::nullopt;

    Growth growth{{}, known};
    const ChainSide first = vertical ? ChainSide::Top : ChainSide::Left;
    const ChainSide second = vertical ? ChainSide::Bottom : ChainSide::Right;
    for (const auto &[side, remaining] : {std::pair{first, before}, std::pair{second, after}}) {
        if (remaining <= 0)
            continue;
        const QList<ChainTile> strip = stripTiles(known, side, remaining, *split);
        for (const ChainTile &tile : strip)
            growth.known |= tile.fresh;
        growth.tiles += strip;
    }
    return growth;
}

// How the first tile of a plan may enclose the whole reference: as tall as the canvas, as wide
// as it, or shaped like it. A reference too thin to grow strips from starts so, and so does
// a panorama whose first job can cover the canvas's whole height.
enum class Enclose { None, FullHeight, FullWidth, CanvasShape };

// The first tile for `how`: as large as one job may be, holding the reference, centred on it
// as far as the canvas allows; empty when `how` cannot hold it.
QRect enclosingTile(const QRect &reference, QSize canvas, Enclose how)
{
    int w = 0, h = 0;
    switch (how) {
    case Enclose::None:
        return {};
    case Enclose::FullHeight:
        h = canvas.height();
        w = int(std::min<qint64>(kMaxTilePixels / h, canvas.width()));
        break;
    case Enclose::FullWidth:
        w = canvas.width();
        h = int(std::min<qint64>(kMaxTilePixels / w, canvas.height()));
        break;
    case Enclose::CanvasShape: {
        const double aspect = double(canvas.width()) / canvas.height();
        w = std::clamp(int(std::sqrt(double(kMaxTilePixels) * aspect)),
                       std::max(reference.width(), kMinSide), canvas.width());
        h = int(std::min<qint64>(kMaxTilePixels / w, canvas.height()));
        if (h < reference.height()) {
            h = reference.height();
            w = int(std::min<qint64>(kMaxTilePixels / h, canvas.width()));
        } else {
            w = int(std::min<qint64>(kMaxTilePixels / h, canvas.width()));
        }
        break;
    }
    }
    if (w < std::max(reference.width(), kMinSide) || h < std::max(reference.height(), kMinSide))
        return {};
    const int x = std::clamp(reference.x() - (w - reference.width()) / 2, 0, canvas.width() - w);
    const int y = std::clamp(reference.y() - (h - reference.height()) / 2, 0, canvas.height() - h);
    const QRect tile(x, y, w, h);
    return tile.contains(reference) ? tile : QRect();
}

std::optional<ChainPlan> simulate(QSize canvas, const QRect &original, Enclose enclose,
                                  Axis firstAxis)
{
    ChainPlan plan;
    plan.canvas = canvas;
    plan.original = original;
    QRect known = original;
    int wave = 0;
    if (enclose != Enclose::None) {
        const QRect rect = enclosingTile(original, canvas, enclose);
        if (rect.isEmpty())
            return std::nullopt;
        plan.tiles.append(ChainTile{0, wave++, ChainSide::Whole, rect, original, rect});
        known = rect;
    }
    const Axis secondAxis = firstAxis == Axis::Vertical ? Axis::Horizontal : Axis::Vertical;
    for (const Axis axis : {firstAxis, secondAxis}) {
        auto done = [&] {
            return axis == Axis::Vertical ? known.height() == canvas.height()
                                          : known.width() == canvas.width();
        };
        while (!done()) {
            if (known.width() < kMinSide || known.height() < kMinSide)
                return std::nullopt;
            const auto growth = grow(known, canvas, axis);
            if (!growth || growth->known == known)
                return std::nullopt;
            for (ChainTile tile : growth->tiles) {
                tile.index = int(plan.tiles.size());
                tile.wave = wave;
                plan.tiles.append(tile);
            }
            if (plan.tiles.size() > kMaxTiles)
                return std::nullopt;
            known = growth->known;
            ++wave;
        }
    }
    return plan;
}

} // namespace

int ChainPlan::waveCount() const
{
    return tiles.isEmpty() ? 0 : tiles.constLast().wave + 1;
}

QList<ChainTile> ChainPlan::wave(int wave) const
{
    QList<ChainTile> result;
    for (const ChainTile &tile : tiles)
        if (tile.wave == wave)
            result.append(tile);
    return result;
}

Pricing::CostEstimate ChainPlan::estimate(std::optional<double> learnedCreditsPerMegapixel) const
{
    QList<QSize> jobs;
    for (const ChainTile &tile : tiles)
        jobs << tile.rect.size();
    return Pricing::estimateJobs(jobs, learnedCreditsPerMegapixel);
}

double ChainPlan::estimatedCredits(std::optional<double> learnedCreditsPerMegapixel) const
{
    return estimate(learnedCreditsPerMegapixel).credits;
}

ChainPlanResult planChain(QSize canvas, const QRect &reference)
{
    if (canvas.width() < kMinSide || canvas.height() < kMinSide)
        return {{},
                QCoreApplication::translate("outframe::ChainPlan",
                                            "The canvas must be at least %1 px on each side.")
                    .arg(kMinSide)};
    if (canvas.width() > ChainPlan::kMaxCanvasSide || canvas.height() > ChainPlan::kMaxCanvasSide)
        return {{},
                QCoreApplication::translate("outframe::ChainPlan",
                                            "The canvas can be at most %1 px on each side.")
                    .arg(ChainPlan::kMaxCanvasSide)};
    const QRect original = reference & QRect(QPoint(0, 0), canvas);
    if (original.isEmpty())
        return {{},
                QCoreApplication::translate("outframe::ChainPlan",
                                            "The image lies entirely outside the canvas.")};

    ChainPlan single;
    single.canvas = canvas;
    single.original = original;
    if (qint64(canvas.width()) * canvas.height() <= kMaxTilePixels) {
        const QRect whole(QPoint(0, 0), canvas);
        single.tiles.append(ChainTile{0, 0, ChainSide::Whole, whole, original, whole});
        return {single, {}};
    }

    std::optional<ChainPlan> best;
    for (const Enclose enclose :
         {Enclose::None, Enclose::FullHeight, Enclose::FullWidth, Enclose::CanvasShape}) {
        for (const Axis axis : {Axis::Vertical, Axis::Horizontal}) {
            auto plan = simulate(canvas, original, enclose, axis);
            if (!plan)
                continue;
            const bool better = !best || plan->tiles.size() < best->tiles.size() ||
                                (plan->tiles.size() == best->tiles.size() &&
                                 plan->estimatedCredits() < best->estimatedCredits());
            if (better)
                best = std::move(plan);
        }
    }
    if (!best)
        return {
            {},
            QCoreApplication::translate(
                "outframe::ChainPlan",
                "This canvas cannot be made from this image in steps of at most 4,194,304 px.")};
    return {*best, {}};
}

MakingPlan planMaking(const Placement &placement)
{
    MakingPlan making;
    making.problems = placement.problems();
    if (placement.outputPixels() <= Placement::kMaxPixels)
        return making;
    const auto tooLarge = [](const PlacementProblem &problem) {
        return problem.kind == PlacementProblem::Kind::CanvasTooLarge;
    };
    const auto canvasProblem =
        std::find_if(making.problems.begin(), making.problems.end(), tooLarge);
    if (canvasProblem == making.problems.end() || placement.visibleReferenceRect().isEmpty())
        return making;
    const ChainPlanResult planned =
        planChain(placement.canvasSize(), placement.visibleReferenceRect());
    if (!planned.problem.isEmpty()) {
        canvasProblem->message = planned.problem;
        return making;
    }
    making.problems.erase(canvasProblem); // a chain makes this size
    if (!making.problems.isEmpty())
        return making;
    making.chain = planned.plan;
    return making;
}

} // namespace outframe
