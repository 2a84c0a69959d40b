// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtbridge.h"

#include <QtTest>

using namespace outframe;

namespace {

QImage checker(QSize size)
{
    QImage img(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x)
            img.setPixel(x, y, ((x / 4 + y / 4) % 2) ? qRgb(200, 40, 40) : qRgb(30, 60, 200));
    }
    return img;
}

} // namespace

class TestQtBridge : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsPixels();
    void referenceOverhangingTheCanvasIsClipped();
    void transparentReferencePixelsAreUnknown();
    void fillKeepsTheReferenceAndFillsTheRest();
    void nullReferenceGetsAMessage();
    void previewCoversTheCanvas();
};

void TestQtBridge::roundTripKeepsPixels()
{
    QImage img(7, 5, QImage::Format_ARGB32);
    for (int y = 0; y < 5; ++y) {
        for (int x = 0; x < 7; ++x)
            img.setPixel(x, y, qRgba(x * 30, y * 50, 7, 255 - x));
    }
    const PixelBuffer buffer = toPixelBuffer(img);
    QCOMPARE(buffer.at(3, 2), std::uint32_t(img.pixel(3, 2)));
    QCOMPARE(toQImage(buffer), img);
}

void TestQtBridge::referenceOverhangingTheCanvasIsClipped()
{
    const QImage ref = checker(QSize(40, 40));
    const ReferenceCanvas c = canvasAroundReference(ref, QRect(-10, 30, 40, 40), QSize(64, 64));
    QCOMPARE(c.canvas.width, 64);
    QVERIFY(c.known.isKnown(0, 30));
    QVERIFY(c.known.isKnown(29, 63));
    QVERIFY(!c.known.isKnown(30, 40));
    QVERIFY(!c.known.isKnown(5, 29));
    QCOMPARE(c.canvas.at(0, 30), std::uint32_t(ref.pixel(10, 0)));
    QCOMPARE(c.known.knownCount(), std::size_t(30 * 34));
}

void TestQtBridge::transparentReferencePixelsAreUnknown()
{
    QImage ref(10, 10, QImage::Format_ARGB32);
    ref.fill(qRgba(10, 20, 30, 255));
    ref.setPixel(5, 5, qRgba(0, 0, 0, 0));
    const ReferenceCanvas c = canvasAroundReference(ref, QRect(0, 0, 10, 10), QSize(10, 10));
    QVERIFY(!c.known.isKnown(5, 5));
    QCOMPARE(c.known.knownCount(), std::size_t(99));
}

void TestQtBridge::fillKeepsTheReferenceAndFillsTheRest()
{
    const QImage ref = checker(QSize(80, 60));
    const QRect rect(20, 15, 80, 60);
    std::atomic_bool cancel{false};
    const ReferenceFill fill =
        fillAroundReference(ref, rect, QSize(120, 90), FillOptions(), cancel);
    QCOMPARE(fill.status, FillStatus::Filled);
    QCOMPARE(fill.image.size(), QSize(120, 90));
    QCOMPARE(fill.image.copy(rect).convertToFormat(QImage::Format_RGB32), ref);
    for (int y = 0; y < 90; ++y) {
        for (int x = 0; x < 120; ++x)
            QCOMPARE(qAlpha(fill.image.pixel(x, y)), 255);
    }
}

void TestQtBridge::nullReferenceGetsAMessage()
{
    std::atomic_bool cancel{false};
    const ReferenceFill fill =
        fillAroundReference(QImage(), QRect(0, 0, 10, 10), QSize(64, 64), FillOptions(), cancel);
    QCOMPARE(fill.status, FillStatus::InvalidInput);
    QVERIFY(fill.image.isNull());
    QVERIFY(!fill.message.isEmpty());
}

void TestQtBridge::previewCoversTheCanvas()
{
    const QImage ref = checker(QSize(32, 32));
    const QImage preview = previewAroundReference(ref, QRect(16, 16, 32, 32), QSize(64, 64));
    QCOMPARE(preview.size(), QSize(64, 64));
    QCOMPARE(preview.copy(16, 16, 32, 32).convertToFormat(QImage::Format_RGB32), ref);
    QCOMPARE(qAlpha(preview.pixel(0, 0)), 255);
}

QTEST_GUILESS_MAIN(TestQtBridge)
#include "tst_qtbridge.moc"
