// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "patchmatch.h"

#include <QtTest>

using namespace outframe;

// The occurrence cost (countUsage): copying one object again and again costs, continuing a
// structure that repeats does not.
class TestOccurrence : public QObject
{
    Q_OBJECT

private slots:
    void oneOfAKindCostsARepeatingStructureDoesNot();
    void cancelStopsTheSearchForLookAlikes();
};

namespace {

// A grey wall with one red tile at (70, 35) and a dark vertical gap at x 150..152 running its
// whole height; the bottom rows are to be filled.
CompletionLevel wallWithTileAndGap(int radius)
{
    const int w = 210, h = 140;
    CompletionLevel level;
    level.image = PixelBuffer(w, h, 0xff808080u);
    for (int y = 35; y < 42; ++y) {
        for (int x = 70; x < 77; ++x)
            level.image.at(x, y) = 0xffd02020u;
    }
    for (int y = 0; y < h; ++y) {
        for (int x = 150; x < 153; ++x)
            level.image.at(x, y) = 0xff181818u;
    }
    level.mask = KnownMask(w, h, 1);
    for (int y = 126; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            level.mask.row(y)[x] = 0;
    }
    prepareLevel(level, radius, 0, 8);
    return level;
}

} // namespace

// When many targets copy the red tile's cell, and as many copy one cell of the gap, only the red
// tile's copies cost: the gap's cell has look-alikes all along the gap, and copying it again
// continues the gap (BytheWater's planks stopped dead at the reference's edge while every cell that
// stood out was charged alike).
void TestOccurrence::oneOfAKindCostsARepeatingStructureDoesNot()
{
    const int radius = 3;
    CompletionLevel level = wallWithTileAndGap(radius);
    const int w = level.width();
    QVERIFY(level.sourceCount > 0);
    const std::int32_t tile = 38 * w + 73, gap = 38 * w + 151;
    QVERIFY(level.source[std::size_t(tile)] && level.source[std::size_t(gap)]);
    int toTile = 0, toGap = 0;
    for (std::int32_t &source : level.nnf) {
        if (source < 0)
            continue;
        source = toTile <= toGap ? tile : gap;
        (source == tile ? toTile : toGap)++;
    }
    QVERIFY(toTile > 200 && toGap > 200); // several copies of each cell's worth

    QVERIFY(countUsage(level, radius, 3000));
    const std::int32_t tileCost = level.reusePenalty[std::size_t(tile)];
    const std::int32_t gapCost = level.reusePenalty[std::size_t(gap)];
    qInfo("cost per patch pixel of one more copy: red tile %d, gap %d", tileCost, gapCost);
    QVERIFY(tileCost > 1000);
    QCOMPARE(gapCost, 0);
}

// The look-alike search compares every salient cell with every other: with the cancel flag
// set it stops and says so, leaving nothing half computed behind.
void TestOccurrence::cancelStopsTheSearchForLookAlikes()
{
    CompletionLevel level = wallWithTileAndGap(3);
    const std::atomic_bool cancel{true};
    QVERIFY(!countUsage(level, 3, 3000, &cancel));
    QVERIFY(level.salience.empty());
    const std::atomic_bool go{false};
    QVERIFY(countUsage(level, 3, 3000, &go));
    QVERIFY(!level.salience.empty());
}

QTEST_GUILESS_MAIN(TestOccurrence)
#include "tst_occurrence.moc"
