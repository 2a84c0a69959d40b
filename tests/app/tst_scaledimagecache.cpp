// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaledimagecache.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace outframe;

// The canvas's pre-scaled copies: made off the GUI thread, exact in size, and — zoomed in —
// windows that show the very pixels direct drawing would.
class TestScaledImageCache : public QObject
{
    Q_OBJECT

private slots:
    void exactCopyArrivesLater_data();
    void exactCopyArrivesLater();
    void bigImageGetsQuickStandIn();
    void zoomedInUsesOriginalOrWindow();
    void windowShowsTheSamePixelsAsDirectDrawing_data();
    void windowShowsTheSamePixelsAsDirectDrawing();
    void newImageDropsOldCopies();

private:
    static QImage pattern(QSize size);
};

QImage TestScaledImageCache::pattern(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb((x * 37) & 255, (y * 53) & 255, (x * y) & 255);
    }
    return image;
}

void TestScaledImageCache::exactCopyArrivesLater_data()
{
    QTest::addColumn<QSize>("target");
    QTest::newRow("half") << QSize(400, 300);
    QTest::newRow("odd") << QSize(333, 251);
    QTest::newRow("tiny") << QSize(8, 6);
}

void TestScaledImageCache::exactCopyArrivesLater()
{
    QFETCH(QSize, target);
    ScaledImageCache cache;
    cache.setImage(pattern(QSize(800, 600)));
    QSignalSpy ready(&cache, &ScaledImageCache::copyReady);
    const QImage first = cache.imageFor(target);
    QCOMPARE(first.size(), QSize(800, 600)); // a small original stands in meanwhile
    QVERIFY(!cache.hasExact(target));
    cache.waitForIdle();
    QCOMPARE(ready.count(), 1);
    QVERIFY(cache.hasExact(target));
    const QImage copy = cache.imageFor(target);
    QCOMPARE(copy.size(), target);
    QCOMPARE(copy.format(), QImage::Format_RGB32);
}

void TestScaledImageCache::bigImageGetsQuickStandIn()
{
    ScaledImageCache cache;
    cache.setImage(pattern(QSize(3000, 2000)));
    // Nothing is drawn from the 6 MP original while the 1024 px stand-in is being made.
    QVERIFY(cache.imageFor(QSize(600, 400)).isNull());
    cache.waitForIdle();
    QVERIFY(cache.hasExact(QSize(600, 400)));
    // Another level: the best existing copy stands in until its own is made.
    const QImage standIn = cache.imageFor(QSize(900, 600));
    QVERIFY(!standIn.isNull());
    QVERIFY(standIn.size() != QSize(900, 600));
    cache.waitForIdle();
    QCOMPARE(cache.imageFor(QSize(900, 600)).size(), QSize(900, 600));
}

void TestScaledImageCache::zoomedInUsesOriginalOrWindow()
{
    ScaledImageCache cache;
    const QImage original = pattern(QSize(300, 200));
    cache.setImage(original);
    QCOMPARE(cache.imageFor(QSize(1200, 800)).size(), original.size());
    QPoint origin;
    QVERIFY(cache.windowFor(QSize(1200, 800), QRect(100, 100, 400, 300), &origin).isNull());
    cache.waitForIdle();
    const QImage window = cache.windowFor(QSize(1200, 800), QRect(100, 100, 400, 300), &origin);
    QVERIFY(!window.isNull());
    QVERIFY(QRect(origin, window.size()).contains(QRect(100, 100, 400, 300)));
    // Still covered a little further on: no new window needed.
    QVERIFY(!cache.windowFor(QSize(1200, 800), QRect(150, 140, 400, 300), &origin).isNull());
}

void TestScaledImageCache::windowShowsTheSamePixelsAsDirectDrawing_data()
{
    QTest::addColumn<QSize>("target");
    QTest::addColumn<QRect>("visible");
    QTest::newRow("400 %") << QSize(1200, 800) << QRect(500, 300, 300, 200);
    QTest::newRow("odd factor") << QSize(1117, 743) << QRect(411, 389, 257, 181);
    QTest::newRow("at the edge") << QSize(900, 600) << QRect(0, 0, 200, 150);
}

void TestScaledImageCache::windowShowsTheSamePixelsAsDirectDrawing()
{
    QFETCH(QSize, target);
    QFETCH(QRect, visible);
    const QImage original = pattern(QSize(300, 200));
    ScaledImageCache cache;
    cache.setImage(original);
    QPoint origin;
    cache.windowFor(target, visible, &origin);
    cache.waitForIdle();
    const QImage window = cache.windowFor(target, visible, &origin);
    QVERIFY(!window.isNull());
    const QImage fromWindow = window.copy(QRect(visible.topLeft() - origin, visible.size()));

    // What the canvas draws without a window: the visible part, scaled from the original.
    QImage direct(visible.size(), QImage::Format_RGB32);
    QPainter painter(&direct);
    const double sx = double(original.width()) / target.width();
    const double sy = double(original.height()) / target.height();
    painter.drawImage(
        QRectF(QPointF(0, 0), QSizeF(visible.size())), original,
        QRectF(visible.x() * sx, visible.y() * sy, visible.width() * sx, visible.height() * sy));
    painter.end();
    int differing = 0;
    for (int y = 0; y < direct.height(); ++y) {
        for (int x = 0; x < direct.width(); ++x)
            differing += direct.pixel(x, y) != fromWindow.pixel(x, y);
    }
    // Switching between the two while zoomed in must not shift the image.
    QCOMPARE(differing, 0);
}

void TestScaledImageCache::newImageDropsOldCopies()
{
    ScaledImageCache cache;
    cache.setImage(pattern(QSize(800, 600)));
    cache.imageFor(QSize(400, 300));
    cache.waitForIdle();
    QVERIFY(cache.hasExact(QSize(400, 300)));
    cache.setImage(pattern(QSize(640, 480)));
    QVERIFY(!cache.hasExact(QSize(400, 300)));
    QCOMPARE(cache.imageFor(QSize(400, 300)).size(), QSize(640, 480));
}

QTEST_MAIN(TestScaledImageCache)
#include "tst_scaledimagecache.moc"
