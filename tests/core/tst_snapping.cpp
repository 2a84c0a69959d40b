// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapping.h"

#include <QTest>

using namespace outframe;

class TestSnapping : public QObject
{
    Q_OBJECT

private slots:
    void referenceAxis_data();
    void referenceAxis();
    void nearest_data();
    void nearest();
};

void TestSnapping::referenceAxis_data()
{
    QTest::addColumn<double>("start");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("canvas");
    QTest::addColumn<bool>("snaps");
    QTest::addColumn<int>("expectedStart");
    QTest::addColumn<bool>("centred");

    QTest::newRow("near start") << 4.0 << 100 << 500 << true << 0 << false;
    QTest::newRow("near end") << 396.5 << 100 << 500 << true << 400 << false;
    QTest::newRow("near centre") << 203.0 << 100 << 500 << true << 200 << true;
    QTest::newRow("centre of odd margin") << 199.0 << 101 << 500 << true << 199 << true;
    QTest::newRow("too far") << 120.0 << 100 << 500 << false << 0 << false;
    QTest::newRow("negative side") << -5.0 << 100 << 500 << true << 0 << false;
    // A reference larger than the canvas still snaps its edges to the frame's.
    QTest::newRow("overhang end") << -97.0 << 600 << 500 << true << -100 << false;
}

void TestSnapping::referenceAxis()
{
    QFETCH(double, start);
    QFETCH(int, length);
    QFETCH(int, canvas);
    QFETCH(bool, snaps);
    QFETCH(int, expectedStart);
    QFETCH(bool, centred);
    const auto snap = snapReferenceAxis(start, length, canvas, 8.0);
    QCOMPARE(snap.has_value(), snaps);
    if (snaps) {
        QCOMPARE(snap->start, expectedStart);
        QCOMPARE(snap->centred, centred);
    }
}

void TestSnapping::nearest_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("expected"); // -1: no snap
    QTest::newRow("exact") << 100.0 << 100;
    QTest::newRow("closest wins") << 296.0 << 300;
    QTest::newRow("outside threshold") << 150.0 << -1;
}

void TestSnapping::nearest()
{
    QFETCH(double, value);
    QFETCH(int, expected);
    const auto snap = snapToNearest(value, {0, 100, 300, 290}, 5.0);
    QCOMPARE(snap.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestSnapping)
#include "tst_snapping.moc"
