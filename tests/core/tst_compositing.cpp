// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositing.h"

#include <QRandomGenerator>
#include <QTest>

using namespace outframe;

class TestCompositing : public QObject
{
    Q_OBJECT

private slots:
    void pasteBackIsPixelExact_data();
    void pasteBackIsPixelExact();
    void translucentReferenceIsDrawnOver();
    void referenceSmallerThanItsRectangle();
};

static QImage noise(QSize size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage img(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            img.setPixel(x, y, 0xff000000u | (rng.generate() & 0xffffffu));
    return img;
}

void TestCompositing::pasteBackIsPixelExact_data()
{
    QTest::addColumn<QRect>("where");
    QTest::newRow("inside") << QRect(20, 30, 50, 40);
    QTest::newRow("touching corner") << QRect(0, 0, 50, 40);
    QTest::newRow("bottom right edge") << QRect(150, 160, 50, 40);
}

void TestCompositing::pasteBackIsPixelExact()
{
    QFETCH(QRect, where);
    const QImage generated = noise({200, 200}, 1);
    const QImage reference = noise(where.size(), 2);
    const QImage out = pasteBackOriginal(generated, reference, where);
    QCOMPARE(out.size(), generated.size());
    QCOMPARE(out.copy(where), reference);
    // Outside the rectangle the model's pixels are untouched.
    for (int y = 0; y < 200; y += 7)
        for (int x = 0; x < 200; x += 7)
            if (!where.contains(x, y))
                QCOMPARE(out.pixel(x, y), generated.pixel(x, y));
}

void TestCompositing::translucentReferenceIsDrawnOver()
{
    QImage generated(10, 10, QImage::Format_RGB32);
    generated.fill(qRgb(0, 0, 255));
    QImage reference(4, 4, QImage::Format_ARGB32);
    reference.fill(qRgba(255, 0, 0, 255));
    reference.setPixel(0, 0, qRgba(0, 0, 0, 0));
    const QImage out = pasteBackOriginal(generated, reference, QRect(2, 2, 4, 4));
    QCOMPARE(qRed(out.pixel(3, 3)), 255);
    QCOMPARE(out.pixel(2, 2) & 0xffffff, 0x0000ffu); // transparent: the model's pixel shows
}

// A caller whose rectangle does not match its reference (a stale layer record, another
// engine's result) must not make the paste-back read past the reference's pixels: only the
// pixels that exist are pasted.
void TestCompositing::referenceSmallerThanItsRectangle()
{
    const QImage generated = noise({200, 200}, 1);
    const QImage reference = noise({10, 8}, 2);
    const QRect where(20, 30, 50, 40);
    const QImage out = pasteBackOriginal(generated, reference, where);
    QCOMPARE(out.size(), generated.size());
    QCOMPARE(out.copy(QRect(where.topLeft(), reference.size())), reference);
    for (int y = 0; y < 200; ++y)
        for (int x = 0; x < 200; ++x)
            if (!QRect(where.topLeft(), reference.size()).contains(x, y))
                QCOMPARE(out.pixel(x, y), generated.pixel(x, y));
}

QTEST_GUILESS_MAIN(TestCompositing)
#include "tst_compositing.moc"
