// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainplan.h"

#include <QImage>
#include <QString>

namespace outframe {

// The canvas of a chain as its tiles come back: the original first, then each tile's new
// pixels in the plan's order. The original's pixels are never written again.
//
// A tile's result is colour-matched to the known pixels it was sent with (the seam rule of
// every job), and only its `fresh` pixels are taken. Where two tiles of one wave overlap,
// the later fades in over the overlap along the strip (smoothstep), so their border shows
// no step; both were made from the same known pixels beside it.
class ChainCanvas
{
public:
    // `original` holds the pixels of `plan.original` (the placed reference, scaled and
    // cropped to the canvas).
    ChainCanvas(ChainPlan plan, const QImage &original);

    const ChainPlan &plan() const { return m_plan; }
    const QImage &image() const { return m_image; }

    // What to send with `tile`: the known pixels of `tile.reference`. Valid once every tile of
    // the earlier waves has been added.
    QImage referenceFor(const ChainTile &tile) const;

    // Takes `tile`'s new pixels from `result` (the service's canvas for that tile). Tiles of
    // one wave are added in index order, after all tiles of the earlier waves. False, with
    // the reason in `problem`, when `result` is not the tile's size or comes out of order.
    bool add(const ChainTile &tile, const QImage &result, QString *problem = nullptr);

    // The number of tiles added so far (they are added in the plan's order).
    int added() const { return m_added; }
    bool isComplete() const { return m_added == m_plan.tiles.size(); }

private:
    ChainPlan m_plan;
    QImage m_image;
    int m_added = 0;
};

} // namespace outframe
