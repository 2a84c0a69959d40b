// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several outputs from outframe-cli: every format from one image, and batches of many inputs,
// the built binary against the fake server, with a kill half-way through.
#include "chainplan.h"
#include "cliprocess.h"
#include "fakebflserver.h"
#include "framerule.h"

#include <QColorSpace>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace outframe;
using namespace outframe::test;
using namespace outframe::testing;
using Endpoint = FakeBflServer::Endpoint;

namespace {

constexpr char kKey[] = "batch-key-7c21";

QImage picture(QSize size, int seed)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] =
                qRgb((x * 3 + seed * 40) % 256, (y * 2 + seed * 17) % 256, ((x ^ y) + seed) % 256);
    }
    // As outputs are read back: sRGB (QImage's == compares colour spaces too).
    image.setColorSpace(QColorSpace::SRgb);
    return image;
}

// An output's pixels as picture() makes them (outputs are sRGB, tagged or not).
QImage rgb(const QString &path)
{
    QImage image = QImage(path).convertToFormat(QImage::Format_RGB32);
    image.setColorSpace(QColorSpace::SRgb);
    return image;
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n'))
        if (!line.trimmed().isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    return lines;
}

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeBflServer> m_server;
    std::unique_ptr<CliProcess> m_cli;

    QString base() const { return m_server->baseUrl().toString(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString journalDir() const { return path("data/Outframe/Outframe/journal"); }
    int reservations() const
    {
        return int(QDir(journalDir()).entryList({"submit-*"}, QDir::Files).size());
    }

private slots:
    void init();
    void cleanup();
    void formatsGiveOneOutputPerRatio();
    void formatsFromTheOfflineEngineToAFolder();
    void aBadImageFailsAloneAndTheTableSaysSo();
    void twentyImagesKilledHalfWayResumeWithTwentyPaidSubmits();
    void aBatchOfCanvasesBeyondOneJob();
    void variationsHaveSeedsOfTheirOwn();
    void argumentsThatCannotMakeABatch_data();
    void argumentsThatCannotMakeABatch();
};

void TestCliBatch::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(path("config/Outframe"));
    QFile settings(path("config/Outframe/Outframe.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[polling]\ntypical_high=0.2\ntypical_fast=0.2\n");
    settings.close();
    m_server = std::make_unique<FakeBflServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey(kKey);
    auto plan = m_server->taskPlan();
    plan.durationMs = 200;
    m_server->setTaskPlan(plan);
    m_cli = std::make_unique<CliProcess>(QStringLiteral(OUTFRAME_CLI_PATH), m_dir.path());
}

void TestCliBatch::cleanup()
{
    m_server.reset();
}

void TestCliBatch::formatsGiveOneOutputPerRatio()
{
    const QImage image = picture(QSize(600, 400), 1);
    QVERIFY(image.save(path("harbour.png")));
    const CliRun run = m_cli->run({path("harbour.png"), "-o", path("harbour.png.out/h.jpg"),
                                   "--formats", "1:1,4:5,9:16,16:9,3:2,21:9", "--anchor", "top",
                                   "--json", "--api-base", base()},
                                  kKey);
    // The folder of a NAME.EXT output must exist, as for one output.
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(m_server->count(Endpoint::Submit), 0);

    const CliRun made = m_cli->run({path("harbour.png"), "-o", path("h.png"), "--formats",
                                    "1:1,4:5,9:16,16:9,3:2,21:9", "--anchor", "top", "--json",
                                    "--api-base", base()},
                                   kKey);
    QVERIFY2(made.exitCode == 0, made.err);
    QCOMPARE(m_server->count(Endpoint::Submit), 6);
    const QList<QJsonObject> lines = jsonLines(made.out);
    QCOMPARE(lines.size(), 6);
    for (const char *text : {"1:1", "4:5", "9:16", "16:9", "3:2", "21:9"}) {
        const AspectRatio ratio = *parseAspectRatio(text);
        const QString output = path("h-" + aspectFileTag(ratio) + ".png");
        const QImage out = rgb(output);
        QVERIFY2(!out.isNull(), qPrintable(output));
        // Within 1 % of the ratio, as large as one job makes.
        QVERIFY2(std::abs(double(out.width()) / out.height() / ratio.value() - 1) < 0.01, text);
        QVERIFY(qint64(out.width()) * out.height() <= 4'194'304);
        QVERIFY(qint64(out.width()) * out.height() > 4'000'000);
        // The image exact, at the top, centred across.
        const QRect placed((out.width() - image.width()) / 2, 0, image.width(), image.height());
        QCOMPARE(out.copy(placed), image);
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QJsonObject &o) {
            return o.value("output").toString() == output;
        });
        QVERIFY2(line != lines.cend(), qPrintable(output));
        QCOMPARE(line->value("status").toString(), QStringLiteral("done"));
        QCOMPARE(line->value("input").toString(), path("harbour.png"));
        QVERIFY(!line->value("id").toString().isEmpty());
    }
    // Done: nothing is left to resume.
    const CliRun resume = m_cli->run({"--resume"}, kKey);
    QCOMPARE(resume.exitCode, 0);
    QVERIFY2(resume.err.contains("nothing to resume"), resume.err);
    QCOMPARE(m_server->count(Endpoint::Submit), 6);
}

void TestCliBatch::formatsFromTheOfflineEngineToAFolder()
{
    const QImage image = picture(QSize(320, 240), 2);
    QVERIFY(image.save(path("dune.png")));
    const CliRun run = m_cli->run({path("dune.png"), "-o", path("out/"), "--formats", "1:1,16:9",
                                   "--engine", "local", "--scale", "0.5", "--format", "webp"},
                                  QString());
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY2(run.out.contains("2 of 2 made"), run.out);
    QCOMPARE(QDir(path("out")).entryList(QDir::Files),
             (QStringList{"dune-16x9.webp", "dune-1x1.webp"}));
    for (const QString name : {"dune-16x9.webp", "dune-1x1.webp"})
        QVERIFY(qint64(QImage(path("out/" + name)).width()) *
                    QImage(path("out/" + name)).height() <=
                4'194'304);
    QCOMPARE(m_server->count(Endpoint::Submit), 0);
}

void TestCliBatch::aBadImageFailsAloneAndTheTableSaysSo()
{
    QDir().mkpath(path("in"));
    QVERIFY(picture(QSize(256, 192), 3).save(path("in/a.png")));
    QVERIFY(picture(QSize(256, 192), 4).save(path("in/c.jpg")));
    QFile broken(path("in/b.png"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\x89PNG\r\n\x1a\n but not an image");
    broken.close();
    const CliRun run = m_cli->run(
        {path("in"), "-o", path("out/"), "--extend", "left=64,right=50%", "--api-base", base()},
        kKey);
    QCOMPARE(run.exitCode, 2); // the worst item's: an input that cannot be read
    QVERIFY2(run.err.contains("b.png"), run.err);
    QCOMPARE(m_server->count(Endpoint::Submit), 2);
    QCOMPARE(QDir(path("out")).entryList(QDir::Files), (QStringList{"a.png", "c.png"}));
    QCOMPARE(rgb(path("out/a.png")).size(), QSize(64 + 256 + 128, 192));
    QCOMPARE(rgb(path("out/a.png")).copy(64, 0, 256, 192), picture(QSize(256, 192), 3));
    // The table: every input with its status.
    for (const char *row : {"a.png", "b.png", "c.jpg", "failed", "2 of 3 made"})
        QVERIFY2(run.out.contains(row), run.out);
}

void TestCliBatch::twentyImagesKilledHalfWayResumeWithTwentyPaidSubmits()
{
    QDir().mkpath(path("in"));
    QList<QImage> images;
    for (int i = 0; i < 20; ++i) {
        images << picture(QSize(256, 160), i);
        QVERIFY(
            images.last().save(path(QStringLiteral("in/shot-%1.png").arg(i, 2, 10, QChar(u'0')))));
    }
    auto slow = m_server->taskPlan();
    slow.durationMs = 600;
    m_server->setTaskPlan(slow);
    QProcess process;
    m_cli->start(process,
                 {path("in"), "-o", path("out/"), "--aspect", "16:9", "--anchor", "left", "--jobs",
                  "4", "--api-base", base()},
                 kKey);
    // Half-way: frozen, and killed only when no submit is on its way (a POST whose answer never
    // arrived can have made a task nobody knows the id of; that case is the journal's).
    bool killed = false;
    QDeadlineTimer deadline(CliProcess::kTimeoutMs);
    while (!killed && !deadline.hasExpired() && process.state() == QProcess::Running) {
        QTest::qWait(20);
        if (m_server->count(Endpoint::Submit) < 10)
            continue;
        ::kill(pid_t(process.processId()), SIGSTOP);
        QTest::qWait(100); // let the server answer what was already sent
        if (reservations() == 0) {
            process.kill();
            killed = true;
        } else {
            ::kill(pid_t(process.processId()), SIGCONT);
        }
    }
    QVERIFY(killed);
    QVERIFY(CliProcess::finish(process).crashed);
    const int beforeResume = m_server->count(Endpoint::Submit);
    QVERIFY(beforeResume >= 10 && beforeResume < 20);
    const int madeBefore = int(QDir(path("out")).entryList(QDir::Files).size());
    QVERIFY(madeBefore < 20);

    const CliRun resumed = m_cli->run({"--resume", "--json", "--api-base", base()}, kKey);
    QVERIFY2(resumed.exitCode == 0, resumed.err);
    QCOMPARE(m_server->count(Endpoint::Submit), 20); // every image paid for exactly once
    QCOMPARE(int(QDir(path("out")).entryList(QDir::Files).size()), 20);
    for (int i = 0; i < 20; ++i) {
        const QImage out = rgb(path(QStringLiteral("out/shot-%1.png").arg(i, 2, 10, QChar(u'0'))));
        QVERIFY(std::abs(double(out.width()) / out.height() / (16.0 / 9.0) - 1) < 0.01);
        QCOMPARE(out.copy(QRect(QPoint(0, (out.height() - 160) / 2), QSize(256, 160))), images[i]);
    }
    // The resume reported the items it made, each once.
    const QList<QJsonObject> lines = jsonLines(resumed.out);
    QCOMPARE(lines.size(), 20 - madeBefore);
    const CliRun again = m_cli->run({"--resume"}, kKey);
    QVERIFY2(again.err.contains("nothing to resume"), again.err);
}

// Each output over 4,194,304 px is made by a chain of jobs, inside the batch.
void TestCliBatch::aBatchOfCanvasesBeyondOneJob()
{
    QDir().mkpath(path("in"));
    const QSize image(1024, 768), canvas(4096, 1536);
    for (int i = 0; i < 2; ++i)
        QVERIFY(picture(image, 10 + i).save(path(QStringLiteral("in/view-%1.png").arg(i))));
    const CliRun run =
        m_cli->run({path("in"), "-o", path("out/"), "-W", QString::number(canvas.width()), "-H",
                    QString::number(canvas.height()), "--api-base", base()},
                   kKey);
    QVERIFY2(run.exitCode == 0, run.err);
    const QRect placed(
        QPoint((canvas.width() - image.width()) / 2, (canvas.height() - image.height()) / 2),
        image);
    const ChainPlan plan = planChain(canvas, placed).plan;
    QVERIFY(plan.tiles.size() > 1);
    QCOMPARE(m_server->count(Endpoint::Submit), 2 * plan.tiles.size());
    for (const auto &post : m_server->requests(Endpoint::Submit)) {
        const QJsonObject body = post.json();
        QVERIFY(qint64(body.value("width").toInt()) * body.value("height").toInt() <= 4'194'304);
    }
    for (int i = 0; i < 2; ++i) {
        const QImage out = rgb(path(QStringLiteral("out/view-%1.png").arg(i)));
        QCOMPARE(out.size(), canvas);
        QCOMPARE(out.copy(placed), picture(image, 10 + i));
    }
    // The batch's chains are its own: nothing is left for a resume.
    const CliRun resume = m_cli->run({"--resume"}, kKey);
    QVERIFY2(resume.err.contains("nothing to resume"), resume.err);
}

void TestCliBatch::variationsHaveSeedsOfTheirOwn()
{
    const QImage image = picture(QSize(200, 150), 20);
    QVERIFY(image.save(path("dune.png")));
    const QStringList frame{"-W", "320", "-H", "240", "--engine", "local"};
    const CliRun run = m_cli->run(QStringList{path("dune.png"), "-o", path("v.png"), "--seed", "7",
                                              "--variations", "3", "--json"} +
                                      frame,
                                  QString());
    QVERIFY2(run.exitCode == 0, run.err);
    QList<QImage> outs;
    QList<double> seeds;
    for (const QJsonObject &line : jsonLines(run.out))
        seeds << line.value("seed").toDouble();
    std::sort(seeds.begin(), seeds.end());
    QCOMPARE(seeds, (QList<double>{7, 8, 9}));
    for (int v = 1; v <= 3; ++v) {
        outs << rgb(path(QStringLiteral("v-%1.png").arg(v)));
        QCOMPARE(outs.last().size(), QSize(320, 240));
        QCOMPARE(outs.last().copy(60, 45, 200, 150), image);
    }
    // Three different fills...
    QVERIFY(outs[0] != outs[1] && outs[1] != outs[2] && outs[0] != outs[2]);
    // ...and the second made again alone, bit for bit, from its seed.
    const CliRun again = m_cli->run(
        QStringList{path("dune.png"), "-o", path("again.png"), "--seed", "8"} + frame, QString());
    QVERIFY2(again.exitCode == 0, again.err);
    QCOMPARE(rgb(path("again.png")), outs[1]);
}

void TestCliBatch::argumentsThatCannotMakeABatch_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("two inputs to one file")
        << QStringList{"a.png", "b.png", "-o", "x.png", "-W", "512", "-H", "512"}
        << "need a folder";
    QTest::newRow("a batch to stdout")
        << QStringList{"a.png", "b.png", "-o", "-", "--extend", "left=10"} << "folder";
    QTest::newRow("two ways of sizing")
        << QStringList{"a.png", "-o", "o/", "-W", "512", "-H", "512", "--aspect", "1:1"}
        << "one of -W/-H";
    QTest::newRow("anchor without a ratio")
        << QStringList{"a.png", "-o", "o/", "--extend", "left=10", "--anchor", "left"}
        << "--anchor applies";
    QTest::newRow("offset without a size")
        << QStringList{"a.png", "-o", "o/", "--aspect", "1:1", "-x", "0"} << "with -W/-H only";
    QTest::newRow("bad ratio") << QStringList{"a.png", "-o", "o/", "--formats", "1:1,wide"}
                               << "“wide” is not a ratio";
    QTest::newRow("too many jobs")
        << QStringList{"a.png", "-o", "o/", "--aspect", "1:1", "--jobs", "25"} << "--jobs";
    QTest::newRow("plan of a batch")
        << QStringList{"a.png", "b.png", "-o", "o/", "--aspect", "1:1", "--plan"} << "--plan";
    QTest::newRow("a missing input")
        << QStringList{"a.png", "missing.png", "-o", "o/", "--aspect", "1:1"} << "does not exist";
}

void TestCliBatch::argumentsThatCannotMakeABatch()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QDir::setCurrent(m_dir.path());
    QVERIFY(picture(QSize(128, 128), 5).save(path("a.png")));
    QVERIFY(picture(QSize(128, 128), 6).save(path("b.png")));
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    m_cli->start(process, args << "--api-base" << base(), kKey);
    const CliRun run = CliProcess::finish(process);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err);
    QCOMPARE(m_server->count(Endpoint::Submit), 0);
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"
