// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourmatch.h"
#include "compositing.h"
#include "layerrenderer.h"
#include "resample.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace outframe;

// Seam handling measured on numbers: a synthetic scene with photographic traits (smooth
// shading, structure at several scales, fine grain) stands in for the world; the "model"
// renders the same scene with a colour cast that drifts across the canvas and its own grain,
// as outpainting models do.
class TestSeams : public QObject
{
    Q_OBJECT

private slots:
    void pasteBackIsPixelExact_data();
    void pasteBackIsPixelExact();
    void colourMatchRemovesTheStep_data();
    void colourMatchRemovesTheStep();
    void colourMatchLeavesAMatchingResultAlone();
    void featherFadesIntoTheOriginal();
    void featherSkipsCanvasEdges();
    void nativeResolutionKeepsEveryOriginalPixel();
    void bicubicReproducesSmoothContent();
    void bicubicDoesNotBleedTransparentColour();
};

static double sceneValue(int channel, double x, double y)
{
    const double base[3] = {120, 135, 150};
    return base[channel] + 40 * std::sin(x / 53.0 + channel) * std::cos(y / 71.0) +
           25 * std::sin((x + 2 * y) / 17.0 + channel * 0.7) + 0.15 * (x - y);
}

// The scene over `rect` of the canvas, plus a cast (r, g, b offsets as a function of
// canvas position) and uniform grain of +/- `grain` levels from `seed`.
template<typename Cast> static QImage scene(const QRect &rect, Cast cast, int grain, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage img(rect.size(), QImage::Format_RGB32);
    for (int y = 0; y < rect.height(); ++y) {
        for (int x = 0; x < rect.width(); ++x) {
            const int cx = rect.x() + x, cy = rect.y() + y;
            const std::array<double, 3> c = cast(cx, cy);
            int v[3];
            for (int k = 0; k < 3; ++k) {
                const double g = grain ? rng.bounded(2 * grain + 1) - grain : 0;
                v[k] = qBound(0, int(std::lround(sceneValue(k, cx, cy) + c[size_t(k)] + g)), 255);
            }
            img.setPixel(x, y, qRgb(v[0], v[1], v[2]));
        }
    }
    return img;
}

static std::array<double, 3> noCast(int, int)
{
    return {0, 0, 0};
}

static std::array<double, 3> driftingCast(int x, int y)
{
    return {22 + 8 * std::sin(y / 45.0), -14 + 5 * std::cos(x / 60.0), 16 * std::cos(y / 80.0)};
}

static double channelStep(QRgb a, QRgb b)
{
    return (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
            std::abs(qBlue(a) - qBlue(b))) /
           3.0;
}

struct Steps
{
    double seam = 0;     // between the outermost original pixel and its outside neighbour
    double interior = 0; // between the outermost and the next original pixel inward
};

// Mean absolute steps along every seam of `rect` in `image` (corners left out).
static Steps measure(const QImage &image, const QRect &rect)
{
    Steps s;
    int n = 0;
    const auto add = [&](QPoint edge, QPoint outward) {
        const QPoint out = edge + outward, in = edge - outward;
        if (!image.rect().contains(out))
            return;
        s.seam += channelStep(image.pixel(edge), image.pixel(out));
        s.interior += channelStep(image.pixel(edge), image.pixel(in));
        ++n;
    };
    for (int y = rect.top() + 2; y <= rect.bottom() - 2; ++y) {
        add({rect.left(), y}, {-1, 0});
        add({rect.right(), y}, {1, 0});
    }
    for (int x = rect.left() + 2; x <= rect.right() - 2; ++x) {
        add({x, rect.top()}, {0, -1});
        add({x, rect.bottom()}, {0, 1});
    }
    s.seam /= n;
    s.interior /= n;
    return s;
}

void TestSeams::pasteBackIsPixelExact_data()
{
    QTest::addColumn<QRect>("where");
    QTest::addColumn<bool>("colourMatch");
    QTest::addColumn<int>("feather");
    QTest::newRow("centred") << QRect(60, 50, 120, 90) << true << 0;
    QTest::newRow("top-left corner") << QRect(0, 0, 120, 90) << true << 0;
    QTest::newRow("bottom edge") << QRect(40, 110, 120, 90) << true << 0;
    QTest::newRow("no colour match") << QRect(60, 50, 120, 90) << false << 0;
    QTest::newRow("feather 10, inner part") << QRect(60, 50, 120, 90) << true << 10;
}

void TestSeams::pasteBackIsPixelExact()
{
    QFETCH(QRect, where);
    QFETCH(bool, colourMatch);
    QFETCH(int, feather);
    const QRect canvas(0, 0, 240, 200);
    ResultLayer layer;
    layer.image = scene(canvas, driftingCast, 6, 1);
    layer.placement = Placement(canvas.size(), where.size());
    layer.placement.setOffset(where.topLeft());
    layer.seam.colourMatch = colourMatch;
    layer.seam.featherPx = feather;
    const QImage reference = scene(where, noCast, 6, 2);
    const QImage out = renderLayer(layer, reference);
    QCOMPARE(out.size(), canvas.size());
    // Exact inside the reference, less the feather band along the seams.
    const QRect exact =
        where.adjusted(where.left() > 0 ? feather : 0, where.top() > 0 ? feather : 0,
                       where.right() < canvas.right() ? -feather : 0,
                       where.bottom() < canvas.bottom() ? -feather : 0);
    QCOMPARE(out.copy(exact), reference.copy(exact.translated(-where.topLeft())));
}

void TestSeams::colourMatchRemovesTheStep_data()
{
    QTest::addColumn<int>("grain");
    QTest::newRow("grain 6") << 6;
    QTest::newRow("grain 2") << 2;
    QTest::newRow("no grain") << 0;
}

void TestSeams::colourMatchRemovesTheStep()
{
    QFETCH(int, grain);
    const QRect canvas(0, 0, 420, 320);
    const QRect where(110, 80, 200, 150);
    const QImage generated = scene(canvas, driftingCast, grain, 11);
    const QImage reference = scene(where, noCast, grain, 12);

    const Steps plain = measure(pasteBackOriginal(generated, reference, where), where);
    const Steps matched = measure(
        pasteBackOriginal(colourMatched(generated, reference, where), reference, where), where);
    qInfo("grain %d: step across the seam %.2f plain, %.2f colour matched; inside the original "
          "%.2f",
          grain, plain.seam, matched.seam, matched.interior);
    QVERIFY2(plain.seam > 3 * plain.interior, "the cast should show as a step without matching");
    QVERIFY2(matched.seam <= matched.interior,
             qPrintable(
                 QStringLiteral("seam %1 > interior %2").arg(matched.seam).arg(matched.interior)));

    // Away from the seam the cast is mostly removed too: the membrane follows the drift.
    const QImage fixedUp = colourMatched(generated, reference, where);
    const QImage truth = scene(canvas, noCast, 0, 0);
    double before = 0, after = 0;
    int n = 0;
    for (int y = 5; y < canvas.height(); y += 9) {
        for (int x = 5; x < canvas.width(); x += 9) {
            if (where.adjusted(-20, -20, 20, 20).contains(x, y) ||
                !where.adjusted(-60, -60, 60, 60).contains(x, y))
                continue;
            before += channelStep(generated.pixel(x, y), truth.pixel(x, y));
            after += channelStep(fixedUp.pixel(x, y), truth.pixel(x, y));
            ++n;
        }
    }
    QVERIFY2(after < 0.5 * before,
             qPrintable(QStringLiteral("%1 vs %2").arg(after / n).arg(before / n)));
}

void TestSeams::colourMatchLeavesAMatchingResultAlone()
{
    const QRect canvas(0, 0, 200, 160);
    const QRect where(50, 40, 100, 80);
    const QImage generated = scene(canvas, noCast, 0, 0);
    const QImage reference = generated.copy(where);
    const QImage out = colourMatched(generated, reference, where);
    // Nothing to correct: far from the seam not one level changes, and next to it only the
    // image's own one-pixel gradient is evened out (a few levels).
    int nearSeam = 0, farAway = 0;
    const QRect band = where.adjusted(-8, -8, 8, 8);
    for (int y = 0; y < canvas.height(); ++y) {
        for (int x = 0; x < canvas.width(); ++x) {
            const int d = int(channelStep(out.pixel(x, y), generated.pixel(x, y)) * 3);
            (band.contains(x, y) ? nearSeam : farAway) =
                qMax(band.contains(x, y) ? nearSeam : farAway, d);
        }
    }
    QCOMPARE(farAway, 0);
    QVERIFY2(nearSeam <= 3 * 3, qPrintable(QString::number(nearSeam)));
    // No seam at all: the reference covers the canvas.
    QCOMPARE(colourMatched(generated, generated, canvas), generated);
}

void TestSeams::featherFadesIntoTheOriginal()
{
    const QRect canvas(0, 0, 300, 240);
    const QRect where(80, 60, 140, 120);
    QImage generated(canvas.size(), QImage::Format_RGB32);
    generated.fill(qRgb(200, 200, 200));
    QImage reference(where.size(), QImage::Format_RGB32);
    reference.fill(qRgb(100, 100, 100));
    constexpr int kFeather = 16;
    const QImage hard = pasteBackFeathered(generated, reference, where, 0);
    const QImage soft = pasteBackFeathered(generated, reference, where, kFeather);
    const int y = where.center().y();
    // Without feather: one step of 100 levels. With it: spread over the band, no step larger
    // than a fifth of that, rising monotonically to the exact original.
    QCOMPARE(qRed(hard.pixel(where.left() - 1, y)) - qRed(hard.pixel(where.left(), y)), 100);
    int largest = 0;
    int previous = qRed(soft.pixel(where.left() - 1, y));
    for (int x = where.left(); x < where.left() + kFeather + 2; ++x) {
        const int v = qRed(soft.pixel(x, y));
        QVERIFY(v <= previous);
        largest = qMax(largest, previous - v);
        previous = v;
    }
    QVERIFY2(largest <= 20, qPrintable(QString::number(largest)));
    QCOMPARE(soft.pixel(where.left() + kFeather, y), qRgb(100, 100, 100));
    QCOMPARE(soft.pixel(where.right() - kFeather, y), qRgb(100, 100, 100));
}

void TestSeams::featherSkipsCanvasEdges()
{
    // A reference flush with the left and top edges has seams only on its right and bottom.
    QImage generated(200, 150, QImage::Format_RGB32);
    generated.fill(qRgb(0, 0, 0));
    QImage reference(100, 80, QImage::Format_RGB32);
    reference.fill(qRgb(255, 255, 255));
    const QImage out = pasteBackFeathered(generated, reference, QRect(0, 0, 100, 80), 12);
    QCOMPARE(out.pixel(0, 40), qRgb(255, 255, 255));
    QCOMPARE(out.pixel(40, 0), qRgb(255, 255, 255));
    QVERIFY(qRed(out.pixel(99, 40)) < 40);
    QCOMPARE(distanceToSeam(QRect(0, 0, 100, 80), QRect(0, 0, 100, 80), 5, 5), -1);
}

void TestSeams::nativeResolutionKeepsEveryOriginalPixel()
{
    // A 400 x 300 reference sent at half size onto a 320 x 240 canvas.
    const QRect nativeRect(0, 0, 400, 300);
    const QImage native = scene(nativeRect, noCast, 4, 5);
    Placement p(QSize(320, 240), native.size());
    p.setReferenceScale(0.5);
    p.setOffset({60, 45});
    ResultLayer layer;
    layer.placement = p;
    layer.image = scene(QRect(0, 0, 320, 240), driftingCast, 4, 6);
    layer.referenceRect = p.referenceRect();
    QCOMPARE(nativeCanvasSize(p), QSize(640, 480));
    QCOMPARE(nativeReferenceRect(p), QRect(120, 90, 400, 300));
    const QImage out = renderLayerNative(layer, native);
    QCOMPARE(out.size(), QSize(640, 480));
    QCOMPARE(out.copy(QRect(120, 90, 400, 300)), native);
    // The surround is the model's, enlarged: compare with its own pixels at canvas scale.
    const QImage small = renderLayer(layer, native);
    for (const QPoint at : {QPoint(10, 10), QPoint(600, 20), QPoint(300, 460)}) {
        const QRgb big = out.pixel(at), ref = small.pixel(at / 2);
        QVERIFY2(channelStep(big, ref) < 16,
                 qPrintable(QStringLiteral("at %1,%2").arg(at.x()).arg(at.y())));
    }
}

void TestSeams::bicubicReproducesSmoothContent()
{
    QImage ramp(64, 48, QImage::Format_RGB32);
    for (int y = 0; y < 48; ++y)
        for (int x = 0; x < 64; ++x)
            ramp.setPixel(x, y, qRgb(2 * x + 40, 3 * y + 20, 90));
    const QImage big = resampleBicubic(ramp, {256, 192});
    QCOMPARE(big.size(), QSize(256, 192));
    // A linear ramp stays linear (Catmull-Rom reproduces linear functions) away from borders.
    for (int y = 16; y < 176; y += 7) {
        for (int x = 16; x < 240; x += 7) {
            const double sx = (x + 0.5) / 4 - 0.5, sy = (y + 0.5) / 4 - 0.5;
            QVERIFY(std::abs(qRed(big.pixel(x, y)) - (2 * sx + 40)) <= 1.0);
            QVERIFY(std::abs(qGreen(big.pixel(x, y)) - (3 * sy + 20)) <= 1.0);
            QCOMPARE(qBlue(big.pixel(x, y)), 90);
        }
    }
    // Downscaling falls back to Qt's smooth scaling and keeps the requested size.
    QCOMPARE(resampleBicubic(ramp, {32, 24}).size(), QSize(32, 24));
}

void TestSeams::bicubicDoesNotBleedTransparentColour()
{
    QImage img(16, 16, QImage::Format_ARGB32);
    img.fill(qRgba(255, 0, 0, 0)); // invisible red
    for (int y = 0; y < 16; ++y)
        for (int x = 8; x < 16; ++x)
            img.setPixel(x, y, qRgba(0, 0, 255, 255));
    const QImage big = resampleBicubic(img, {64, 64});
    QVERIFY(big.hasAlphaChannel());
    for (int x = 0; x < 64; ++x) {
        const QRgb p = big.pixel(x, 32);
        if (qAlpha(p) > 0)
            QVERIFY2(qRed(p) == 0, qPrintable(QStringLiteral("red bled in at x=%1").arg(x)));
    }
}

QTEST_GUILESS_MAIN(TestSeams)
#include "tst_seams.moc"
