// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Framing a canvas around any image by one rule (the CLI's --extend, --aspect, --formats), and
// a batch's folder: what a resume reads back is what was written.
#include "batchmanifest.h"
#include "framerule.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace outframe;

class TestFrameRule : public QObject
{
    Q_OBJECT

private slots:
    void extensionParsing_data();
    void extensionParsing();
    void extendGrowsEachSideByPixelsOrPercent();
    void aspectFramesHoldTheImageAtTheirRatio();
    void withoutAScaleABigImageShrinksToOneJob();
    void aGivenScaleIsKeptEvenOverOneJob();
    void rulesSurviveTheBatchFile();
    void damagedBatchFileSaysWhy();
};

void TestFrameRule::extensionParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("two sides") << "left=25%,right=500" << true;
    QTest::newRow("all four") << "left=1,right=2,top=3%,bottom=4.5%" << true;
    QTest::newRow("spaces") << " top = 10% , bottom=0 " << true;
    QTest::newRow("side twice") << "left=10,left=20" << false;
    QTest::newRow("unknown side") << "up=10" << false;
    QTest::newRow("negative") << "left=-10" << false;
    QTest::newRow("no amount") << "left=" << false;
    QTest::newRow("too many percent") << "left=2000%" << false;
    QTest::newRow("too many px") << "left=20000" << false;
    QTest::newRow("empty") << "" << false;
}

void TestFrameRule::extensionParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const auto extension = parseExtension(text, &error);
    QCOMPARE(extension.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestFrameRule::extendGrowsEachSideByPixelsOrPercent()
{
    FrameRule rule;
    rule.kind = FrameRule::Kind::Extend;
    rule.extension = *parseExtension("left=25%,right=500,top=10", nullptr);
    const Placement p = rule.placementFor(QSize(800, 600));
    QCOMPARE(p.canvasSize(), QSize(200 + 800 + 500, 10 + 600));
    QCOMPARE(p.referenceRect(), QRect(200, 10, 800, 600));
    QVERIFY(p.isValid());

    rule.scale = 0.5; // percentages follow the image at its scale
    const Placement half = rule.placementFor(QSize(800, 600));
    QCOMPARE(half.canvasSize(), QSize(100 + 400 + 500, 10 + 300));
    QCOMPARE(half.referenceRect(), QRect(100, 10, 400, 300));
}

void TestFrameRule::aspectFramesHoldTheImageAtTheirRatio()
{
    FrameRule rule;
    rule.kind = FrameRule::Kind::Aspect;
    rule.anchor = FormatAnchor::Right;
    for (const char *text : {"1:1", "4:5", "9:16", "16:9", "3:2", "21:9"}) {
        rule.ratio = *parseAspectRatio(text);
        const Placement p = rule.placementFor(QSize(1200, 900));
        const QSize c = p.canvasSize();
        QVERIFY2(std::abs(double(c.width()) / c.height() / rule.ratio.value() - 1) < 0.01, text);
        QVERIFY(p.isValid());
        QCOMPARE(p.referenceRect().size(), QSize(1200, 900));
        QCOMPARE(p.referenceRect().right(), c.width() - 1);
    }
}

void TestFrameRule::withoutAScaleABigImageShrinksToOneJob()
{
    FrameRule rule;
    rule.kind = FrameRule::Kind::Aspect;
    rule.ratio = *parseAspectRatio("21:9");
    rule.shrinkToOneJob = true;
    // A 24 MP photo: at its own size no 21:9 frame holding it fits one job.
    const Placement p = rule.placementFor(QSize(6000, 4000));
    QVERIFY(p.outputPixels() <= Placement::kMaxPixels);
    QVERIFY(p.isValid());
    QVERIFY(p.referenceScale() < 1.0);
    // As large as it can be: a little more scale would not fit.
    FrameRule bigger = rule;
    bigger.shrinkToOneJob = false;
    bigger.scale = p.referenceScale() * 1.01;
    QVERIFY(bigger.placementFor(QSize(6000, 4000)).outputPixels() > Placement::kMaxPixels);

    rule.kind = FrameRule::Kind::Extend;
    rule.extension = *parseExtension("left=50%,right=50%", nullptr);
    const Placement grown = rule.placementFor(QSize(6000, 4000));
    QVERIFY(grown.outputPixels() <= Placement::kMaxPixels);
    QCOMPARE(grown.referenceRect().x(), int(std::lround(grown.referenceSize().width() * 0.5)));

    // An image that fits keeps its size.
    rule.kind = FrameRule::Kind::Aspect;
    QCOMPARE(rule.placementFor(QSize(800, 600)).referenceScale(), 1.0);
}

void TestFrameRule::aGivenScaleIsKeptEvenOverOneJob()
{
    FrameRule rule;
    rule.kind = FrameRule::Kind::Extend;
    rule.extension = *parseExtension("right=4000", nullptr);
    rule.scale = 1.0;
    const Placement p = rule.placementFor(QSize(4000, 2000));
    QCOMPARE(p.referenceScale(), 1.0);
    QCOMPARE(p.canvasSize(), QSize(8000, 2000)); // over one job: a chain makes it
}

void TestFrameRule::rulesSurviveTheBatchFile()
{
    QTemporaryDir dir;
    BatchManifest m;
    m.engine = ResultEngine::Local;
    m.keepOriginal = false;
    m.seed = 18'446'744'073'709'551'557ULL;
    m.options.prompt = QStringLiteral("a quiet shore");
    BatchItem fixed;
    fixed.input = QStringLiteral("/in/a.png");
    fixed.output = QStringLiteral("/out/a.png");
    fixed.frame.canvas = QSize(1024, 768);
    fixed.frame.offsetX = 12;
    fixed.frame.autoCrop = true;
    fixed.state = BatchItem::State::Done;
    fixed.taskId = QStringLiteral("task-1");
    fixed.cost = 0.5;
    BatchItem grown = fixed;
    grown.frame = FrameRule();
    grown.frame.kind = FrameRule::Kind::Extend;
    grown.frame.extension = *parseExtension("left=25%,bottom=300", nullptr);
    grown.frame.shrinkToOneJob = true;
    grown.state = BatchItem::State::Failed;
    grown.error = QStringLiteral("refused");
    grown.cost.reset();
    BatchItem format = fixed;
    format.frame = FrameRule();
    format.frame.kind = FrameRule::Kind::Aspect;
    format.frame.ratio = *parseAspectRatio("9:16");
    format.frame.anchor = FormatAnchor::Bottom;
    format.frame.scale = 0.75;
    format.state = BatchItem::State::Pending;
    m.items = {fixed, grown, format};
    QString error;
    QVERIFY2(m.save(dir.filePath("b"), &error), qPrintable(error));

    const auto back = BatchManifest::load(dir.filePath("b"), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->engine, ResultEngine::Local);
    QCOMPARE(back->keepOriginal, false);
    QCOMPARE(back->seed, m.seed);
    QCOMPARE(back->options.prompt, m.options.prompt);
    QCOMPARE(back->items.size(), 3);
    QCOMPARE(back->settledCount(), 2);
    for (int i = 0; i < 3; ++i) {
        const BatchItem &a = m.items[i];
        const BatchItem &b = back->items[i];
        QCOMPARE(b.input, a.input);
        QCOMPARE(b.output, a.output);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.taskId, a.taskId);
        QCOMPARE(b.error, a.error);
        QCOMPARE(b.cost, a.cost);
        // The same rule: the same placement for any image.
        for (const QSize image : {QSize(640, 480), QSize(3000, 4000)})
            QCOMPARE(b.frame.placementFor(image), a.frame.placementFor(image));
    }
}

void TestFrameRule::damagedBatchFileSaysWhy()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!BatchManifest::load(dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("cannot be read")), qPrintable(error));

    QFile file(BatchManifest::manifestPath(dir.path()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        R"({"format":"outframe-batch","version":1,"engine":"flux","items":[)"
        R"({"input":"/a.png","output":"/b.png","state":"done","frame":{"kind":"spiral"}}]})");
    file.close();
    QVERIFY(!BatchManifest::load(dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("item 1 is damaged")), qPrintable(error));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"format":"outframe-batch","version":99,"items":[]})");
    file.close();
    QVERIFY(!BatchManifest::load(dir.path(), &error));
    QVERIFY2(error.contains(QLatin1String("newer Outframe")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestFrameRule)
#include "tst_framerule.moc"
