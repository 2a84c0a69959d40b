// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// English plural forms for Qt's "%n item(s)" texts, as the app and the CLI install them.
#include "englishplurals.h"

#include <QCoreApplication>
#include <QTest>

using namespace outframe;

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installEnglishPlurals(QCoreApplication::instance()); }

    void countsReadAsEnglish_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0") << 0 << "tried 0 times.";
        QTest::newRow("1") << 1 << "tried 1 time.";
        QTest::newRow("2") << 2 << "tried 2 times.";
    }

    void countsReadAsEnglish()
    {
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate("outframe::FluxJob", "tried %n time(s).", nullptr, n),
                 expected);
    }

    // Text without a count keeps its "(s)": "http(s) links".
    void textWithoutACountIsLeftAlone()
    {
        QCOMPARE(QCoreApplication::translate("outframe::ImageIntake", "only http(s) links"),
                 QStringLiteral("only http(s) links"));
        QCOMPARE(QCoreApplication::translate("x", "%n file(s) of %n", nullptr, 1),
                 QStringLiteral("1 file of 1"));
    }
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
