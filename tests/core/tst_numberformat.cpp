// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"
#include "placement.h"
#include "pricing.h"

#include <QTest>

using namespace outframe;

// Every number the artist reads comes out in one style: the source texts' English where no
// locale is set, German in a German session (not "3.89 MP" beside "67,5 %").
class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }
    void numbers_data();
    void numbers();
    void messagesUseTheSameStyle();
};

void TestNumberFormat::numbers_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("megapixels");
    QTest::addColumn<QString>("percent");
    QTest::addColumn<QString>("pixels");
    QTest::addColumn<QString>("seconds");
    QTest::addColumn<QString>("bytes");
    QTest::addColumn<QString>("dollars");
    // The C locale (CI, LANG=C) reads as English, with group separators.
    QTest::newRow("C") << QLocale::c() << "3.89 MP"
                       << "67.5 %"
                       << "4,194,304"
                       << "1.5 s"
                       << "1.1 GB"
                       << "$0.40";
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << "3.89 MP"
                           << "67.5 %"
                           << "4,194,304"
                           << "1.5 s"
                           << "1.1 GB"
                           << "$0.40";
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany) << "3,89 MP"
                           << "67,5 %"
                           << "4.194.304"
                           << "1,5 s"
                           << "1,1 GB"
                           << "$0,40";
}

void TestNumberFormat::numbers()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    // In the service's megapixels (1024 x 1024 px): 2400 x 1700 px is 3.89 of them.
    QTEST(NumberFormat::megapixels(2400 * 1700), "megapixels");
    QCOMPARE(NumberFormat::megapixels(4'194'304), QStringLiteral("4 MP")); // the limit, exactly
    QTEST(NumberFormat::percent(67.5, 1), "percent");
    QTEST(NumberFormat::integer(4'194'304), "pixels");
    QTEST(NumberFormat::seconds(1.5, 1), "seconds");
    QTEST(NumberFormat::bytes(1'100'000'000), "bytes");
    // Untranslated here: the German translation puts the $ after the amount.
    QTEST(NumberFormat::dollars(0.4), "dollars");
}

void TestNumberFormat::messagesUseTheSameStyle()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    // The 4 MP message names both numbers in the session's style.
    const Placement tooBig(QSize(4096, 2048), QSize(1000, 1000));
    QString message;
    for (const PlacementProblem &problem : tooBig.problems())
        message += problem.message;
    QVERIFY2(message.contains(QStringLiteral("8.388.608")) &&
                 message.contains(QStringLiteral("4.194.304")) &&
                 message.contains(QStringLiteral("(4 MP)")),
             qPrintable(message));
    // The estimate: credits and dollars with a decimal comma.
    Pricing::CostEstimate estimate;
    estimate.credits = 12;
    QVERIFY2(Pricing::formatEstimate(estimate).contains(QStringLiteral("$0,12")),
             qPrintable(Pricing::formatEstimate(estimate)));
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
