// The price rule: the reseller's published $0.10 per started 1024 x 1024 px of output, or
// the rate the service's own reported costs imply.
#include "pricing.h"

#include <QLocale>
#include <QTest>

using namespace outframe;

class TestPricing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void billedMegapixels_data();
    void billedMegapixels();
    void publishedEstimate_data();
    void publishedEstimate();
    void learnedRateIsUsed();
    void unusableLearnedRateFallsBack_data();
    void unusableLearnedRateFallsBack();
    void rateFromReportedCost_data();
    void rateFromReportedCost();
    void formatting_data();
    void formatting();
};

void TestPricing::billedMegapixels_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<int>("megapixels");
    QTest::newRow("64 x 64") << QSize(64, 64) << 1;
    QTest::newRow("1024 x 1024") << QSize(1024, 1024) << 1;
    QTest::newRow("1025 x 1024") << QSize(1025, 1024) << 2;
    QTest::newRow("2048 x 2048") << QSize(2048, 2048) << 4;
    QTest::newRow("4 MP limit, wide") << QSize(4096, 1024) << 4;
    QTest::newRow("one pixel over 3 MP") << QSize(3 * 1024 * 1024 + 1, 1) << 4;
    QTest::newRow("empty") << QSize(0, 1024) << 0;
    QTest::newRow("invalid") << QSize() << 0;
}

void TestPricing::billedMegapixels()
{
    QFETCH(QSize, canvas);
    QFETCH(int, megapixels);
    QCOMPARE(Pricing::billedMegapixels(canvas), megapixels);
}

void TestPricing::publishedEstimate_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<double>("credits");
    QTest::newRow("64 x 64") << QSize(64, 64) << 10.0;
    QTest::newRow("1024 x 1024") << QSize(1024, 1024) << 10.0;
    QTest::newRow("1025 x 1024") << QSize(1025, 1024) << 20.0;
    QTest::newRow("2048 x 2048") << QSize(2048, 2048) << 40.0;
    QTest::newRow("empty") << QSize(0, 0) << 0.0;
}

void TestPricing::publishedEstimate()
{
    QFETCH(QSize, canvas);
    QFETCH(double, credits);
    const Pricing::CostEstimate e = Pricing::estimate(canvas);
    QCOMPARE(e.credits, credits);
    QCOMPARE(e.creditsPerMegapixel, 10.0);
    QCOMPARE(e.billedMegapixels, Pricing::billedMegapixels(canvas));
    QVERIFY(!e.learned);
}

void TestPricing::learnedRateIsUsed()
{
    const Pricing::CostEstimate e = Pricing::estimate(QSize(2048, 2048), 7.5);
    QVERIFY(e.learned);
    QCOMPARE(e.creditsPerMegapixel, 7.5);
    QCOMPARE(e.billedMegapixels, 4);
    QCOMPARE(e.credits, 30.0);
}

void TestPricing::unusableLearnedRateFallsBack_data()
{
    QTest::addColumn<double>("rate");
    QTest::newRow("negative") << -3.0;
    QTest::newRow("nan") << std::nan("");
    QTest::newRow("infinite") << HUGE_VAL;
}

void TestPricing::unusableLearnedRateFallsBack()
{
    QFETCH(double, rate);
    const Pricing::CostEstimate e = Pricing::estimate(QSize(2048, 2048), rate);
    QVERIFY(!e.learned);
    QCOMPARE(e.credits, 40.0);
}

void TestPricing::rateFromReportedCost_data()
{
    QTest::addColumn<double>("credits");
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<std::optional<double>>("rate");
    QTest::newRow("published, 4 MP") << 40.0 << QSize(2048, 2048) << std::optional<double>(10.0);
    QTest::newRow("2 MP started") << 18.0 << QSize(1025, 1024) << std::optional<double>(9.0);
    QTest::newRow("free") << 0.0 << QSize(512, 512) << std::optional<double>(0.0);
    QTest::newRow("negative") << -4.0 << QSize(1024, 1024) << std::optional<double>();
    QTest::newRow("nan") << std::nan("") << QSize(1024, 1024) << std::optional<double>();
    QTest::newRow("infinite") << HUGE_VAL << QSize(1024, 1024) << std::optional<double>();
    QTest::newRow("empty canvas") << 10.0 << QSize(0, 1024) << std::optional<double>();
}

void TestPricing::rateFromReportedCost()
{
    QFETCH(double, credits);
    QFETCH(QSize, canvas);
    QFETCH(std::optional<double>, rate);
    QCOMPARE(Pricing::rateFromReportedCost(credits, canvas), rate);
}

void TestPricing::formatting_data()
{
    QTest::addColumn<double>("credits");
    QTest::addColumn<bool>("learned");
    QTest::addColumn<QString>("text");
    QTest::newRow("published 4 MP") << 40.0 << false << "≈ 40 credits ($0.40, estimate)";
    QTest::newRow("published 1 MP") << 10.0 << false << "≈ 10 credits ($0.10, estimate)";
    QTest::newRow("learned fraction")
        << 6.4 << true << "≈ 6.4 credits ($0.06, at the rate last charged)";
    QTest::newRow("learned, large")
        << 37.25 << true << "≈ 37 credits ($0.37, at the rate last charged)";
}

void TestPricing::formatting()
{
    QFETCH(double, credits);
    QFETCH(bool, learned);
    QFETCH(QString, text);
    Pricing::CostEstimate e;
    e.credits = credits;
    e.learned = learned;
    QCOMPARE(Pricing::formatEstimate(e), text);
}

QTEST_APPLESS_MAIN(TestPricing)
#include "tst_pricing.moc"
