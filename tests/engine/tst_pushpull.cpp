// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pushpull.h"
#include "testimages.h"

#include <QtTest>

using namespace outframe;
using namespace outframe::testing;

class TestPushPull : public QObject
{
    Q_OBJECT

private slots:
    void fillsEverythingAndKeepsKnown_data();
    void fillsEverythingAndKeepsKnown();
    void flatReferenceGivesFlatFill();
    void fillBlendsBetweenTwoColours();
    void nothingKnownIsGrey();
    void cancelledReturnsEmpty();
};

void TestPushPull::fillsEverythingAndKeepsKnown_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QRect>("reference");
    QTest::newRow("centred") << QSize(64, 64) << QRect(16, 16, 32, 32);
    QTest::newRow("odd sizes at an edge") << QSize(77, 41) << QRect(0, 3, 20, 30);
    QTest::newRow("1 px") << QSize(65, 33) << QRect(64, 32, 1, 1);
    QTest::newRow("1 px wide canvas") << QSize(1, 50) << QRect(0, 10, 1, 5);
}

void TestPushPull::fillsEverythingAndKeepsKnown()
{
    QFETCH(QSize, canvas);
    QFETCH(QRect, reference);
    PixelBuffer input = texturedImage(canvas.width(), canvas.height());
    const KnownMask mask = maskOutside(input, reference);
    const PixelBuffer out = pushPullFill(input, mask);
    QCOMPARE(out.width, input.width);
    QCOMPARE(out.height, input.height);
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (mask.known[i])
            QCOMPARE(out.pixels[i], input.pixels[i]);
        else
            QCOMPARE(alphaOf(out.pixels[i]), 255);
    }
}

void TestPushPull::flatReferenceGivesFlatFill()
{
    PixelBuffer input(90, 60, 0xff336699u);
    const KnownMask mask = maskOutside(input, QRect(30, 20, 30, 20));
    const PixelBuffer out = pushPullFill(input, mask);
    for (std::uint32_t p : out.pixels)
        QCOMPARE(p, 0xff336699u);
}

void TestPushPull::fillBlendsBetweenTwoColours()
{
    // Black known on the left edge, white on the right: the gap in between is a ramp.
    PixelBuffer input(128, 16, kUnfilled);
    KnownMask mask(128, 16, 0);
    for (int y = 0; y < 16; ++y) {
        for (int x : {0, 1, 126, 127}) {
            input.at(x, y) = x < 64 ? 0xff000000u : 0xffffffffu;
            mask.row(y)[x] = 1;
        }
    }
    const PixelBuffer out = pushPullFill(input, mask);
    QVERIFY(redOf(out.at(20, 8)) < redOf(out.at(64, 8)));
    QVERIFY(redOf(out.at(64, 8)) < redOf(out.at(108, 8)));
    QVERIFY(std::abs(redOf(out.at(64, 8)) - 128) < 40);
}

void TestPushPull::nothingKnownIsGrey()
{
    PixelBuffer input(20, 20, kUnfilled);
    const PixelBuffer out = pushPullFill(input, KnownMask(20, 20, 0));
    for (std::uint32_t p : out.pixels)
        QCOMPARE(p, 0xff808080u);
}

void TestPushPull::cancelledReturnsEmpty()
{
    PixelBuffer input = texturedImage(200, 200);
    const KnownMask mask = maskOutside(input, QRect(50, 50, 100, 100));
    std::atomic_bool cancel{true};
    QVERIFY(pushPullFill(input, mask, &cancel).isEmpty());
}

QTEST_GUILESS_MAIN(TestPushPull)
#include "tst_pushpull.moc"
