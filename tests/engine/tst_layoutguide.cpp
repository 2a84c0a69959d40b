// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailguide.h"
#include "layoutguide.h"
#include "testimages.h"

#include <QtTest>

#include <algorithm>
#include <cstdlib>

using namespace outframe;
using namespace outframe::testing;

namespace {

// Mean colour channel `shift` over a rectangle.
double meanChannel(const PixelBuffer &image, const QRect &rect, int shift)
{
    double sum = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x)
            sum += double((image.at(x, y) >> shift) & 0xffu);
    }
    return sum / (double(rect.width()) * rect.height());
}

// The guide around a dark reference (50, 60, 200, 120) of a 300 x 240 canvas with a white spot.
PixelBuffer guideAroundSpot(const QRect &spot)
{
    PixelBuffer canvas(300, 240, 0xff202020u);
    for (int y = spot.top(); y <= spot.bottom(); ++y) {
        for (int x = spot.left(); x <= spot.right(); ++x)
            canvas.at(x, y) = 0xffffffffu;
    }
    const KnownMask mask = maskOutside(canvas, QRect(50, 60, 200, 120));
    return layoutGuide(canvas, mask, 2);
}

} // namespace

class TestLayoutGuide : public QObject
{
    Q_OBJECT

private slots:
    void extendsEachSideWithItsOwnColour();
    void cornerIsNotOnePixelStretched();
    void brightSpotGlowsWithoutAnEdge();
    void transferMovesTheLayoutAndKeepsTheTexture();
    void detailGuideAsksForGrainBesideGrain();
    void cancelledGuidesAreEmpty();
};

// Sky above, ground below, known in the middle: far above the reference the guide is sky
// blue, far below it is ground brown (a global mean would be a muddy mix of both).
void TestLayoutGuide::extendsEachSideWithItsOwnColour()
{
    const int w = 300, h = 240;
    PixelBuffer canvas(w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            canvas.at(x, y) = y < h / 2 ? 0xff4080e0u : 0xff806040u;
    }
    const KnownMask mask = maskOutside(canvas, QRect(50, 60, 200, 120));
    const PixelBuffer guide = layoutGuide(canvas, mask, 2);
    QVERIFY(meanChannel(guide, QRect(100, 0, 100, 20), 0) > 200);  // blue above
    QVERIFY(meanChannel(guide, QRect(100, 220, 100, 20), 0) < 80); // not blue below
    QVERIFY(meanChannel(guide, QRect(100, 220, 100, 20), 16) > 115);
}

// A bright spot exactly at the reference's corner: replicating the border would paint the
// whole corner quadrant with it; the guide averages the border the corner is close to.
void TestLayoutGuide::cornerIsNotOnePixelStretched()
{
    const PixelBuffer guide = guideAroundSpot(QRect(50, 60, 6, 6));
    const double corner = meanChannel(guide, QRect(0, 0, 30, 30), 8);
    qInfo("far corner green %.1f (border 32, spot 255)", corner);
    QVERIFY(corner < (32 + 255) / 2); // nearer the border's colour than the spot's
}

// A bright spot on the border of a dark reference: above it the guide is a soft glow that
// fades sideways. Averaging the border over one square window as wide as the distance drew a
// plateau with hard edges at 45 degrees (a ray from each bright spot of a sunset into the sky,
// 11 levels within 6 pixels here; four nested windows still left 5); the membrane and sixteen
// nested windows fade it gradually.
void TestLayoutGuide::brightSpotGlowsWithoutAnEdge()
{
    const PixelBuffer guide = guideAroundSpot(QRect(146, 60, 8, 4));
    const int y = 20; // 40 pixels above the reference
    auto green = [&](int x) { return int((guide.at(x, y) >> 8) & 0xffu); };
    QVERIFY(green(150) >= green(60) + 8); // the glow is there
    int steepest = 0;
    for (int x = 0; x + 6 < guide.width; ++x)
        steepest = std::max(steepest, std::abs(green(x + 6) - green(x)));
    qInfo("steepest change over 6 px: %d levels", steepest);
    QVERIFY(steepest <= 4);
}

// A fill with the right grain but the wrong colour far out (gravel brown where the guide says
// sky blue): the transfer takes the guide's colour there and keeps the grain's detail.
void TestLayoutGuide::transferMovesTheLayoutAndKeepsTheTexture()
{
    const int w = 320, h = 200;
    PixelBuffer guide(w, h, 0xff3060d0u);
    PixelBuffer work = texturedImage(w, h, 3); // colours around (110, 125, 135) with grain
    KnownMask known(w, h, 0);
    for (int y = 80; y < 120; ++y) {
        for (int x = 100; x < 220; ++x)
            known.row(y)[x] = 1;
    }
    PixelBuffer out = work;
    std::atomic_bool cancel{false};
    QVERIFY(transferLayout(out, known, work, known, guide, 6, 28, 100, 2, &cancel));
    const QRect far(0, 0, 60, 40);
    QVERIFY(std::abs(meanChannel(out, far, 0) - 0xd0) < 8);
    QVERIFY(std::abs(meanChannel(out, far, 16) - 0x30) < 8);
    const double before = meanGradientUnknown(work, known), after = meanGradientUnknown(out, known);
    qInfo("detail before %.2f, after %.2f", before, after);
    QVERIFY(after > 0.7 * before);
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (known.known[i])
            QCOMPARE(out.pixels[i], work.pixels[i]);
    }
}

// Grain in the reference's left half, one flat colour in its right half: the hole beyond the
// left edge asks for grain, the hole beyond the right edge for a smooth fill, and a known grain
// pixel's own value is as high as the hole's beside it (so sources and targets compare).
void TestLayoutGuide::detailGuideAsksForGrainBesideGrain()
{
    const int w = 300, h = 160;
    PixelBuffer canvas(w, h, 0xff808080u);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w / 2; ++x) {
            const int v = 100 + 2 * grainAt(x, y, 7);
            canvas.at(x, y) = packArgb(255, v, v, v);
        }
    }
    const KnownMask mask = maskOutside(canvas, QRect(60, 0, 180, h));
    const std::vector<std::uint8_t> detail = detailGuide(canvas, mask, 3);
    QCOMPARE(detail.size(), canvas.size());
    auto at = [&](int x, int y) { return int(detail[std::size_t(y) * w + x]); };
    qInfo("detail guide: left hole %d, known grain %d, right hole %d", at(20, 80), at(100, 80),
          at(280, 80));
    QVERIFY(at(20, 80) > 40);
    QVERIFY(at(280, 80) < 5);
    QVERIFY(std::abs(at(20, 80) - at(100, 80)) < at(100, 80) / 4);
}

// A cancelled fill must not wait for the guides: at the working size each takes tens of
// milliseconds, a good part of the fill's 100 ms bound for stopping.
void TestLayoutGuide::cancelledGuidesAreEmpty()
{
    PixelBuffer canvas = texturedImage(600, 400, 2);
    const KnownMask mask = maskOutside(canvas, QRect(100, 70, 400, 260));
    const std::atomic_bool cancel{true};
    QVERIFY(layoutGuide(canvas, mask, 2, &cancel).isEmpty());
    QVERIFY(detailGuide(canvas, mask, 3, &cancel).empty());
    const std::atomic_bool go{false};
    QCOMPARE(layoutGuide(canvas, mask, 2, &go).size(), canvas.size());
    QCOMPARE(detailGuide(canvas, mask, 3, &go).size(), canvas.size());
}

QTEST_APPLESS_MAIN(TestLayoutGuide)
#include "tst_layoutguide.moc"
