// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// outframe-cli as a user runs it: the built binary against the fake server, asserting exit
// codes, messages, the --json summary, the output file, and what went over the wire.
#include "document.h"
#include "fakebflserver.h"
#include "imagemetadata.h"
#include "projectfile.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace outframe::test;
using Endpoint = FakeBflServer::Endpoint;
using Reply = FakeBflServer::Reply;

namespace {

constexpr char kKey[] = "cli-key-7d0e";

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

QImage reference()
{
    QImage image(100, 80, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, qRgb((x * 5) % 256, (y * 3) % 256, (x * y) % 256));
    return image;
}

// A result as the service would send it: the whole canvas in one colour, the reference area
// included (so a missing paste-back shows).
outframe::ResultLayer solidResult(const outframe::Placement &placement, QRgb colour)
{
    outframe::ResultLayer layer;
    layer.image = QImage(placement.canvasSize(), QImage::Format_RGB32);
    layer.image.fill(colour);
    layer.placement = placement;
    layer.referenceRect = placement.referenceRect();
    layer.seam.keepOriginal = true;
    layer.seam.featherPx = 0;
    layer.seam.colourMatch = false; // the generated pixels stay exactly the layer's colour
    return layer;
}

constexpr QRgb kBottomColour = 0xff2050c0;
constexpr QRgb kTopColour = 0xffc08020;
const QPoint kOffset(30, 50);
const QSize kCanvas(240, 200);

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeBflServer> m_server;
    QString m_input;
    bool m_keyLeaked = false;

    QProcessEnvironment environment(bool withKey = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BFL_API_KEY"));
        env.remove(QStringLiteral("BFL_API_BASE"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath("data"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        if (withKey)
            env.insert(QStringLiteral("BFL_API_KEY"), QString::fromLatin1(kKey));
        return env;
    }

    QStringList withBase(QStringList args) const
    {
        return args << QStringLiteral("--api-base") << m_server->baseUrl().toString();
    }

    void startCli(QProcess &process, const QStringList &args, bool withKey = true)
    {
        process.setProcessEnvironment(environment(withKey));
        process.start(QStringLiteral(OUTFRAME_CLI_PATH), args);
        QVERIFY(process.waitForStarted());
    }

    CliRun finish(QProcess &process, int timeoutMs = 20'000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10); // the fake server answers from this event loop
        CliRun run;
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        run.exitCode = process.exitCode();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    CliRun cli(const QStringList &args, bool withKey = true)
    {
        QProcess process;
        startCli(process, args, withKey);
        CliRun run = finish(process);
        // The key is a secret: never in any output (checked in cleanup()).
        m_keyLeaked = m_keyLeaked || run.out.contains(kKey) || run.err.contains(kKey);
        return run;
    }

    // A project as the app saves it: the reference placed at kOffset on kCanvas, and the
    // given number of results (the last one on top and active, as after generating).
    QString saveProject(int results, QList<quint64> *layerIds = nullptr)
    {
        outframe::Document document;
        document.setReference(reference(), m_input);
        outframe::Placement placement(kCanvas, reference().size());
        placement.setOffsetX(kOffset.x());
        placement.setOffsetY(kOffset.y());
        document.setPlacement(placement);
        for (int i = 0; i < results; ++i) {
            const quint64 id =
                document.addResult(solidResult(placement, i == 0 ? kBottomColour : kTopColour));
            if (layerIds)
                *layerIds << id;
        }
        const QString path = m_dir.filePath("session.outframe");
        QString error;
        if (!outframe::ProjectFile::save(document.state(), path, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    // The reference's pixels exactly at kOffset on kCanvas, whatever is around them.
    static void verifyReferenceKept(const QImage &image)
    {
        QCOMPARE(image.size(), kCanvas);
        const QImage ref = reference();
        for (int y = 0; y < ref.height(); ++y)
            for (int x = 0; x < ref.width(); ++x)
                if (image.pixel(QPoint(x, y) + kOffset) != ref.pixel(x, y))
                    QFAIL(
                        qPrintable(QStringLiteral("reference pixel %1,%2 changed").arg(x).arg(y)));
    }

    // The reference's pixels exactly at kOffset, and `outside` everywhere else.
    static void verifyExport(const QImage &image, QRgb outside)
    {
        QCOMPARE(image.size(), kCanvas);
        const QImage ref = reference();
        const QRect placed(kOffset, ref.size());
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb want =
                    placed.contains(x, y) ? ref.pixel(QPoint(x, y) - kOffset) : outside;
                if (image.pixel(x, y) != want)
                    QFAIL(qPrintable(QStringLiteral("pixel %1,%2 is %3, not %4")
                                         .arg(x)
                                         .arg(y)
                                         .arg(image.pixel(x, y), 8, 16)
                                         .arg(want, 8, 16)));
            }
    }

    QString journalDir() const { return m_dir.filePath("data/Outframe/Outframe/journal"); }
    int journalEntries() const
    {
        return int(QDir(journalDir()).entryList({QStringLiteral("*.json")}, QDir::Files).size());
    }

private slots:
    void init();
    void cleanup();
    void pastesBackTheExactReferencePixels();
    void noKeepOriginalGivesTheServicePixels();
    void olderSchemaSaysWhichSettingWasIgnored();
    void thirdPartyWarningsOnlyWithVerbose();
    void scaleResamplesBeforeSending();
    void outputFormatFollowsTheSuffix_data();
    void outputFormatFollowsTheSuffix();
    void jsonSummary();
    void offlineEngineFillsWithoutTheNetwork();
    void offlineEngineKeepsTheReferenceExact();
    void exitCodes_data();
    void exitCodes();
    void interruptExits130AndKeepsTheTask();
    void killBetweenSubmitAndReadyThenResume();
    void resumeWithNothingToDo();
    void projectExportsTheCompositeLikeTheAppsExport();
    void projectLayerExportsThatLayer();
    void projectWithoutResultsExportsThePlacedReference();
    void projectExportFormatFollowsTheSuffix();
    void projectErrors_data();
    void projectErrors();
    void helpAndVersion();
    void progressLineOnATerminal();
    void outputsCarryTheAiGeneratedMarker();
    void standardInputAndOutput();
    void standardOutputProjectExport();
    void jsonCannotShareStandardOutput();
    void sigtermExits143AndKeepsTheTask();
    void jsonHasEveryDocumentedKey();
    void appHelpAndVersionWithoutADisplay();
};

void TestCli::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.filePath("config/Outframe"));
    // What earlier runs would have taught the poll schedule: jobs take ~0.2 s here.
    QFile settings(m_dir.filePath("config/Outframe/Outframe.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[polling]\ntypical_high=0.2\ntypical_fast=0.2\n");
    settings.close();
    m_input = m_dir.filePath("beach.png");
    QVERIFY(reference().save(m_input));
    m_server = std::make_unique<FakeBflServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey(kKey);
    auto plan = m_server->taskPlan();
    plan.durationMs = 200;
    m_server->setTaskPlan(plan);
}

void TestCli::cleanup()
{
    m_server.reset();
    QVERIFY2(!m_keyLeaked, "the API key appeared in the CLI's output");
    m_keyLeaked = false;
}

void TestCli::pastesBackTheExactReferencePixels()
{
    const QString output = m_dir.filePath("out.png");
    const CliRun run = cli(withBase({m_input, "-o", output, "-W", "256", "-H", "192", "-x", "20",
                                     "-y", "-30", "--auto-crop", "--prompt", "sea"}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());           // no --json: nothing on stdout
    QVERIFY2(run.err.isEmpty(), run.err); // not a terminal: no progress line

    const auto posts = m_server->requests(Endpoint::Submit);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().key(), QByteArray(kKey));
    const QJsonObject body = posts.first().json();
    QCOMPARE(body.value("width").toInt(), 256);
    QCOMPARE(body.value("height").toInt(), 192);
    QCOMPARE(body.value("reference_offset_x").toInt(), 20);
    QCOMPARE(body.value("reference_offset_y").toInt(), 0); // auto-cropped: the visible part
    QCOMPARE(body.value("auto_crop").toBool(), true);
    QCOMPARE(body.value("prompt").toString(), QStringLiteral("sea"));
    QCOMPARE(body.value("output_format").toString(), QStringLiteral("png"));
    for (const auto &download : m_server->requests(Endpoint::Download))
        QVERIFY(!download.hasKey());

    const QImage out = QImage(output).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(out.size(), QSize(256, 192));
    const QImage ref = reference();
    // The visible part of the reference (rows 30..79) sits at (20, 0), pixel for pixel.
    for (int y = 0; y < 50; ++y)
        for (int x = 0; x < 100; ++x)
            QCOMPARE(out.pixel(20 + x, y), ref.pixel(x, y + 30));
    const QImage generated = FakeBflServer::resultImage(QSize(256, 192));
    QCOMPARE(out.pixel(200, 150), generated.pixel(200, 150)); // the new region is the model's
    QCOMPARE(journalEntries(), 0);
    // The raw result and its sidecar are in the results folder too.
    const QStringList saved =
        QDir(m_dir.filePath("Pictures/Outframe")).entryList({"*.png", "*.json"}, QDir::Files);
    QCOMPARE(saved.size(), 2);
}

void TestCli::noKeepOriginalGivesTheServicePixels()
{
    const QString output = m_dir.filePath("raw.png");
    const CliRun run =
        cli(withBase({m_input, "-o", output, "-W", "256", "-H", "192", "--no-keep-original"}));
    QCOMPARE(run.exitCode, 0);
    QFile file(output);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QByteArray service = m_server->resultBytes(m_server->tasks().first().id);
    // The service's image as it came, not re-encoded: only the metadata packet is added.
    QCOMPARE(QImage::fromData(bytes), QImage::fromData(service));
    QVERIFY(!outframe::extractXmp(bytes).isEmpty());
    // A PNG's signature and IHDR are its first 33 bytes; the packet goes right after them.
    QVERIFY(bytes.size() > service.size());
    QVERIFY(bytes.startsWith(service.left(33)));
    QVERIFY(bytes.endsWith(service.mid(33)));
}

// A deployment on the older schema: the job still runs, and the terminal says which
// setting the service ignored.
void TestCli::olderSchemaSaysWhichSettingWasIgnored()
{
    m_server->setSchema(FakeBflServer::Schema::Older);
    const QString output = m_dir.filePath("fast.png");
    const CliRun run =
        cli(withBase({m_input, "-o", output, "-W", "256", "-H", "192", "--mode", "fast"}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(output));
    QVERIFY2(run.err.contains("\xe2\x80\x9cmode\xe2\x80\x9d and ignored it"), run.err.constData());
    QCOMPARE(m_server->tasks().size(), 1);
}

// Qt's own warnings (here "QIODevice::seek ... sequential device", from a redirected POST)
// say nothing the user can act on: they reach the terminal only with --verbose.
void TestCli::thirdPartyWarningsOnlyWithVerbose()
{
    const QByteArray elsewhere =
        "http://localhost:" + QByteArray::number(m_server->regionalPort()) +
        "/v1/flux-tools/outpainting-v1";
    const QStringList args{m_input, "-o", m_dir.filePath("r.png"), "-W", "256", "-H", "192"};
    m_server->enqueue(Endpoint::Submit, Reply::withStatus(307, "", {{"Location", elsewhere}}));
    const CliRun quiet = cli(withBase(args));
    QVERIFY(quiet.exitCode != 0);
    QVERIFY2(quiet.err.contains("outframe-cli: "), quiet.err.constData()); // its own words
    QVERIFY2(!quiet.err.contains("QIODevice"), quiet.err.constData());

    m_server->enqueue(Endpoint::Submit, Reply::withStatus(307, "", {{"Location", elsewhere}}));
    const CliRun verbose = cli(withBase(args + QStringList{"--verbose"}));
    QVERIFY2(verbose.err.contains("QIODevice"), verbose.err.constData());
}

void TestCli::scaleResamplesBeforeSending()
{
    const QString output = m_dir.filePath("half.png");
    const CliRun run =
        cli(withBase({m_input, "-o", output, "-W", "128", "-H", "96", "--scale", "0.5"}));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject body = m_server->requests(Endpoint::Submit).first().json();
    const QImage sent =
        QImage::fromData(QByteArray::fromBase64(body.value("input_image").toString().toLatin1()));
    QCOMPARE(sent.size(), QSize(50, 40)); // the service places pixels at their own size
    QCOMPARE(body.value("reference_offset_x").toInt(), 39);
    QCOMPARE(body.value("reference_offset_y").toInt(), 28);
    // Paste-back puts the resampled pixels that were sent, where they were sent.
    const QImage out = QImage(output).convertToFormat(QImage::Format_RGB32);
    const QImage sentRgb = sent.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < 40; ++y)
        for (int x = 0; x < 50; ++x)
            QCOMPARE(out.pixel(39 + x, 28 + y), sentRgb.pixel(x, y));
}

void TestCli::outputFormatFollowsTheSuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("png") << "o.png"
                         << "png" << QByteArray("png");
    QTest::newRow("jpg") << "o.jpg"
                         << "jpeg" << QByteArray("jpeg");
    QTest::newRow("JPEG upper case") << "o.JPEG"
                                     << "jpeg" << QByteArray("jpeg");
    QTest::newRow("webp") << "o.webp"
                          << "webp" << QByteArray("webp");
}

void TestCli::outputFormatFollowsTheSuffix()
{
    QFETCH(QString, name);
    QFETCH(QString, sent);
    QFETCH(QByteArray, format);
    if (!QImageReader::supportedImageFormats().contains(format))
        QSKIP("No image plugin for this format here (qt6-image-formats-plugins).");
    const QString output = m_dir.filePath(name);
    const CliRun run = cli(withBase({m_input, "-o", output, "-W", "128", "-H", "128"}));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(m_server->requests(Endpoint::Submit).first().json().value("output_format").toString(),
             sent);
    QImageReader reader(output);
    QCOMPARE(reader.format(), format);
    QCOMPARE(reader.size(), QSize(128, 128));
}

void TestCli::jsonSummary()
{
    const QString output = m_dir.filePath("j.png");
    const CliRun run = cli(withBase({m_input, "-o", output, "-W", "256", "-H", "192", "--json"}));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(!run.out.contains(kKey));
    QVERIFY(!run.err.contains(kKey));
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1); // one object
    QJsonParseError error{};
    const QJsonObject summary = QJsonDocument::fromJson(lines.first(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(summary.value("id").toString(), m_server->tasks().first().id);
    QCOMPARE(summary.value("status").toString(), QStringLiteral("done"));
    QCOMPARE(summary.value("cost").toDouble(), 5.0);
    QVERIFY(summary.value("input_mp").toDouble() > 0.0079);
    QVERIFY(summary.value("output_mp").toDouble() > 0.049);
    QCOMPARE(summary.value("output").toString(), QFileInfo(output).absoluteFilePath());
    QCOMPARE(summary.value("engine").toString(), QStringLiteral("flux"));
    QVERIFY(summary.value("elapsed_s").toDouble() > 0);
}

void TestCli::offlineEngineFillsWithoutTheNetwork()
{
    const QString output = m_dir.filePath("local.webp");
    const CliRun run = cli({m_input, "-o", output, "-W", "256", "-H", "192", "-x", "150", "-y",
                            "10", "--engine", "local", "--json"},
                           false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err);
    QCOMPARE(m_server->requests().size(), 0); // nothing went over the wire
    const QJsonObject summary = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(summary.value("engine").toString(), QStringLiteral("local"));
    QCOMPARE(summary.value("status").toString(), QStringLiteral("done"));
    QCOMPARE(summary.value("output").toString(), QFileInfo(output).absoluteFilePath());

    QImageReader reader(output);
    QCOMPARE(reader.format(), QByteArray("webp"));
    const QImage out = reader.read().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(out.size(), QSize(256, 192));
    // Lossy WebP: the reference's smooth red and green ramps survive at their offsets.
    const QImage ref = reference();
    for (const QPoint p : {QPoint(10, 10), QPoint(50, 40), QPoint(90, 70)}) {
        const QRgb got = out.pixel(QPoint(150, 10) + p), want = ref.pixel(p);
        QVERIFY(qAbs(qRed(got) - qRed(want)) < 40);
        QVERIFY(qAbs(qGreen(got) - qGreen(want)) < 40);
    }
}

void TestCli::offlineEngineKeepsTheReferenceExact()
{
    const QString output = m_dir.filePath("local.png");
    const CliRun run =
        cli({m_input, "-o", output, "-W", "256", "-H", "192", "--engine", "local"}, false);
    QCOMPARE(run.exitCode, 0);
    const QImage out = QImage(output).convertToFormat(QImage::Format_RGB32);
    const QImage ref = reference();
    const QPoint at((256 - ref.width()) / 2, (192 - ref.height()) / 2);
    for (int y = 0; y < ref.height(); ++y)
        for (int x = 0; x < ref.width(); ++x)
            QCOMPARE(out.pixel(at.x() + x, at.y() + y), ref.pixel(x, y));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<QString>("fault"); // how the server misbehaves
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("posts");

    const QStringList ok = {"-o", "OUT.png", "-W", "256", "-H", "192"};
    QTest::newRow("no canvas size") << QStringList{"INPUT", "-o", "OUT.png"} << true << "" << 2
                                    << "-W WIDTH and -H HEIGHT" << 0;
    QTest::newRow("width not a number")
        << QStringList{"INPUT", "-o", "OUT.png", "-W", "wide", "-H", "100"} << true << "" << 2
        << "whole number" << 0;
    QTest::newRow("unknown suffix")
        << QStringList{"INPUT", "-o", "OUT.gif", "-W", "256", "-H", "192"} << true << "" << 2
        << ".png, .jpg, .jpeg or .webp" << 0;
    QTest::newRow("unknown option")
        << (QStringList{"INPUT", "--frobnicate"} + ok) << true << "" << 2 << "frobnicate" << 0;
    QTest::newRow("missing input")
        << (QStringList{"missing.png"} + ok) << true << "" << 2 << "missing.png" << 0;
    QTest::newRow("reference outside the canvas")
        << (QStringList{"INPUT", "-x", "300"} + ok) << true << "" << 2 << "" << 0;
    // Far off the canvas: nothing may be sent (and charged), however large the number.
    QTest::newRow("offset at the int limit, auto-crop")
        << (QStringList{"INPUT", "-x", "2147483647", "--auto-crop"} + ok) << true << "" << 2
        << "entirely outside" << 0;
    QTest::newRow("canvas over 16384 px a side (beyond a chain)")
        << QStringList{"INPUT", "-o", "OUT.png", "-W", "17000", "-H", "2000"} << true << "" << 2
        << "" << 0;
    QTest::newRow("safety tolerance 9") << (QStringList{"INPUT", "--safety-tolerance", "9"} + ok)
                                        << true << "" << 2 << "0 to 5" << 0;
    QTest::newRow("mode") << (QStringList{"INPUT", "--mode", "slow"} + ok) << true << "" << 2
                          << "high or fast" << 0;
    QTest::newRow("engine local, key set")
        << (QStringList{"INPUT", "--engine", "local"} + ok) << true << "" << 0 << "" << 0;
    QTest::newRow("no key: offline engine by default")
        << (QStringList{"INPUT"} + ok) << false << "" << 0 << "" << 0;
    QTest::newRow("no key, flux") << (QStringList{"INPUT", "--engine", "flux"} + ok) << false << ""
                                  << 2 << "No API key" << 0;
    QTest::newRow("plain http elsewhere")
        << (QStringList{"INPUT", "--api-base", "http://api.example.com"} + ok) << true << "" << 2
        << "not allowed" << 0;
    QTest::newRow("402 out of credits")
        << (QStringList{"INPUT"} + ok) << true << "402" << 3 << "Out of credits" << 1;
    QTest::newRow("403 key refused")
        << (QStringList{"INPUT"} + ok) << true << "403" << 3 << "API key was refused" << 1;
    QTest::newRow("422 validation")
        << (QStringList{"INPUT"} + ok) << true << "422" << 3 << "width: too wide" << 1;
    QTest::newRow("input moderated") << (QStringList{"INPUT"} + ok) << true << "moderated" << 3
                                     << "flagged the input image" << 1;
    QTest::newRow("task error") << (QStringList{"INPUT"} + ok) << true << "error" << 3
                                << "could not generate the image: out of GPUs" << 1;
    QTest::newRow("500 on submit")
        << (QStringList{"INPUT"} + ok) << true << "500" << 4 << "may have been created" << 1;
    QTest::newRow("dropped submit")
        << (QStringList{"INPUT"} + ok) << true << "drop" << 4 << "may have been created" << 1;
    QTest::newRow("timeout") << (QStringList{"INPUT", "--timeout", "1"} + ok) << true << "slow" << 4
                             << "longer than 1 second and" << 1; // not "second(s)"
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withKey);
    QFETCH(QString, fault);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFETCH(int, posts);

    auto plan = m_server->taskPlan();
    if (fault == QLatin1String("402"))
        m_server->enqueue(Endpoint::Submit,
                          Reply::withStatus(402, R"({"detail":"Insufficient credits"})"));
    else if (fault == QLatin1String("403"))
        m_server->setApiKey("another-key");
    else if (fault == QLatin1String("422"))
        m_server->enqueue(Endpoint::Submit,
                          Reply::withStatus(422, R"({"detail":[{"loc":["body","width"],)"
                                                 R"("msg":"too wide","type":"x"}]})"));
    else if (fault == QLatin1String("500"))
        m_server->enqueue(Endpoint::Submit, Reply::withStatus(500, "<html>oops</html>"));
    else if (fault == QLatin1String("drop"))
        m_server->enqueue(Endpoint::Submit, Reply::withAction(Reply::Action::Drop));
    else if (fault == QLatin1String("moderated"))
        plan.finalStatus = QStringLiteral("Request Moderated");
    else if (fault == QLatin1String("error")) {
        plan.finalStatus = QStringLiteral("Error");
        plan.finalDetails = QJsonObject{{"error", "out of GPUs"}};
    } else if (fault == QLatin1String("slow"))
        plan.durationMs = 60'000;
    m_server->setTaskPlan(plan);

    QStringList resolved;
    for (const QString &arg : args)
        resolved << (arg == QLatin1String("INPUT")     ? m_input
                     : arg == QLatin1String("OUT.png") ? m_dir.filePath("out.png")
                     : arg == QLatin1String("OUT.gif") ? m_dir.filePath("out.gif")
                                                       : arg);
    if (!resolved.contains(QLatin1String("--api-base")))
        resolved = withBase(resolved);
    const CliRun run = cli(resolved, withKey);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.crashed);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err);
    QVERIFY(!run.err.contains(kKey));
    QCOMPARE(m_server->count(Endpoint::Submit), posts);
    if (exitCode != 0)
        QVERIFY(!QFile::exists(m_dir.filePath("out.png")));
}

void TestCli::interruptExits130AndKeepsTheTask()
{
    auto plan = m_server->taskPlan();
    plan.durationMs = 60'000;
    m_server->setTaskPlan(plan);
    QProcess process;
    startCli(process, withBase({m_input, "-o", m_dir.filePath("i.png"), "-W", "256", "-H", "192",
                                "--json"}));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(Endpoint::Poll) >= 1, 10'000);
    ::kill(pid_t(process.processId()), SIGINT);
    const CliRun run = finish(process);
    QCOMPARE(run.exitCode, 130);
    QVERIFY2(run.err.contains("--resume"), run.err);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(summary.value("status").toString(), QStringLiteral("interrupted"));
    QCOMPARE(summary.value("exit_code").toInt(), 130);
    QCOMPARE(journalEntries(), 1);
    const int requests = int(m_server->requests().size());
    QTest::qWait(300);
    QCOMPARE(int(m_server->requests().size()), requests); // no traffic after the interrupt
}

void TestCli::killBetweenSubmitAndReadyThenResume()
{
    auto plan = m_server->taskPlan();
    plan.durationMs = 1'500;
    m_server->setTaskPlan(plan);
    const QString output = m_dir.filePath("crash.png");
    QProcess process;
    startCli(process, withBase({m_input, "-o", output, "-W", "256", "-H", "192"}));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(Endpoint::Submit) == 1 && journalEntries() == 1,
                             10'000);
    process.kill(); // SIGKILL: no chance to clean up
    const CliRun killed = finish(process);
    QVERIFY(killed.crashed);
    const QString taskId = m_server->tasks().first().id;
    QVERIFY(m_server->readyAtEpochMs(taskId) > QDateTime::currentMSecsSinceEpoch()); // not ready
    QVERIFY(!QFile::exists(output));

    const CliRun resumed = cli({"--resume", "--json"});
    QCOMPARE(resumed.exitCode, 0);
    QCOMPARE(m_server->count(Endpoint::Submit), 1); // fetched, not paid for twice
    const QJsonObject summary = QJsonDocument::fromJson(resumed.out.trimmed()).object();
    QCOMPARE(summary.value("id").toString(), taskId);
    QCOMPARE(summary.value("status").toString(), QStringLiteral("done"));
    QCOMPARE(summary.value("output").toString(), output);
    const QImage out = QImage(output).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(out.size(), QSize(256, 192));
    // Paste-back survives the crash too.
    const QImage ref = reference();
    for (int y = 0; y < ref.height(); ++y)
        for (int x = 0; x < ref.width(); ++x)
            QCOMPARE(out.pixel(78 + x, 56 + y), ref.pixel(x, y));
    QCOMPARE(journalEntries(), 0);
}

void TestCli::projectExportsTheCompositeLikeTheAppsExport()
{
    const QString project = saveProject(2);
    const QString output = m_dir.filePath("composite.png");
    // No key, no server: exporting a project never needs the network.
    const CliRun run = cli({project, "-o", output, "--json"}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(summary.value("status").toString(), QStringLiteral("done"));
    QCOMPARE(summary.value("output").toString(), output);
    const QImage out = QImage(output).convertToFormat(QImage::Format_RGB32);
    verifyExport(out, kTopColour);
    QVERIFY(m_server->requests().isEmpty());
}

void TestCli::projectLayerExportsThatLayer()
{
    QList<quint64> ids;
    const QString project = saveProject(2, &ids);
    QCOMPARE(ids.size(), 2);
    const QString output = m_dir.filePath("bottom.png");
    const CliRun run = cli({project, "-o", output, "--layer", QString::number(ids.first())}, false);
    QCOMPARE(run.exitCode, 0);
    verifyExport(QImage(output).convertToFormat(QImage::Format_RGB32), kBottomColour);
}

// What the app's Export writes before anything was generated: the image on its canvas, the
// rest transparent.
void TestCli::projectWithoutResultsExportsThePlacedReference()
{
    const QString project = saveProject(0);
    const QString output = m_dir.filePath("placed.png");
    const CliRun run = cli({project, "-o", output}, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains("no results yet"), run.err);
    const QImage out = QImage(output).convertToFormat(QImage::Format_ARGB32);
    verifyExport(out, qRgba(0, 0, 0, 0));
}

void TestCli::projectExportFormatFollowsTheSuffix()
{
    const QString project = saveProject(1);
    const QString output = m_dir.filePath("composite.jpg");
    const CliRun run = cli({project, "-o", output}, false);
    QCOMPARE(run.exitCode, 0);
    QImageReader reader(output);
    QCOMPARE(reader.format(), QByteArray("jpeg"));
    QCOMPARE(reader.size(), kCanvas);
}

void TestCli::projectErrors_data()
{
    QTest::addColumn<QString>("project"); // "good", "missing", "corrupt" or "empty"
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing") << "missing" << QStringList() << "does not exist";
    QTest::newRow("corrupt") << "corrupt" << QStringList() << "session.outframe";
    QTest::newRow("unknown layer")
        << "good" << QStringList{"--layer", "99"} << "no layer 99; its layers are 1";
    QTest::newRow("layer of a project without results")
        << "empty" << QStringList{"--layer", "1"} << "no layers";
    QTest::newRow("layer id not a number")
        << "good" << QStringList{"--layer", "top"} << "--layer must be a layer id";
    QTest::newRow("canvas size with a project")
        << "good" << QStringList{"-W", "512"} << "--width does not apply";
    QTest::newRow("engine with a project")
        << "good" << QStringList{"--engine", "local"} << "--engine does not apply";
    QTest::newRow("layer without a project")
        << "image" << QStringList{"--layer", "1"} << "--layer picks a layer of a project";
}

void TestCli::projectErrors()
{
    QFETCH(QString, project);
    QFETCH(QStringList, extra);
    QFETCH(QString, message);
    QString input = m_dir.filePath("session.outframe");
    if (project == QLatin1String("good"))
        input = saveProject(2);
    else if (project == QLatin1String("empty"))
        input = saveProject(0);
    else if (project == QLatin1String("image"))
        input = m_input;
    else if (project == QLatin1String("corrupt")) {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not a project");
    }
    const QString output = m_dir.filePath("out.png");
    const CliRun run = cli(QStringList{input, "-o", output} + extra, false);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message.toUtf8()), run.err);
    QVERIFY(!QFile::exists(output));
}

void TestCli::resumeWithNothingToDo()
{
    const CliRun run = cli({"--resume"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.contains("nothing to resume"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestCli::helpAndVersion()
{
    const CliRun help = cli({"--help"});
    QCOMPARE(help.exitCode, 0);
    for (const char *option :
         {"--output", "--width", "--height", "--offset-x", "--offset-y", "--auto-crop", "--scale",
          "--prompt", "--mode", "--safety-tolerance", "--engine", "--api-base",
          "--no-keep-original", "--timeout", "--json", "--resume", "--layer", ".outframe"})
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(help.out.contains("130 interrupted"));
    const CliRun version = cli({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("Outframe "));
}

// The same XMP packet the app's Export writes, with the IPTC "AI-generated" source type.
void TestCli::outputsCarryTheAiGeneratedMarker()
{
    for (const char *suffix : {"png", "jpg", "webp"}) {
        const QString output = m_dir.filePath(QStringLiteral("marked.") + QLatin1String(suffix));
        const CliRun run = cli(withBase({m_input, "-o", output, "-W", "256", "-H", "192",
                                         "--prompt", "more sand", "--mode", "fast"}));
        QCOMPARE(run.exitCode, 0);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray xmp = outframe::extractXmp(file.readAll());
        QVERIFY2(xmp.contains(outframe::ExportMetadata::kDigitalSourceType), suffix);
        const auto metadata = outframe::parseXmp(xmp);
        QVERIFY(metadata);
        QVERIFY(metadata->aiGenerated);
        QCOMPARE(metadata->engine, QStringLiteral("flux"));
        QCOMPARE(metadata->taskId, m_server->tasks().last().id);
        QCOMPARE(metadata->prompt, QStringLiteral("more sand"));
        QCOMPARE(metadata->mode, QStringLiteral("fast"));
        QCOMPARE(metadata->canvasSize, QSize(256, 192));
        QCOMPARE(metadata->referenceRect.size(), reference().size());
    }
}

// `-` is standard input for the image and standard output for the result.
void TestCli::standardInputAndOutput()
{
    QFile input(m_input);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray image = input.readAll();
    const std::pair<QByteArray, QByteArray> cases[] = {
        {"", "\x89PNG"}, {"jpeg", "\xff\xd8\xff"}, {"webp", "RIFF"}};
    for (const auto &[format, magic] : cases) {
        QStringList args{"-",  "-o", "-",  "-W", "240",      "-H",   "200",
                         "-x", "30", "-y", "50", "--engine", "local"};
        if (!format.isEmpty())
            args << "--format" << QString::fromLatin1(format);
        QProcess process;
        startCli(process, args, false);
        process.write(image);
        process.closeWriteChannel();
        const CliRun run = finish(process);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(magic), format.constData());
        QVERIFY(!outframe::extractXmp(run.out).isEmpty());
        if (format.isEmpty())
            verifyReferenceKept(QImage::fromData(run.out));
    }
    // An empty or broken standard input is refused as any unreadable image is.
    QProcess process;
    startCli(process, {"-", "-o", m_dir.filePath("x.png"), "-W", "64", "-H", "64"}, false);
    process.write("not an image");
    process.closeWriteChannel();
    QCOMPARE(finish(process).exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath("x.png")));
    // A suffix and --format that disagree are refused before anything runs.
    QCOMPARE(
        cli({m_input, "-o", m_dir.filePath("y.png"), "-W", "64", "-H", "64", "--format", "jpeg"})
            .exitCode,
        2);
}

void TestCli::standardOutputProjectExport()
{
    const QString project = saveProject(2);
    const CliRun run = cli({project, "-o", "-"});
    QCOMPARE(run.exitCode, 0);
    verifyExport(QImage::fromData(run.out), kTopColour);
    const auto metadata = outframe::parseXmp(outframe::extractXmp(run.out));
    QVERIFY(metadata);
    QVERIFY(metadata->aiGenerated);
}

void TestCli::jsonCannotShareStandardOutput()
{
    const CliRun run = cli({m_input, "-o", "-", "-W", "256", "-H", "192", "--json"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--json"), run.err);
    QVERIFY(run.out.isEmpty());
}

// The shell's convention for a process ended by SIGTERM: 128 + 15.
void TestCli::sigtermExits143AndKeepsTheTask()
{
    auto plan = m_server->taskPlan();
    plan.durationMs = 60'000;
    m_server->setTaskPlan(plan);
    QProcess process;
    startCli(process, withBase({m_input, "-o", m_dir.filePath("t.png"), "-W", "256", "-H", "192",
                                "--json"}));
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(Endpoint::Poll) >= 1, 10'000);
    ::kill(pid_t(process.processId()), SIGTERM);
    const CliRun run = finish(process);
    QCOMPARE(run.exitCode, 143);
    QVERIFY(!run.crashed);
    const QJsonObject summary = QJsonDocument::fromJson(run.out.trimmed()).object();
    QCOMPARE(summary.value("status").toString(), QStringLiteral("interrupted"));
    QCOMPARE(summary.value("exit_code").toInt(), 143);
    QCOMPARE(journalEntries(), 1);
}

// Every key --json prints is documented in --help, every object has all of them, and what is
// absent is null rather than missing or empty.
void TestCli::jsonHasEveryDocumentedKey()
{
    const QByteArray help = cli({"--help"}).out;
    const QStringList keys{"status", "exit_code", "error",     "id",        "engine",
                           "cost",   "input",     "input_mp",  "output_mp", "output",
                           "saved",  "layer",     "elapsed_s", "seed"};
    const QString project = saveProject(1);
    const QList<CliRun> runs{
        cli({m_input, "-o", m_dir.filePath("l.png"), "-W", "256", "-H", "192", "--engine", "local",
             "--json"},
            false),
        cli(withBase({m_input, "-o", m_dir.filePath("f.png"), "-W", "256", "-H", "192", "--json"})),
        cli({project, "-o", m_dir.filePath("p.png"), "--json"}),
        cli({project, "-o", m_dir.filePath("p.png"), "--layer", "99", "--json"}),
    };
    QList<QJsonObject> objects;
    for (const CliRun &run : runs) {
        QJsonParseError error{};
        objects << QJsonDocument::fromJson(run.out.trimmed(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(objects.last().size(), keys.size());
        for (const QString &key : keys) {
            QVERIFY2(objects.last().contains(key), qPrintable(key));
            QVERIFY2(help.contains(key.toLatin1()), qPrintable(key));
            QVERIFY2(objects.last().value(key) != QJsonValue(QString()), qPrintable(key));
        }
    }
    const QJsonObject &local = objects.at(0);
    QVERIFY(local.value("id").isNull());
    QVERIFY(local.value("cost").isNull());
    QVERIFY(local.value("error").isNull());
    QVERIFY(local.value("layer").isNull());
    QCOMPARE(local.value("exit_code").toInt(), 0);
    const QJsonObject &flux = objects.at(1);
    QVERIFY(flux.value("id").isString());
    QVERIFY(flux.value("saved").isString());
    const QJsonObject &exported = objects.at(2);
    QVERIFY(exported.value("engine").isNull());
    QVERIFY(exported.value("id").isNull());
    const QJsonObject &refused = objects.at(3);
    QCOMPARE(refused.value("status").toString(), QStringLiteral("failed"));
    QCOMPARE(refused.value("exit_code").toInt(), 2);
    QVERIFY(refused.value("error").isString());
    QCOMPARE(refused.value("layer").toString(), QStringLiteral("99"));
}

// `outframe --help` and `--version` print without a display: a QApplication on the xcb
// platform with no DISPLAY aborts, so they must not create one.
void TestCli::appHelpAndVersionWithoutADisplay()
{
    QProcessEnvironment env = environment(false);
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    for (const char *option : {"--help", "-h", "--version", "-v"}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(OUTFRAME_APP_PATH), {QLatin1String(option)});
        QVERIFY(process.waitForFinished(20'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QByteArray out = process.readAllStandardOutput();
        QVERIFY2(QByteArray(option).contains('h') ? out.contains("--version")
                                                  : out.startsWith("Outframe "),
                 out);
    }
}

// On a terminal the CLI keeps one progress line up to date on stderr (the other tests check
// it stays quiet otherwise). `script` gives the CLI a pseudo-terminal.
void TestCli::progressLineOnATerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("util-linux `script` is not installed.");
    auto plan = m_server->taskPlan();
    plan.durationMs = 800;
    m_server->setTaskPlan(plan);
    QStringList words{QStringLiteral(OUTFRAME_CLI_PATH)};
    words << withBase({m_input, "-o", m_dir.filePath("tty.png"), "-W", "256", "-H", "192"});
    for (QString &word : words)
        word = u'\'' + word.replace(u'\'', QLatin1String("'\\''")) + u'\'';
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(script, {"-qec", words.join(u' '), "/dev/null"});
    QVERIFY(process.waitForStarted());
    const CliRun run = finish(process);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("\r\033[K"), run.out);
    QVERIFY2(run.out.contains("beach.png: "), run.out);
    QVERIFY2(run.out.contains("Done: "), run.out);
    QVERIFY(!run.out.contains(kKey));
}

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
