// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framegeometry.h"

#include <QTest>

#include <cmath>

using namespace outframe;

Q_DECLARE_METATYPE(outframe::FrameEdges)

class TestFrameGeometry : public QObject
{
    Q_OBJECT

private slots:
    void nativeResolutionKeepsTheFraming();
    void resize_data();
    void resize();
    void resizeKeepsAspect_data();
    void resizeKeepsAspect();
    void aspectPresets_data();
    void aspectPresets();
    void largestSizeWithin_data();
    void largestSizeWithin();
    void canvasSizeKeepsRelativePosition_data();
    void canvasSizeKeepsRelativePosition();
    void fitToLimit();
    void extendByQuarter_data();
    void extendByQuarter();
    void scaleKeepsCentre();
    void anchoredCanvasSize_data();
    void anchoredCanvasSize();
    void addedMargins();
    void extendOnAnchoredSides_data();
    void extendOnAnchoredSides();
};

void TestFrameGeometry::resize_data()
{
    QTest::addColumn<FrameEdges>("edges");
    QTest::addColumn<QPoint>("delta");
    QTest::addColumn<bool>("fromCentre");
    QTest::addColumn<QRect>("expected");

    const FrameEdges L = FrameEdge::Left, R = FrameEdge::Right, T = FrameEdge::Top,
                     B = FrameEdge::Bottom;
    // Start frame for every row: QRect(0, 0, 400, 300).
    QTest::newRow("left out") << L << QPoint(-50, 7) << false << QRect(-50, 0, 450, 300);
    QTest::newRow("right in") << R << QPoint(-100, 9) << false << QRect(0, 0, 300, 300);
    QTest::newRow("top") << T << QPoint(3, -20) << false << QRect(0, -20, 400, 320);
    QTest::newRow("bottom") << B << QPoint(3, 40) << false << QRect(0, 0, 400, 340);
    QTest::newRow("top-left") << (T | L) << QPoint(-10, -20) << false << QRect(-10, -20, 410, 320);
    QTest::newRow("top-right") << (T | R) << QPoint(10, 20) << false << QRect(0, 20, 410, 280);
    QTest::newRow("bottom-left") << (B | L) << QPoint(10, 20) << false << QRect(10, 0, 390, 320);
    QTest::newRow("bottom-right") << (B | R) << QPoint(-10, -20) << false << QRect(0, 0, 390, 280);
    QTest::newRow("right from centre") << R << QPoint(30, 0) << true << QRect(-30, 0, 460, 300);
    QTest::newRow("corner from centre")
        << (B | R) << QPoint(10, 20) << true << QRect(-10, -20, 420, 340);
    // Dragging an edge past the other one stops at the minimum side.
    QTest::newRow("left past right") << L << QPoint(1000, 0) << false << QRect(336, 0, 64, 300);
    QTest::newRow("top past bottom") << T << QPoint(0, 900) << false << QRect(0, 236, 400, 64);
}

void TestFrameGeometry::resize()
{
    QFETCH(FrameEdges, edges);
    QFETCH(QPoint, delta);
    QFETCH(bool, fromCentre);
    QFETCH(QRect, expected);
    FrameResizeOptions options;
    options.fromCentre = fromCentre;
    options.minSide = 64;
    QCOMPARE(resizeFrame(QRect(0, 0, 400, 300), edges, delta, options), expected);
}

void TestFrameGeometry::resizeKeepsAspect_data()
{
    QTest::addColumn<FrameEdges>("edges");
    QTest::addColumn<QPoint>("delta");
    QTest::addColumn<bool>("fromCentre");
    QTest::addColumn<QRect>("expected");

    const FrameEdges L = FrameEdge::Left, R = FrameEdge::Right, T = FrameEdge::Top,
                     B = FrameEdge::Bottom;
    // 400 x 300 (4:3). A corner follows the side pulled further; the opposite corner stays.
    QTest::newRow("bottom-right wide")
        << (B | R) << QPoint(80, 0) << false << QRect(0, 0, 480, 360);
    QTest::newRow("bottom-right tall")
        << (B | R) << QPoint(0, 60) << false << QRect(0, 0, 480, 360);
    QTest::newRow("top-left") << (T | L) << QPoint(-40, -3) << false << QRect(-40, -30, 440, 330);
    // An edge handle grows the other axis about its centre.
    QTest::newRow("right edge") << R << QPoint(40, 0) << false << QRect(0, -15, 440, 330);
    QTest::newRow("bottom edge") << B << QPoint(0, -60) << false << QRect(40, 0, 320, 240);
    QTest::newRow("corner from centre")
        << (B | R) << QPoint(40, 0) << true << QRect(-40, -30, 480, 360);
}

void TestFrameGeometry::resizeKeepsAspect()
{
    QFETCH(FrameEdges, edges);
    QFETCH(QPoint, delta);
    QFETCH(bool, fromCentre);
    QFETCH(QRect, expected);
    FrameResizeOptions options;
    options.keepAspect = true;
    options.fromCentre = fromCentre;
    options.minSide = 64;
    const QRect got = resizeFrame(QRect(0, 0, 400, 300), edges, delta, options);
    QCOMPARE(got, expected);
    QVERIFY(std::abs(double(got.width()) / got.height() - 4.0 / 3.0) < 0.01);
}

void TestFrameGeometry::aspectPresets_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QSize>("reference");
    QTest::addColumn<int>("ratioW");
    QTest::addColumn<int>("ratioH");

    QTest::newRow("1:1 from 3:2") << QSize(1500, 1000) << QSize(1000, 666) << 1 << 1;
    QTest::newRow("16:9 holds a tall reference") << QSize(900, 1200) << QSize(600, 1000) << 16 << 9;
    QTest::newRow("9:16 holds a wide reference") << QSize(1600, 900) << QSize(1200, 700) << 9 << 16;
    QTest::newRow("21:9 capped at 4 MP") << QSize(2048, 2048) << QSize(1500, 1000) << 21 << 9;
    QTest::newRow("4:5 small") << QSize(200, 200) << QSize(100, 100) << 4 << 5;
}

void TestFrameGeometry::aspectPresets()
{
    QFETCH(QSize, canvas);
    QFETCH(QSize, reference);
    QFETCH(int, ratioW);
    QFETCH(int, ratioH);
    Placement p(canvas, reference);
    const double ratio = double(ratioW) / ratioH;
    const Placement out = withAspectRatio(p, ratio);
    const QSize got = out.canvasSize();
    QVERIFY2(std::abs(double(got.width()) / got.height() - ratio) < 0.01,
             qPrintable(QStringLiteral("%1x%2").arg(got.width()).arg(got.height())));
    QVERIFY(out.outputPixels() <= Placement::kMaxPixels);
    QVERIFY(got.width() >= reference.width());
    QVERIFY(got.height() >= reference.height());
    QVERIFY(out.isValid());
}

void TestFrameGeometry::largestSizeWithin_data()
{
    QTest::addColumn<double>("ratio");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("1:1") << 1.0 << QSize(2048, 2048);
    QTest::newRow("16:9") << 16.0 / 9.0 << QSize(2730, 1535);
    QTest::newRow("9:16") << 9.0 / 16.0 << QSize(1536, 2730);
    QTest::newRow("3:2") << 1.5 << QSize(2508, 1672);
}

void TestFrameGeometry::largestSizeWithin()
{
    QFETCH(double, ratio);
    QFETCH(QSize, expected);
    const QSize got = outframe::largestSizeWithin(ratio, Placement::kMaxPixels);
    QCOMPARE(got, expected);
    QVERIFY(qint64(got.width()) * got.height() <= Placement::kMaxPixels);
    // One more pixel on either side would break the limit or the ratio by more than a pixel.
    QVERIFY(qint64(got.width() + 1) * (got.height() + 1) > Placement::kMaxPixels);
}

void TestFrameGeometry::canvasSizeKeepsRelativePosition_data()
{
    QTest::addColumn<std::optional<int>>("x");
    QTest::addColumn<std::optional<int>>("expectedX");
    // Reference 100 wide; canvas 300 -> 500: the margin goes 200 -> 400.
    QTest::newRow("centred stays centred") << std::optional<int>() << std::optional<int>();
    QTest::newRow("flush left") << std::optional<int>(0) << std::optional<int>(0);
    QTest::newRow("flush right") << std::optional<int>(200) << std::optional<int>(400);
    QTest::newRow("a quarter") << std::optional<int>(50) << std::optional<int>(100);
    QTest::newRow("overhang is left alone") << std::optional<int>(-30) << std::optional<int>(-30);
}

void TestFrameGeometry::canvasSizeKeepsRelativePosition()
{
    QFETCH(std::optional<int>, x);
    QFETCH(std::optional<int>, expectedX);
    Placement p(QSize(300, 300), QSize(100, 100));
    p.setOffsetX(x);
    const Placement out = withCanvasSize(p, QSize(500, 300));
    QCOMPARE(out.canvasSize(), QSize(500, 300));
    QCOMPARE(out.offsetX(), expectedX);
    QCOMPARE(out.offsetY(), p.offsetY());
}

void TestFrameGeometry::fitToLimit()
{
    Placement p(QSize(1600, 900), QSize(800, 450));
    const Placement out = withFrameFittedToLimit(p);
    QCOMPARE(out.canvasSize(), QSize(2730, 1535));
    QVERIFY(out.isValid());
    // Already too large: it shrinks.
    Placement big(QSize(4000, 4000), QSize(1000, 1000));
    QCOMPARE(withFrameFittedToLimit(big).canvasSize(), QSize(2048, 2048));
}

void TestFrameGeometry::extendByQuarter_data()
{
    QTest::addColumn<QSize>("reference");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("small") << QSize(800, 600) << QSize(1200, 900);
    QTest::newRow("odd") << QSize(333, 101) << QSize(500, 152);
    // 2000 x 1500 would need 3000 x 2250: shrunk to the limit at the same ratio.
    QTest::newRow("capped") << QSize(2000, 1500) << QSize(2364, 1773);
}

void TestFrameGeometry::extendByQuarter()
{
    QFETCH(QSize, reference);
    QFETCH(QSize, expected);
    Placement p(reference, reference);
    p.setOffset(QPoint(5, 5));
    const Placement out = withExtendedFrame(p, 0.25);
    QCOMPARE(out.canvasSize(), expected);
    QCOMPARE(out.offsetX(), std::optional<int>());
    QCOMPARE(out.offsetY(), std::optional<int>());
    QVERIFY(out.outputPixels() <= Placement::kMaxPixels);
}

void TestFrameGeometry::scaleKeepsCentre()
{
    Placement p(QSize(1000, 1000), QSize(400, 200));
    p.setOffset(QPoint(100, 300)); // centre (300, 400)
    const Placement half = withReferenceScale(p, 0.5);
    QCOMPARE(half.referenceRect(), QRect(200, 350, 200, 100));
    Placement centred(QSize(1000, 1000), QSize(400, 200));
    const Placement doubled = withReferenceScale(centred, 2.0);
    QCOMPARE(doubled.offsetX(), std::optional<int>());
    QCOMPARE(doubled.referenceRect(), QRect(100, 300, 800, 400));
}

// Reference 100 x 100 at (50, 40) in a 300 x 200 frame; the frame becomes 400 x 260.
void TestFrameGeometry::anchoredCanvasSize_data()
{
    QTest::addColumn<int>("anchor");
    QTest::addColumn<QPoint>("expectedOffset");
    QTest::newRow("top left") << int(Qt::AlignLeft | Qt::AlignTop) << QPoint(50, 40);
    QTest::newRow("centre") << int(Qt::AlignCenter) << QPoint(100, 70);
    QTest::newRow("bottom right") << int(Qt::AlignRight | Qt::AlignBottom) << QPoint(150, 100);
    QTest::newRow("left middle") << int(Qt::AlignLeft | Qt::AlignVCenter) << QPoint(50, 70);
    QTest::newRow("top centre") << int(Qt::AlignHCenter | Qt::AlignTop) << QPoint(100, 40);
}

void TestFrameGeometry::anchoredCanvasSize()
{
    QFETCH(int, anchor);
    QFETCH(QPoint, expectedOffset);
    Placement p(QSize(300, 200), QSize(100, 100));
    p.setOffset(QPoint(50, 40));
    const Placement out = withCanvasSize(p, QSize(400, 260), Qt::Alignment(anchor));
    QCOMPARE(out.canvasSize(), QSize(400, 260));
    QCOMPARE(out.resolvedOffset(), expectedOffset);
    // Shrinking back the same way restores the placement.
    const Placement back = withCanvasSize(out, QSize(300, 200), Qt::Alignment(anchor));
    QCOMPARE(back.resolvedOffset(), QPoint(50, 40));

    // A centred reference anchored in the centre stays centred, odd growth or not.
    const Placement centred(QSize(300, 200), QSize(100, 100));
    const Placement grown = withCanvasSize(centred, QSize(401, 263), Qt::AlignCenter);
    QCOMPARE(grown.offsetX(), std::optional<int>());
    QCOMPARE(grown.offsetY(), std::optional<int>());
}

void TestFrameGeometry::addedMargins()
{
    Placement p(QSize(300, 200), QSize(100, 100));
    p.setOffset(QPoint(50, 40));
    const Placement left = withAddedMargins(p, QMargins(500, 0, 0, 0));
    QCOMPARE(left.canvasSize(), QSize(800, 200));
    QCOMPARE(left.resolvedOffset(), QPoint(550, 40));
    const Placement cropped = withAddedMargins(p, QMargins(0, -20, -30, 10));
    QCOMPARE(cropped.canvasSize(), QSize(270, 190));
    QCOMPARE(cropped.resolvedOffset(), QPoint(50, 20));
    // Even growth keeps a centred reference centred.
    const Placement centred(QSize(300, 200), QSize(100, 100));
    const Placement even = withAddedMargins(centred, QMargins(40, 0, 40, 0));
    QCOMPARE(even.offsetX(), std::optional<int>());
    QCOMPARE(even.resolvedOffset().x(), 140);
}

void TestFrameGeometry::extendOnAnchoredSides_data()
{
    QTest::addColumn<int>("anchor");
    QTest::addColumn<QSize>("expectedSize");
    QTest::addColumn<QPoint>("expectedOffset");
    // A 1000 x 800 frame, reference 400 x 400 at (100, 200).
    QTest::newRow("centre: all four sides")
        << int(Qt::AlignCenter) << QSize(1500, 1200) << QPoint(350, 400);
    QTest::newRow("left: the right side")
        << int(Qt::AlignLeft | Qt::AlignVCenter) << QSize(1250, 1200) << QPoint(100, 400);
    QTest::newRow("bottom right: left and top")
        << int(Qt::AlignRight | Qt::AlignBottom) << QSize(1250, 1000) << QPoint(350, 400);
}

void TestFrameGeometry::extendOnAnchoredSides()
{
    QFETCH(int, anchor);
    QFETCH(QSize, expectedSize);
    QFETCH(QPoint, expectedOffset);
    Placement p(QSize(1000, 800), QSize(400, 400));
    p.setOffset(QPoint(100, 200));
    const Placement out = withExtendedFrame(p, 0.25, Qt::Alignment(anchor));
    QCOMPARE(out.canvasSize(), expectedSize);
    QCOMPARE(out.resolvedOffset(), expectedOffset);

    // Near the limit it grows only as far as 4 MP allows.
    Placement large(QSize(1800, 1800), QSize(400, 400));
    const Placement capped = withExtendedFrame(large, 0.25, Qt::AlignCenter);
    QVERIFY(capped.outputPixels() <= Placement::kMaxPixels);
    QVERIFY(capped.canvasSize().width() > 1800);
}

void TestFrameGeometry::nativeResolutionKeepsTheFraming()
{
    Placement p(QSize(2500, 1600), QSize(6000, 4000));
    p.setReferenceScale(0.25);
    p.setOffset(QPoint(100, 200));
    const Placement full = withNativeResolution(p, 16384);
    QCOMPARE(full.referenceScale(), 1.0);
    QCOMPARE(full.canvasSize(), QSize(10000, 6400));
    QCOMPARE(full.referenceRect(), QRect(400, 800, 6000, 4000));

    // A side over the limit: shrunk to it, the ratio kept as far as the image allows.
    p.setReferenceScale(0.1);
    p.setCanvasSize(QSize(2000, 600));
    p.centre();
    const Placement capped = withNativeResolution(p, 16384);
    QCOMPARE(capped.canvasSize().width(), 16384);
    QCOMPARE(capped.canvasSize().height(), int(std::lround(600 * 16384 / 2000.0)));
    QCOMPARE(capped.referenceScale(), 1.0);
}

QTEST_GUILESS_MAIN(TestFrameGeometry)
#include "tst_framegeometry.moc"
