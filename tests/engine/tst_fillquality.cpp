// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"
#include "pushpull.h"
#include "qtbridge.h"
#include "seamblend.h"
#include "testimages.h"

#include <QtTest>

using namespace outframe;
using namespace outframe::testing;

namespace {

// Mean |luma step| between each known pixel and its unknown 4-neighbours.
double seamStep(const PixelBuffer &image, const KnownMask &mask)
{
    double sum = 0;
    int n = 0;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            for (const QPoint d : {QPoint(1, 0), QPoint(0, 1)}) {
                const int nx = x + d.x(), ny = y + d.y();
                if (nx >= image.width || ny >= image.height)
                    continue;
                if (mask.isKnown(x, y) == mask.isKnown(nx, ny))
                    continue;
                sum += std::abs(lumaOf(image.at(x, y)) - lumaOf(image.at(nx, ny)));
                ++n;
            }
        }
    }
    return n ? sum / n : 0.0;
}

FillResult fill(const PixelBuffer &input, const KnownMask &mask, FillOptions options = {})
{
    std::atomic_bool cancel{false};
    return fillUnknown(input, mask, options, cancel);
}

PixelBuffer stripes(int w, int h, int period)
{
    PixelBuffer image(w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            image.at(x, y) = (x % period) < period / 2 ? 0xff202840u : 0xffe0d0a0u;
    }
    return image;
}

} // namespace

class TestFillQuality : public QObject
{
    Q_OBJECT

private slots:
    void gradientHasNoSeam();
    void stripesContinueAcrossTheSeam();
    void texturedFillKeepsItsDetail();
    void grainBesideASmoothPartStaysGrainy();
    void anObjectAtTheEdgeIsNotCopiedBelowIt();
    void sourceBandKeepsTheCentreOut();
    void seamBlendBendsOnlyNearTheBorder();
};

void TestFillQuality::gradientHasNoSeam()
{
    const int w = 300, h = 200;
    PixelBuffer truth(w, h);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            truth.at(x, y) = packArgb(255, 255 * x / (w - 1), 90, 255 - 255 * x / (w - 1));
    }
    PixelBuffer input = truth;
    const KnownMask mask = maskOutside(input, QRect(50, 33, 200, 134));
    const FillResult result = fill(input, mask);
    QCOMPARE(result.status, FillStatus::Filled);
    // Neighbouring gradient pixels differ by under one level; a visible seam is several.
    const double step = seamStep(result.image, mask);
    qInfo("gradient seam step %.2f", step);
    QVERIFY2(step < 3.0, qPrintable(QString("seam step %1").arg(step)));
}

void TestFillQuality::stripesContinueAcrossTheSeam()
{
    const PixelBuffer truth = stripes(240, 160, 12);
    PixelBuffer input = truth;
    const QRect kept(40, 27, 160, 106);
    const KnownMask mask = maskOutside(input, kept);
    const FillResult result = fill(input, mask);
    QCOMPARE(result.status, FillStatus::Filled);
    // Above and below the reference the true stripes are known exactly: the fill must keep
    // their phase, not smear them (a blur scores about half the contrast here).
    double error = 0;
    int n = 0;
    for (int y = 0; y < truth.height; ++y) {
        if (y >= kept.top() && y <= kept.bottom())
            continue;
        for (int x = kept.left(); x <= kept.right(); ++x) {
            error += std::abs(lumaOf(result.image.at(x, y)) - lumaOf(truth.at(x, y)));
            ++n;
        }
    }
    const double contrast = lumaOf(0xffe0d0a0u) - lumaOf(0xff202840u);
    qInfo("stripes: mean error %.1f, seam step %.1f, contrast %.1f", error / n,
          seamStep(result.image, mask), contrast);
    QVERIFY2(error / n < 0.1 * contrast, qPrintable(QString("mean error %1").arg(error / n)));
    QVERIFY(seamStep(result.image, mask) < 0.15 * contrast);
}

void TestFillQuality::texturedFillKeepsItsDetail()
{
    const PixelBuffer truth = texturedImage(360, 240, 11);
    PixelBuffer input = truth;
    const KnownMask mask = maskOutside(input, QRect(60, 40, 240, 160));
    const FillResult result = fill(input, mask);
    QCOMPARE(result.status, FillStatus::Filled);
    const double trueDetail = meanGradientUnknown(truth, mask);
    const double ratio = meanGradientUnknown(result.image, mask) / trueDetail;
    QVERIFY2(ratio > 0.7 && ratio < 1.3, qPrintable(QString("detail ratio %1").arg(ratio)));
    // The measure does tell a blur apart: the push-pull wash has almost no detail.
    const double blurRatio = meanGradientUnknown(pushPullFill(input, mask), mask) / trueDetail;
    qInfo("detail ratio %.2f, push-pull %.2f", ratio, blurRatio);
    QVERIFY2(blurRatio < 0.3, qPrintable(QString("push-pull detail ratio %1").arg(blurRatio)));
}

// Most of the reference is one smooth colour, and only a band along its left edge has grain
// of the same mean colour (coffee's saucer and table): the fill beyond that edge must carry on
// the grain. The averaged vote is smooth, smooth sources match it best, and without the detail
// guide the fill settles on the smooth part's patches there.
void TestFillQuality::grainBesideASmoothPartStaysGrainy()
{
    const int w = 360, h = 240;
    PixelBuffer truth(w, h, 0xff966e50u);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < 100; ++x) {
            const int noise = grainAt(x, y, 3) - 16;
            truth.at(x, y) = packArgb(255, 150 + 3 * noise, 110 + 3 * noise, 80 + 2 * noise);
        }
    }
    PixelBuffer input = truth;
    const KnownMask mask = maskOutside(input, QRect(60, 40, 240, 160));
    // Judged on the hole left of the grain band only.
    KnownMask left(w, h, 1);
    for (int y = 40; y < 200; ++y) {
        for (int x = 0; x < 60; ++x)
            left.row(y)[x] = 0;
    }
    const double trueDetail = meanGradientUnknown(truth, left);
    FillOptions flat;
    flat.detailWeight = 0;
    const double without = meanGradientUnknown(fill(input, mask, flat).image, left) / trueDetail;
    const double with = meanGradientUnknown(fill(input, mask).image, left) / trueDetail;
    qInfo("detail ratio left of the grain: %.2f, without the detail guide %.2f", with, without);
    QVERIFY2(with > 0.8, qPrintable(QString("detail ratio %1").arg(with)));
    // The case does tell the guide apart: without it the same fill is much smoother there.
    QVERIFY2(without < with - 0.2, qPrintable(QString("without the detail guide %1").arg(without)));
}

// The astronaut's case (scikit-image's astronaut, NASA, public domain; the benchmark's ring): her
// mission badge comes within a few pixels of the reference's bottom edge. On the coarse levels it
// touches the edge, and a fill that copied it there kept it on every finer level. With one
// occurrence cost on every level, fragments of the badge lay below it with both seeds (174 and
// 468 pixels of its colour here); with the cost raised on the coarse levels, 19 and 25. Below
// the badge the suit goes on.
void TestFillQuality::anObjectAtTheEdgeIsNotCopiedBelowIt()
{
    const QImage photo(QFINDTESTDATA("data/astronaut.jpg"));
    QVERIFY(!photo.isNull());
    PixelBuffer input = toPixelBuffer(photo);
    const int w = input.width, h = input.height;
    const QRect reference(w / 6, h / 6, w - 2 * (w / 6), h - 2 * (h / 6));
    const KnownMask mask = maskOutside(input, reference);
    // The suit below the badge is orange; the badge's purple, blended with it, is bluish.
    const QRect belowTheBadge(w * 3 / 10, reference.bottom() + 1, w * 3 / 10,
                              h - reference.bottom() - 1);
#ifdef OUTFRAME_SANITIZED_BUILD
    const std::initializer_list<std::uint64_t> seeds = {2u}; // the one that copied more
#else
    const std::initializer_list<std::uint64_t> seeds = {1u, 2u};
#endif
    for (const std::uint64_t seed : seeds) {
        FillOptions options;
        options.seed = seed;
        const FillResult result = fill(input, mask, options);
        QCOMPARE(result.status, FillStatus::Filled);
        int badge = 0;
        for (int y = belowTheBadge.top(); y <= belowTheBadge.bottom(); ++y) {
            for (int x = belowTheBadge.left(); x <= belowTheBadge.right(); ++x) {
                const std::uint32_t p = result.image.at(x, y);
                badge += blueOf(p) > greenOf(p) + 15 && redOf(p) < 200 ? 1 : 0;
            }
        }
        qInfo("seed %d: %d pixels of the badge's colour below it", int(seed), badge);
        QVERIFY2(
            badge < 100,
            qPrintable(QString("seed %1: %2 pixels of the badge's colour").arg(seed).arg(badge)));
    }
}

void TestFillQuality::sourceBandKeepsTheCentreOut()
{
    // A red "subject" in the middle of a textured reference must not reappear in the fill
    // when the source is limited to a band along the reference's border.
    PixelBuffer truth = texturedImage(300, 300, 5);
    for (int y = 130; y < 170; ++y) {
        for (int x = 130; x < 170; ++x)
            truth.at(x, y) = 0xffff0000u;
    }
    PixelBuffer input = truth;
    const KnownMask mask = maskOutside(input, QRect(75, 75, 150, 150));
    FillOptions options;
    options.sourceBand = 20;
    const FillResult result = fill(input, mask, options);
    QCOMPARE(result.status, FillStatus::Filled);
    int red = 0;
    for (std::size_t i = 0; i < input.size(); ++i) {
        const std::uint32_t p = result.image.pixels[i];
        red += !mask.known[i] && redOf(p) > 200 && greenOf(p) < 80;
    }
    QCOMPARE(red, 0);
}

void TestFillQuality::seamBlendBendsOnlyNearTheBorder()
{
    // Known left half at level 100, a "fill" on the right at level 140 with some texture.
    const int w = 80, h = 40;
    PixelBuffer image(w, h);
    KnownMask mask(w, h, 0);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const bool known = x < 40;
            mask.row(y)[x] = known ? 1 : 0;
            const int v = known ? 100 : 140 + ((x + y) % 2) * 6;
            image.at(x, y) = packArgb(255, v, v, v);
        }
    }
    const PixelBuffer before = image;
    QVERIFY(blendSeam(image, mask, 10));
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < 40; ++x)
            QCOMPARE(image.at(x, y), before.at(x, y));
        // The first filled column now continues the known level (within the texture).
        QVERIFY2(std::abs(redOf(image.at(40, y)) - 100) <= 8,
                 qPrintable(QString::number(redOf(image.at(40, y)))));
        // Beyond the reach the fill is untouched, texture and all.
        for (int x = 51; x < w; ++x)
            QCOMPARE(image.at(x, y), before.at(x, y));
        // In between the texture survives: neighbours still differ.
        QVERIFY(image.at(45, y) != image.at(46, y));
    }
}

QTEST_GUILESS_MAIN(TestFillQuality)
#include "tst_fillquality.moc"
