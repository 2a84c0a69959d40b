// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Canvases beyond the service's 4,194,304 px from outframe-cli: the built binary against the
// fake server, checking every submit, the references sent, the output, and a kill mid-chain.
#include "chainplan.h"
#include "cliprocess.h"
#include "fakebflserver.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace outframe;
using namespace outframe::test;
using namespace outframe::testing;
using Endpoint = FakeBflServer::Endpoint;

namespace {

constexpr char kKey[] = "chain-key-51aa";
const QSize kImage(2048, 1024);
const QSize kPanorama(8192, 2048);

// A photograph-like reference: smooth, with detail, never flat.
QImage reference()
{
    QImage image(kImage, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(60 + (x * 120) / kImage.width() + (x * y) % 7,
                           90 + (y * 100) / kImage.height(), 140 + ((x / 16 + y / 16) % 2) * 20);
    }
    return image;
}

QImage decodedReference(const QJsonObject &body)
{
    return QImage::fromData(QByteArray::fromBase64(body.value("input_image").toString().toLatin1()))
        .convertToFormat(QImage::Format_RGB32);
}

} // namespace

class TestCliChain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeBflServer> m_server;
    std::unique_ptr<CliProcess> m_cli;
    QString m_input;

    QStringList panoramaArgs(const QString &output) const
    {
        return {m_input,
                "-o",
                output,
                "-W",
                QString::number(kPanorama.width()),
                "-H",
                QString::number(kPanorama.height()),
                "--api-base",
                m_server->baseUrl().toString()};
    }

    ChainPlan expectedPlan() const
    {
        const QPoint offset((kPanorama.width() - kImage.width()) / 2,
                            (kPanorama.height() - kImage.height()) / 2);
        return planChain(kPanorama, QRect(offset, kImage)).plan;
    }

    QStringList savedResults() const
    {
        return QDir(m_cli->resultsFolder()).entryList({"*.png"}, QDir::Files);
    }

private slots:
    void init();
    void cleanup();
    void planPrintsTheJobsAndTheCostAndSendsNothing();
    void panoramaFromChainedJobs();
    void killAfterTheSecondTileResumesWithoutPayingTwice();
    void offlineEngineMakesAChainToo();
    void tooLargeACanvasIsRefused();
};

void TestCliChain::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.filePath("config/Outframe"));
    QFile settings(m_dir.filePath("config/Outframe/Outframe.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[polling]\ntypical_high=0.2\ntypical_fast=0.2\n");
    settings.close();
    m_input = m_dir.filePath("shore.png");
    QVERIFY(reference().save(m_input));
    m_server = std::make_unique<FakeBflServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey(kKey);
    auto plan = m_server->taskPlan();
    plan.durationMs = 200;
    m_server->setTaskPlan(plan);
    m_cli = std::make_unique<CliProcess>(QStringLiteral(OUTFRAME_CLI_PATH), m_dir.path());
}

void TestCliChain::cleanup()
{
    m_server.reset();
}

void TestCliChain::planPrintsTheJobsAndTheCostAndSendsNothing()
{
    QStringList args = panoramaArgs(m_dir.filePath("pano.png"));
    args << "--plan";
    const CliRun run = m_cli->run(args, kKey);
    QCOMPARE(run.exitCode, 0);
    const ChainPlan plan = expectedPlan();
    QVERIFY2(run.out.contains(QStringLiteral("%1 jobs in %2 waves")
                                  .arg(plan.tiles.size())
                                  .arg(plan.waveCount())
                                  .toUtf8()),
             run.out);
    QVERIFY2(run.out.contains(QStringLiteral("%1 credits").arg(plan.estimatedCredits()).toUtf8()),
             run.out);
    QCOMPARE(m_server->count(Endpoint::Submit), 0);
    QVERIFY(!QFile::exists(m_dir.filePath("pano.png")));
}

void TestCliChain::panoramaFromChainedJobs()
{
    const QString output = m_dir.filePath("pano.png");
    const CliRun run = m_cli->run(panoramaArgs(output), kKey);
    QVERIFY2(run.exitCode == 0, run.err);
    const QImage out = QImage(output).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(out.size(), kPanorama);

    // The original, bit for bit, where it was placed.
    const ChainPlan plan = expectedPlan();
    QCOMPARE(out.copy(plan.original), reference());

    // One submit per tile, each within the limit, each reference exactly the canvas's pixels
    // where it lies: only pixels known when it was sent (nothing known is written again).
    const auto posts = m_server->requests(Endpoint::Submit);
    QCOMPARE(posts.size(), plan.tiles.size());
    QList<int> matched;
    for (const auto &post : posts) {
        const QJsonObject body = post.json();
        const QSize canvas(body.value("width").toInt(), body.value("height").toInt());
        QVERIFY(qint64(canvas.width()) * canvas.height() <= 4'194'304);
        const QPoint offset(body.value("reference_offset_x").toInt(),
                            body.value("reference_offset_y").toInt());
        const QImage sent = decodedReference(body);
        bool found = false;
        for (const ChainTile &tile : plan.tiles) {
            if (matched.contains(tile.index) || tile.rect.size() != canvas ||
                tile.reference.topLeft() - tile.rect.topLeft() != offset ||
                sent.size() != tile.reference.size())
                continue;
            QCOMPARE(sent, out.copy(tile.reference));
            matched << tile.index;
            found = true;
            break;
        }
        QVERIFY2(found, "a submit that matches no tile of the plan");
    }

    // Each tile's result stays in the results folder (paid), and the chain's folder is done.
    QCOMPARE(savedResults().size(), plan.tiles.size());
    const QStringList chains =
        QDir(m_cli->chainsFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(chains.size(), 1);
    QVERIFY(QFile::exists(QDir(m_cli->chainsFolder()).filePath(chains.first() + "/finished")));
    const CliRun resume = m_cli->run({"--resume"}, kKey);
    QCOMPARE(resume.exitCode, 0);
    QVERIFY2(resume.err.contains("nothing to resume"), resume.err);
}

void TestCliChain::killAfterTheSecondTileResumesWithoutPayingTwice()
{
    // The uninterrupted panorama, to compare with.
    const QString straight = m_dir.filePath("straight.png");
    QCOMPARE(m_cli->run(panoramaArgs(straight), kKey).exitCode, 0);
    const int straightSubmits = m_server->count(Endpoint::Submit);
    QDir(m_cli->resultsFolder()).removeRecursively();

    auto slow = m_server->taskPlan();
    slow.durationMs = 1'200;
    m_server->setTaskPlan(slow);
    const QString output = m_dir.filePath("crash.png");
    QProcess process;
    m_cli->start(process, panoramaArgs(output), kKey);
    // Killed once two tiles are saved, while the third runs.
    QTRY_VERIFY_WITH_TIMEOUT(savedResults().size() >= 2, CliProcess::kTimeoutMs);
    process.kill();
    QVERIFY(CliProcess::finish(process).crashed);
    QVERIFY(!QFile::exists(output));
    const int beforeResume = m_server->count(Endpoint::Submit) - straightSubmits;
    QVERIFY(beforeResume >= 2);

    const CliRun resumed =
        m_cli->run({"--resume", "--json", "--api-base", m_server->baseUrl().toString()}, kKey);
    QVERIFY2(resumed.exitCode == 0, resumed.err);
    // Every tile paid for once over both runs.
    QCOMPARE(m_server->count(Endpoint::Submit) - straightSubmits, straightSubmits);
    const QJsonObject summary = QJsonDocument::fromJson(resumed.out.trimmed()).object();
    QCOMPARE(summary.value("status").toString(), QStringLiteral("done"));
    QCOMPARE(summary.value("output").toString(), output);
    QCOMPARE(QImage(output).convertToFormat(QImage::Format_RGB32),
             QImage(straight).convertToFormat(QImage::Format_RGB32));
}

void TestCliChain::offlineEngineMakesAChainToo()
{
    const QString output = m_dir.filePath("offline.png");
    const CliRun run = m_cli->run(
        {m_input, "-o", output, "-W", "6000", "-H", "1200", "--engine", "local"}, QString());
    QVERIFY2(run.exitCode == 0, run.err);
    const QImage out = QImage(output).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(out.size(), QSize(6000, 1200));
    const QPoint offset((6000 - kImage.width()) / 2, (1200 - kImage.height()) / 2);
    QCOMPARE(out.copy(QRect(offset, kImage)), reference());
    QCOMPARE(m_server->count(Endpoint::Submit), 0);
}

void TestCliChain::tooLargeACanvasIsRefused()
{
    const CliRun run = m_cli->run({m_input, "-o", m_dir.filePath("x.png"), "-W", "20000", "-H",
                                   "2000", "--api-base", m_server->baseUrl().toString()},
                                  kKey);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("at most 16384 px"), run.err);
    QCOMPARE(m_server->count(Endpoint::Submit), 0);
}

QTEST_MAIN(TestCliChain)
#include "tst_clichain.moc"
