// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A chain's folder as a resume reads it: what was written comes back, and a damaged or
// tampered manifest is refused with a message before anything could be sent for it.
#include "chainmanifest.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace outframe;

class TestChainManifest : public QObject
{
    Q_OBJECT

private slots:
    void roundTrips();
    void damagedOrOverLimitIsRefused();
    void tilePathsNameTheirTile();
};

namespace {

ChainManifest sample()
{
    ChainManifest m;
    m.plan = planChain({8192, 2048}, QRect(3072, 512, 2048, 1024)).plan;
    m.options.prompt = QStringLiteral("a quiet shore");
    m.options.mode = GenerationMode::Fast;
    m.options.outputFormat = ImageFormat::Webp;
    m.options.safetyTolerance = 4;
    m.options.disablePromptUpsampling = true;
    m.engine = ResultEngine::Local;
    m.label = QStringLiteral("shore.png");
    m.sourcePath = QStringLiteral("/photos/shore.png");
    m.outputPath = QStringLiteral("/out/pano.png");
    m.taskIds.insert(1, QStringLiteral("task-2"));
    return m;
}

} // namespace

void TestChainManifest::roundTrips()
{
    QTemporaryDir dir;
    const ChainManifest written = sample();
    QImage original(written.plan.original.size(), QImage::Format_ARGB32);
    original.fill(qRgb(10, 120, 200));
    QString error;
    QVERIFY2(written.create(dir.path(), original, &error), qPrintable(error));
    const auto read = ChainManifest::load(dir.path(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->plan.tiles, written.plan.tiles);
    QCOMPARE(read->plan.canvas, written.plan.canvas);
    QCOMPARE(read->plan.original, written.plan.original);
    QCOMPARE(read->options, written.options);
    QCOMPARE(read->engine, written.engine);
    QCOMPARE(read->label, written.label);
    QCOMPARE(read->outputPath, written.outputPath);
    QCOMPARE(read->taskIds, written.taskIds);
    const QImage loaded = ChainManifest::loadOriginal(dir.path(), read->plan, &error);
    QVERIFY2(!loaded.isNull(), qPrintable(error));
    QCOMPARE(loaded.size(), original.size());
    QCOMPARE(loaded.pixel(5, 5), original.pixel(5, 5));
}

void TestChainManifest::damagedOrOverLimitIsRefused()
{
    QTemporaryDir dir;
    QImage original(sample().plan.original.size(), QImage::Format_ARGB32);
    original.fill(Qt::white);
    QString error;
    QVERIFY(sample().create(dir.path(), original, &error));
    QFile file(ChainManifest::manifestPath(dir.path()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    file.close();

    auto rewrite = [&](const QByteArray &bytes) {
        QFile out(ChainManifest::manifestPath(dir.path()));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    };
    rewrite(json.left(json.size() / 2));
    QVERIFY(!ChainManifest::load(dir.path(), &error));
    QVERIFY2(error.contains("damaged"), qPrintable(error));

    // A tile grown past the service's limit would be a 422 at best: refused on reading.
    QByteArray tampered = json;
    tampered.replace("\"width\": 2048", "\"width\": 4096");
    rewrite(tampered);
    QVERIFY(!ChainManifest::load(dir.path(), &error));
    QVERIFY2(error.contains("limits"), qPrintable(error));
}

void TestChainManifest::tilePathsNameTheirTile()
{
    const QString folder = QStringLiteral("/tmp/chain");
    QCOMPARE(ChainManifest::tileIndexOf(folder, ChainManifest::tilePath(folder, 4)), 4);
    QVERIFY(!ChainManifest::tileIndexOf(folder, QStringLiteral("/tmp/other/tile-5.png")));
    QVERIFY(!ChainManifest::tileIndexOf(folder, QStringLiteral("/tmp/chain/tile-0.png")));
}

QTEST_GUILESS_MAIN(TestChainManifest)
#include "tst_chainmanifest.moc"
