// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "completion.h"
#include "testimages.h"

#include <QtTest>

#include <chrono>
#include <map>
#include <thread>

using namespace outframe;
using namespace outframe::testing;

namespace {

#ifdef OUTFRAME_SANITIZED_BUILD
constexpr int kCancelBoundMs = 400;
#else
constexpr int kCancelBoundMs = 100;
#endif

FillOptions testOptions()
{
    FillOptions options;
#ifdef OUTFRAME_SANITIZED_BUILD
    options.workingMaxPixels = 60'000;
#endif
    return options;
}

// Every unknown pixel got an opaque colour (the references are opaque, so anything else was
// never filled) and every known pixel is bit for bit the input.
void verifyFill(const PixelBuffer &input, const KnownMask &mask, const FillResult &result)
{
    QCOMPARE(result.status, FillStatus::Filled);
    QCOMPARE(result.image.width, input.width);
    QCOMPARE(result.image.height, input.height);
    int unfilled = 0, changed = 0;
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (mask.known[i])
            changed += result.image.pixels[i] != input.pixels[i];
        else
            unfilled += alphaOf(result.image.pixels[i]) != 255;
    }
    QCOMPARE(changed, 0);
    QCOMPARE(unfilled, 0);
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private slots:
    void fillsEveryUnknownPixel_data();
    void fillsEveryUnknownPixel();
    void fullyKnownCanvasIsReturnedUnchanged();
    void canvasWithNothingKnownBecomesGrey();
    void mismatchedMaskIsRejected();
    void badOptionsAreRejected_data();
    void badOptionsAreRejected();
    void sameSeedSamePixels();
    void threadCountDoesNotChangeTheResult();
    void otherSeedOtherFill();
    void progressRisesToOne();
    void cancelStopsPromptly_data();
    void cancelStopsPromptly();
};

void TestCompletion::fillsEveryUnknownPixel_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QRect>("reference");
    QTest::newRow("64x64, centred") << QSize(64, 64) << QRect(16, 16, 32, 32);
    QTest::newRow("touches left edge") << QSize(120, 90) << QRect(0, 20, 60, 50);
    QTest::newRow("touches right edge") << QSize(120, 90) << QRect(60, 20, 60, 50);
    QTest::newRow("touches top edge") << QSize(120, 90) << QRect(30, 0, 60, 50);
    QTest::newRow("touches bottom edge") << QSize(120, 90) << QRect(30, 40, 60, 50);
    QTest::newRow("top-left corner") << QSize(100, 100) << QRect(0, 0, 40, 40);
    QTest::newRow("bottom-right corner") << QSize(100, 100) << QRect(60, 60, 40, 40);
    QTest::newRow("full width band") << QSize(100, 100) << QRect(0, 30, 100, 40);
    QTest::newRow("one unknown row") << QSize(80, 80) << QRect(0, 0, 80, 79);
    QTest::newRow("1 px reference") << QSize(64, 64) << QRect(31, 31, 1, 1);
    QTest::newRow("1 px wide reference") << QSize(96, 64) << QRect(40, 0, 1, 64);
    QTest::newRow("reference smaller than a patch") << QSize(64, 64) << QRect(30, 30, 5, 5);
    QTest::newRow("tall strip, 64 x 4096") << QSize(64, 4096) << QRect(16, 1024, 32, 2048);
    QTest::newRow("wide strip, 4096 x 64") << QSize(4096, 64) << QRect(0, 16, 2048, 32);
    QTest::newRow("scaled working copy, 1.5 MP") << QSize(1500, 1000) << QRect(250, 200, 1000, 600);
    QTest::newRow("4 MP, 2/3 kept") << QSize(2048, 2048) << QRect(341, 341, 1366, 1366);
}

void TestCompletion::fillsEveryUnknownPixel()
{
    QFETCH(QSize, canvas);
    QFETCH(QRect, reference);
    PixelBuffer input = texturedImage(canvas.width(), canvas.height());
    const KnownMask mask = maskOutside(input, reference);
    std::atomic_bool cancel{false};
    const FillResult result = fillUnknown(input, mask, testOptions(), cancel);
    verifyFill(input, mask, result);
}

void TestCompletion::fullyKnownCanvasIsReturnedUnchanged()
{
    const PixelBuffer input = texturedImage(70, 50);
    const KnownMask mask(70, 50, 1);
    std::atomic_bool cancel{false};
    const FillResult result = fillUnknown(input, mask, testOptions(), cancel);
    QCOMPARE(result.status, FillStatus::Filled);
    QVERIFY(result.image.pixels == input.pixels);
}

void TestCompletion::canvasWithNothingKnownBecomesGrey()
{
    PixelBuffer input = texturedImage(64, 64);
    const KnownMask mask = maskOutside(input, QRect());
    std::atomic_bool cancel{false};
    const FillResult result = fillUnknown(input, mask, testOptions(), cancel);
    QCOMPARE(result.status, FillStatus::Filled);
    for (std::uint32_t p : result.image.pixels)
        QCOMPARE(p, 0xff808080u);
}

void TestCompletion::mismatchedMaskIsRejected()
{
    const PixelBuffer input = texturedImage(64, 64);
    const KnownMask mask(64, 63, 1);
    std::atomic_bool cancel{false};
    const FillResult result = fillUnknown(input, mask, testOptions(), cancel);
    QCOMPARE(result.status, FillStatus::InvalidInput);
    QVERIFY(result.image.isEmpty());
    QVERIFY(QString::fromStdString(result.message).contains("mask"));
}

void TestCompletion::badOptionsAreRejected_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("says"); // a word the message must hold
    QTest::newRow("patch radius 0") << "patchRadius" << 0 << "patch radius";
    QTest::newRow("known weight 17") << "knownWeight" << 17 << "known pixels";
    QTest::newRow("guide weight -1") << "guideWeight" << -1 << "guide weight";
    QTest::newRow("detail weight -1") << "detailWeight" << -1 << "guide weight";
    QTest::newRow("detail weight 65") << "detailWeight" << 65 << "guide weight";
    QTest::newRow("reuse cost -1") << "reuseCost" << -1 << "source costs";
    QTest::newRow("layout transfer 101") << "layoutTransfer" << 101 << "layout transfer";
}

// Options come from the bench and from tuning: a value out of range is refused with a message
// that names it, rather than filling with a nonsense weight.
void TestCompletion::badOptionsAreRejected()
{
    QFETCH(QString, field);
    QFETCH(int, value);
    QFETCH(QString, says);
    FillOptions options = testOptions();
    const std::map<QString, int *> fields = {
        {"patchRadius", &options.patchRadius}, {"knownWeight", &options.knownWeight},
        {"guideWeight", &options.guideWeight}, {"detailWeight", &options.detailWeight},
        {"reuseCost", &options.reuseCost},     {"layoutTransfer", &options.layoutTransfer},
    };
    *fields.at(field) = value;
    PixelBuffer input = texturedImage(64, 64);
    const KnownMask mask = maskOutside(input, QRect(16, 16, 32, 32));
    std::atomic_bool cancel{false};
    const FillResult result = fillUnknown(input, mask, options, cancel);
    QCOMPARE(result.status, FillStatus::InvalidInput);
    QVERIFY(result.image.isEmpty());
    QVERIFY2(QString::fromStdString(result.message).contains(says), result.message.c_str());
}

void TestCompletion::sameSeedSamePixels()
{
    PixelBuffer input = texturedImage(300, 200);
    const KnownMask mask = maskOutside(input, QRect(50, 33, 200, 134));
    std::atomic_bool cancel{false};
    FillOptions options = testOptions();
    options.seed = 42;
    const FillResult a = fillUnknown(input, mask, options, cancel);
    const FillResult b = fillUnknown(input, mask, options, cancel);
    QCOMPARE(a.status, FillStatus::Filled);
    QVERIFY(a.image.pixels == b.image.pixels);
}

void TestCompletion::threadCountDoesNotChangeTheResult()
{
    // Large enough for a scaled working copy and many row bands.
    PixelBuffer input = texturedImage(640, 480, 7);
    const KnownMask mask = maskOutside(input, QRect(107, 80, 426, 320));
    std::atomic_bool cancel{false};
    FillOptions options = testOptions();
    options.workingMaxPixels = 100'000;
    options.threads = 1;
    const FillResult one = fillUnknown(input, mask, options, cancel);
    options.threads = 2;
    const FillResult two = fillUnknown(input, mask, options, cancel);
    options.threads = 3;
    const FillResult three = fillUnknown(input, mask, options, cancel);
    QCOMPARE(one.status, FillStatus::Filled);
    QVERIFY(one.image.pixels == two.image.pixels);
    QVERIFY(one.image.pixels == three.image.pixels);
}

void TestCompletion::otherSeedOtherFill()
{
    PixelBuffer input = texturedImage(300, 200);
    const KnownMask mask = maskOutside(input, QRect(50, 33, 200, 134));
    std::atomic_bool cancel{false};
    FillOptions options = testOptions();
    options.seed = 1;
    const FillResult a = fillUnknown(input, mask, options, cancel);
    options.seed = 2;
    const FillResult b = fillUnknown(input, mask, options, cancel);
    QCOMPARE(a.seed, std::uint64_t(1));
    QCOMPARE(b.seed, std::uint64_t(2));
    // Variations must look different, not differ in a few pixels: most of the fill changes.
    int changed = 0, unknown = 0;
    double difference = 0;
    for (std::size_t i = 0; i < input.size(); ++i) {
        if (mask.known[i])
            continue;
        ++unknown;
        const double d = std::abs(lumaOf(a.image.pixels[i]) - lumaOf(b.image.pixels[i]));
        difference += d;
        if (d > 2)
            ++changed;
    }
    qInfo("%d of %d filled pixels differ, by %.1f levels on average", changed, unknown,
          difference / unknown);
    QVERIFY2(changed > unknown / 2, qPrintable(QString("%1 of %2").arg(changed).arg(unknown)));
    QVERIFY(difference / unknown > 4.0);
}

void TestCompletion::progressRisesToOne()
{
    PixelBuffer input = texturedImage(400, 300);
    const KnownMask mask = maskOutside(input, QRect(67, 50, 266, 200));
    std::atomic_bool cancel{false};
    QList<double> reports;
    const FillResult result =
        fillUnknown(input, mask, testOptions(), cancel, [&](double f) { reports.append(f); });
    QCOMPARE(result.status, FillStatus::Filled);
    QVERIFY(reports.size() > 5);
    for (int i = 1; i < reports.size(); ++i)
        QVERIFY(reports[i] >= reports[i - 1]);
    QVERIFY(reports.first() >= 0.0);
    QCOMPARE(reports.last(), 1.0);
}

void TestCompletion::cancelStopsPromptly_data()
{
    QTest::addColumn<double>("cancelAt"); // fraction of progress at which to cancel
    QTest::newRow("before the first report") << -1.0;
    QTest::newRow("early") << 0.05;
    QTest::newRow("half way") << 0.5;
}

void TestCompletion::cancelStopsPromptly()
{
    QFETCH(double, cancelAt);
    PixelBuffer input = texturedImage(2048, 2048, 3);
    const KnownMask mask = maskOutside(input, QRect(341, 341, 1366, 1366));
    FillOptions options = testOptions();
    options.fineIterations = 6; // long enough that it cannot finish before the cancel
    std::atomic_bool cancel{false};
    std::atomic<double> progress{-1.0};
    FillResult result;
    std::chrono::steady_clock::time_point returned;
    std::thread worker([&] {
        result = fillUnknown(input, mask, options, cancel, [&](double f) { progress.store(f); });
        returned = std::chrono::steady_clock::now();
    });
    if (cancelAt >= 0) {
        const auto give = std::chrono::steady_clock::now() + std::chrono::seconds(120);
        while (progress.load() < cancelAt && std::chrono::steady_clock::now() < give)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const auto cancelledAt = std::chrono::steady_clock::now();
    cancel = true;
    worker.join();
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(returned - cancelledAt).count();
    qInfo("returned %lld ms after the cancel flag was set", static_cast<long long>(ms));
    QCOMPARE(result.status, FillStatus::Cancelled);
    QVERIFY(result.image.isEmpty());
    QVERIFY2(ms <= kCancelBoundMs, qPrintable(QString("returned %1 ms after cancel").arg(ms)));
}

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
