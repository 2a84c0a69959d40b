// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include <QTest>

#include <limits>

using namespace outframe;
using Kind = PlacementProblem::Kind;

Q_DECLARE_METATYPE(std::optional<int>)

class TestPlacement : public QObject
{
    Q_OBJECT

private slots:
    void referenceRect_data();
    void referenceRect();
    void problems_data();
    void problems();
    void visibleRect_data();
    void visibleRect();
    void scaledReference_data();
    void scaledReference();
    void newReferenceFitsLimit_data();
    void newReferenceFitsLimit();
    void megapixels();
    void problemMessagesArePlainWords();
    void hugeScaledReferenceIsAProblem_data();
    void hugeScaledReferenceIsAProblem();
};

static const std::optional<int> centred = std::nullopt;

void TestPlacement::referenceRect_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QSize>("reference");
    QTest::addColumn<std::optional<int>>("x");
    QTest::addColumn<std::optional<int>>("y");
    QTest::addColumn<QRect>("expected");

    QTest::newRow("explicit") << QSize(1000, 800) << QSize(400, 300) << std::optional<int>(10)
                              << std::optional<int>(20) << QRect(10, 20, 400, 300);
    QTest::newRow("centred even") << QSize(1000, 800) << QSize(400, 300) << centred << centred
                                  << QRect(300, 250, 400, 300);
    // Odd leftover: the extra pixel goes to the right/bottom margin.
    QTest::newRow("centred odd leftover")
        << QSize(1001, 801) << QSize(400, 300) << centred << centred << QRect(300, 250, 400, 300);
    QTest::newRow("centred odd reference")
        << QSize(100, 100) << QSize(33, 67) << centred << centred << QRect(33, 16, 33, 67);
    // Larger than the canvas: floor of a negative half overhangs one more on the left/top.
    QTest::newRow("centred overhang odd")
        << QSize(100, 100) << QSize(103, 105) << centred << centred << QRect(-2, -3, 103, 105);
    QTest::newRow("centred x only") << QSize(1000, 800) << QSize(400, 300) << centred
                                    << std::optional<int>(-50) << QRect(300, -50, 400, 300);
    QTest::newRow("negative offsets")
        << QSize(512, 512) << QSize(300, 300) << std::optional<int>(-100)
        << std::optional<int>(-299) << QRect(-100, -299, 300, 300);
    QTest::newRow("zero offset is not centred")
        << QSize(512, 512) << QSize(256, 256) << std::optional<int>(0) << std::optional<int>(0)
        << QRect(0, 0, 256, 256);
}

void TestPlacement::referenceRect()
{
    QFETCH(QSize, canvas);
    QFETCH(QSize, reference);
    QFETCH(std::optional<int>, x);
    QFETCH(std::optional<int>, y);
    QFETCH(QRect, expected);

    Placement p(canvas, reference);
    p.setOffsetX(x);
    p.setOffsetY(y);
    QCOMPARE(p.referenceRect(), expected);
    QCOMPARE(p.resolvedOffset(), expected.topLeft());
}

void TestPlacement::problems_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QSize>("reference");
    QTest::addColumn<QPoint>("offset");
    QTest::addColumn<bool>("autoCrop");
    QTest::addColumn<QList<int>>("expected");

    const auto kinds = [](std::initializer_list<Kind> k) {
        QList<int> out;
        for (Kind kind : k)
            out << int(kind);
        return out;
    };

    QTest::newRow("valid inside") << QSize(1024, 1024) << QSize(512, 512) << QPoint(10, 10) << false
                                  << kinds({});
    QTest::newRow("64 px edge ok")
        << QSize(64, 64) << QSize(32, 32) << QPoint(0, 0) << false << kinds({});
    QTest::newRow("63 px wide") << QSize(63, 64) << QSize(32, 32) << QPoint(0, 0) << false
                                << kinds({Kind::CanvasTooSmall});
    QTest::newRow("63 px high") << QSize(640, 63) << QSize(32, 32) << QPoint(0, 0) << false
                                << kinds({Kind::CanvasTooSmall});
    QTest::newRow("exactly 4 MP") << QSize(2048, 2048) << QSize(512, 512) << QPoint(0, 0) << false
                                  << kinds({});
    QTest::newRow("exactly 4 MP, thin")
        << QSize(4096, 1024) << QSize(512, 512) << QPoint(0, 0) << false << kinds({});
    QTest::newRow("one row over 4 MP") << QSize(2048, 2049) << QSize(512, 512) << QPoint(0, 0)
                                       << false << kinds({Kind::CanvasTooLarge});
    QTest::newRow("one pixel over 4 MP")
        << QSize(4194305, 1) << QSize(1, 1) << QPoint(0, 0) << false
        << kinds({Kind::CanvasTooSmall, Kind::CanvasTooLarge});
    QTest::newRow("outside right") << QSize(500, 500) << QSize(100, 100) << QPoint(500, 0) << true
                                   << kinds({Kind::ReferenceOutside});
    QTest::newRow("outside left") << QSize(500, 500) << QSize(100, 100) << QPoint(-100, 0) << false
                                  << kinds({Kind::ReferenceOutside});
    QTest::newRow("1 px overlap, auto-crop")
        << QSize(500, 500) << QSize(100, 100) << QPoint(-99, 499) << true << kinds({});
    QTest::newRow("1 px overlap, no auto-crop")
        << QSize(500, 500) << QSize(100, 100) << QPoint(-99, 499) << false
        << kinds({Kind::ReferenceExceedsCanvas});
    QTest::newRow("touching every edge")
        << QSize(100, 100) << QSize(100, 100) << QPoint(0, 0) << false << kinds({});
    QTest::newRow("1 px beyond, no auto-crop") << QSize(100, 100) << QSize(100, 100) << QPoint(1, 0)
                                               << false << kinds({Kind::ReferenceExceedsCanvas});
    QTest::newRow("bigger than canvas, auto-crop")
        << QSize(100, 100) << QSize(300, 300) << QPoint(-100, -100) << true << kinds({});
    QTest::newRow("too small and exceeds")
        << QSize(50, 50) << QSize(60, 60) << QPoint(0, 0) << false
        << kinds({Kind::CanvasTooSmall, Kind::ReferenceExceedsCanvas});
    QTest::newRow("empty canvas") << QSize(0, 0) << QSize(60, 60) << QPoint(0, 0) << true
                                  << kinds({Kind::CanvasTooSmall, Kind::ReferenceOutside});
    QTest::newRow("no reference") << QSize(500, 500) << QSize() << QPoint(0, 0) << false
                                  << kinds({Kind::NoReference});
    // A typo on the command line (-x 2147483647): the right edge must not wrap around onto
    // the canvas, or a placement far outside would pass as valid and be sent (and paid for).
    constexpr int kMax = std::numeric_limits<int>::max();
    constexpr int kMin = std::numeric_limits<int>::min();
    QTest::newRow("largest x, auto-crop") << QSize(64, 64) << QSize(50, 40) << QPoint(kMax, 0)
                                          << true << kinds({Kind::ReferenceOutside});
    QTest::newRow("largest x") << QSize(64, 64) << QSize(50, 40) << QPoint(kMax, 0) << false
                               << kinds({Kind::ReferenceOutside});
    QTest::newRow("near-largest y, auto-crop")
        << QSize(64, 64) << QSize(50, 40) << QPoint(0, kMax - 20) << true
        << kinds({Kind::ReferenceOutside});
    QTest::newRow("smallest x and y, auto-crop")
        << QSize(64, 64) << QSize(50, 40) << QPoint(kMin, kMin) << true
        << kinds({Kind::ReferenceOutside});
}

void TestPlacement::problems()
{
    QFETCH(QSize, canvas);
    QFETCH(QSize, reference);
    QFETCH(QPoint, offset);
    QFETCH(bool, autoCrop);
    QFETCH(QList<int>, expected);

    Placement p(canvas, reference);
    p.setOffset(offset);
    p.setAutoCrop(autoCrop);
    QList<int> got;
    for (const PlacementProblem &problem : p.problems())
        got << int(problem.kind);
    QCOMPARE(got, expected);
    QCOMPARE(p.isValid(), expected.isEmpty());
}

void TestPlacement::visibleRect_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QRect>("reference");
    QTest::addColumn<QRect>("visible");

    QTest::newRow("inside") << QSize(100, 100) << QRect(10, 10, 50, 50) << QRect(10, 10, 50, 50);
    QTest::newRow("left overhang")
        << QSize(100, 100) << QRect(-20, 10, 50, 50) << QRect(0, 10, 30, 50);
    QTest::newRow("all sides") << QSize(100, 80) << QRect(-5, -7, 113, 97) << QRect(0, 0, 100, 80);
    QTest::newRow("1 px corner") << QSize(100, 100) << QRect(99, 99, 40, 40) << QRect(99, 99, 1, 1);
    QTest::newRow("outside") << QSize(100, 100) << QRect(100, 0, 40, 40) << QRect();
}

void TestPlacement::visibleRect()
{
    QFETCH(QSize, canvas);
    QFETCH(QRect, reference);
    QFETCH(QRect, visible);
    Placement p(canvas, reference.size());
    p.setOffset(reference.topLeft());
    QCOMPARE(p.visibleReferenceRect().isEmpty(), visible.isEmpty());
    if (!visible.isEmpty())
        QCOMPARE(p.visibleReferenceRect(), visible);
}

void TestPlacement::scaledReference_data()
{
    QTest::addColumn<QSize>("native");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("identity") << QSize(640, 480) << 1.0 << QSize(640, 480);
    QTest::newRow("half, odd") << QSize(641, 481) << 0.5 << QSize(321, 241);
    QTest::newRow("tiny never zero") << QSize(3, 1000) << 0.01 << QSize(1, 10);
    QTest::newRow("upscale") << QSize(100, 50) << 2.5 << QSize(250, 125);
    QTest::newRow("invalid scale means 1") << QSize(100, 50) << -2.0 << QSize(100, 50);
}

void TestPlacement::scaledReference()
{
    QFETCH(QSize, native);
    QFETCH(double, scale);
    QFETCH(QSize, expected);
    Placement p(QSize(1000, 1000), native);
    p.setReferenceScale(scale);
    QCOMPARE(p.referenceSize(), expected);
    QCOMPARE(p.referenceNativeSize(), native); // scaling never forgets the original size
}

void TestPlacement::newReferenceFitsLimit_data()
{
    QTest::addColumn<QSize>("native");
    QTest::addColumn<bool>("scaledDown");

    QTest::newRow("24 MP photo") << QSize(6000, 4000) << true;
    QTest::newRow("24 MP portrait") << QSize(4000, 6000) << true;
    QTest::newRow("panorama") << QSize(12000, 2000) << true;
    QTest::newRow("1 MP") << QSize(1024, 1024) << false;
    QTest::newRow("small") << QSize(40, 30) << false;
    QTest::newRow("odd 4 MP") << QSize(2047, 2049) << true;
}

void TestPlacement::newReferenceFitsLimit()
{
    QFETCH(QSize, native);
    QFETCH(bool, scaledDown);
    const Placement p = Placement::forNewReference(native);
    QVERIFY2(p.isValid(), qPrintable(p.problems().value(0).message));
    QVERIFY(p.outputPixels() <= Placement::kMaxPixels);
    QCOMPARE(p.referenceScale() < 1.0, scaledDown);
    QVERIFY(p.canvasRect().contains(p.referenceRect()));
    QVERIFY(!p.offsetX().has_value()); // starts centred
    if (scaledDown)                    // a fitted photo leaves room to outpaint
        QVERIFY(p.canvasSize().width() > p.referenceSize().width());
}

void TestPlacement::megapixels()
{
    Placement p(QSize(2048, 2048), QSize(10, 10));
    QCOMPARE(p.outputPixels(), qint64(4194304));
    // The service's megapixel (1024 x 1024 px): its limit reads as exactly 4 MP.
    QCOMPARE(p.outputMegapixels(), 4.0);
    QCOMPARE(formatMegapixels(p.outputPixels()), QStringLiteral("4 MP"));
    QCOMPARE(formatMegapixels(2560 * 1024), QStringLiteral("2.5 MP"));
    QCOMPARE(formatMegapixels(2508 * 1671), QStringLiteral("4 MP")); // 3.9967 rounds
    QCOMPARE(formatMegapixels(2400 * 1700), QStringLiteral("3.89 MP"));
}

void TestPlacement::problemMessagesArePlainWords()
{
    Placement p(QSize(2049, 2048), QSize(4000, 10));
    const auto problems = p.problems();
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems[0].message.contains(QStringLiteral("4,196,352")));
    QVERIFY(problems[0].message.contains(QStringLiteral("4,194,304")));
    QVERIFY(problems[1].message.contains(QStringLiteral("auto-crop")));
}

// With auto-crop any scale passes the canvas rules, but the whole scaled reference is
// resampled before cropping: --scale 64 on a 12 MP photo would allocate some 200 GB.
void TestPlacement::hugeScaledReferenceIsAProblem_data()
{
    QTest::addColumn<QSize>("native");
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("problem");
    QTest::newRow("12 MP photo at 64x") << QSize(4000, 3000) << 64.0 << true;
    QTest::newRow("thin strip at 64x, side beyond int") << QSize(200'000'000, 1) << 64.0 << true;
    QTest::newRow("small image at 8x") << QSize(400, 300) << 8.0 << false;
    QTest::newRow("just under the limit") << QSize(10'000, 10'000) << 1.4 << false;
}

void TestPlacement::hugeScaledReferenceIsAProblem()
{
    QFETCH(QSize, native);
    QFETCH(double, scale);
    QFETCH(bool, problem);
    Placement p(QSize(1024, 1024), native);
    p.setReferenceScale(scale);
    p.setOffset(QPoint(0, 0));
    p.setAutoCrop(true);
    bool found = false;
    for (const PlacementProblem &pr : p.problems())
        if (pr.kind == Kind::ReferenceTooLarge) {
            found = true;
            QVERIFY2(pr.message.contains(QLatin1String("scale it down")), qPrintable(pr.message));
        }
    QCOMPARE(found, problem);
    QCOMPARE(p.isValid(), !problem);
}

QTEST_GUILESS_MAIN(TestPlacement)
#include "tst_placement.moc"
