// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement.h"
#include "pricing.h"

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

namespace outframe {

// Which side of what is known a tile grows.
enum class ChainSide { Whole, Top, Bottom, Left, Right };

// One outpaint of a chain: a part of the canvas of at most 4,194,304 px, sent with the known
// pixels inside it as its reference.
struct ChainTile
{
    int index = 0; // the order in the plan, from 0
    int wave = 0;  // a tile depends only on earlier waves: the tiles of a wave run together
    ChainSide side = ChainSide::Whole;
    QRect rect;      // on the canvas: the canvas of this job
    QRect reference; // on the canvas: known before the wave, inside `rect`
    // On the canvas: where this tile's pixels go. Outside what was known for a strip; for a
    // Whole tile its whole rect, where the original inside stays as it is.
    QRect fresh;

    bool operator==(const ChainTile &other) const = default;
};

// How a canvas larger than the service allows is made: by outpaints that each extend what is
// already known (the original first, then earlier tiles) into the next strip around it.
//
// What is known is always a rectangle. A wave grows it on two opposite sides (top and bottom,
// or left and right) by strips as long as its side; a strip too long for one tile is split
// into tiles that overlap by `kOverlap` px, all sent with the same known pixels, so they are
// independent and run in parallel. Every tile holds as much known context as its area allows,
// at least a quarter of its depth (less only where less is known), because context is what
// makes the new pixels continue the image; a tile never extends past the known rectangle
// along its strip, so its reference is one rectangle of known pixels.
//
// A canvas the service can make in one job gets a plan of one tile.
struct ChainPlan
{
    static constexpr int kMaxCanvasSide = 16384;
    static constexpr int kOverlap = 128;

    QSize canvas;
    QRect original; // the placed reference's visible part: known from the start
    QList<ChainTile> tiles;

    int waveCount() const;
    QList<ChainTile> wave(int wave) const;
    // At the published (or learned) rate, each tile priced as its own job.
    Pricing::CostEstimate estimate(std::optional<double> learnedCreditsPerMegapixel) const;
    double estimatedCredits(std::optional<double> learnedCreditsPerMegapixel = std::nullopt) const;
    bool isEmpty() const { return tiles.isEmpty(); }
};

struct ChainPlanResult
{
    ChainPlan plan;
    QString problem; // why there is no plan, in the artist's words; empty when there is one
};

// Plans `canvas` around the reference placed at `reference` (canvas pixels; the part outside
// the canvas is cropped). The plan with fewer tiles wins (growing the height or the width
// first), then the cheaper one.
ChainPlanResult planChain(QSize canvas, const QRect &reference);

// How a placement is made: by one job when the service takes its canvas, else by a chain of
// jobs (up to 16384 px a side). The app and the CLI decide with this one rule.
struct MakingPlan
{
    // What stops the placement from being made; a canvas over 4,194,304 px only when no
    // chain can make it either.
    QList<PlacementProblem> problems;
    ChainPlan chain; // empty when one job makes it

    bool isChain() const { return !chain.isEmpty(); }
    bool canBeMade() const { return problems.isEmpty(); }
};

MakingPlan planMaking(const Placement &placement);

} // namespace outframe
