// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliprocess.h"
#include "fakebflserver.h"
#include "projectfile.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace outframe;
using outframe::test::FakeBflServer;
using outframe::testing::CliProcess;
using outframe::testing::CliRun;

namespace {

constexpr char kKey[] = "app-resume-key";

QStringList lines(const QByteArray &out, const QString &prefix)
{
    QStringList found;
    for (const QByteArray &line : out.split('\n'))
        if (line.startsWith(prefix.toUtf8()))
            found << QString::fromUtf8(line.mid(prefix.size())).trimmed();
    return found;
}

} // namespace

// The app killed with SIGKILL between submit and Ready: at its next start it fetches the
// paid result (no second POST) and puts it into the session the job came from: that project,
// open or not, or that session's recovery file; never twice, never into another session.
// The app runs in appresume_harness (the real Studio and MainWindow) on a home of its own.
class TestAppResume : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void resultGoesIntoItsProjectOnDisk();
    void resultGoesIntoItsProjectWhenOpen();
    void resultOfAnUnsavedSessionGoesIntoItsRecovery();

private:
    // Starts the app, presses Generate and kills it once the task is submitted; returns the
    // task id and, in `recovery`, the session's recovery file.
    QString submitThenKill(const QStringList &extra, QString *recovery = nullptr);
    CliRun resume(const QStringList &extra = {});
    QString writeImage(const QString &name, QColor colour);
    static int layersOfTask(const QString &file, const QString &taskId);
    int savedResults() const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBflServer> m_server;
    std::unique_ptr<CliProcess> m_app;
};

void TestAppResume::init()
{
    QVERIFY(m_dir.isValid());
    QDir(m_dir.path()).removeRecursively();
    QDir().mkpath(m_dir.path());
    m_server = std::make_unique<FakeBflServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey(kKey);
    auto plan = m_server->taskPlan();
    plan.durationMs = 600'000; // Ready only when the test says so
    m_server->setTaskPlan(plan);
    m_app = std::make_unique<CliProcess>(QStringLiteral(OUTFRAME_HARNESS_PATH), m_dir.path());
}

void TestAppResume::cleanup()
{
    m_server.reset();
}

QString TestAppResume::writeImage(const QString &name, QColor colour)
{
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_dir.filePath(name);
    return image.save(path) ? path : QString();
}

QString TestAppResume::submitThenKill(const QStringList &extra, QString *recovery)
{
    QProcess process;
    m_app->start(process,
                 QStringList{"--base", m_server->baseUrl().toString(), "submit",
                             writeImage(QStringLiteral("red.png"), Qt::red)} +
                     extra,
                 QString::fromLatin1(kKey));
    QByteArray out;
    QDeadlineTimer deadline(30'000);
    while (!out.contains("RECOVERY ") && !deadline.hasExpired() &&
           process.state() == QProcess::Running) {
        QTest::qWait(10);
        out += process.readAllStandardOutput();
    }
    if (!out.contains("RECOVERY ")) {
        qWarning("the app did not submit: %s %s", out.constData(),
                 process.readAllStandardError().constData());
        process.kill();
        process.waitForFinished();
        return {};
    }
    process.kill(); // SIGKILL: no chance to clean up
    const CliRun killed = CliProcess::finish(process);
    if (!killed.crashed)
        return {};
    const QStringList ids = lines(out, QStringLiteral("SUBMITTED "));
    if (recovery)
        *recovery = lines(out, QStringLiteral("RECOVERY ")).value(0);
    if (ids.size() != 1 || m_server->count(FakeBflServer::Endpoint::Submit) != 1)
        return {};
    // Killed before Ready: only the journal knows the task now.
    if (m_server->readyAtEpochMs(ids.first()) <= QDateTime::currentMSecsSinceEpoch())
        return {};
    m_server->makeReady(ids.first());
    return ids.first();
}

CliRun TestAppResume::resume(const QStringList &extra)
{
    return m_app->run(QStringList{"--base", m_server->baseUrl().toString(), "resume"} + extra,
                      QString::fromLatin1(kKey));
}

int TestAppResume::layersOfTask(const QString &file, const QString &taskId)
{
    const ProjectFile::Loaded loaded = ProjectFile::load(file);
    if (!loaded.ok())
        return -1;
    return int(std::count_if(loaded.state.layers.cbegin(), loaded.state.layers.cend(),
                             [&](const ResultLayer &l) { return l.taskId == taskId; }));
}

int TestAppResume::savedResults() const
{
    return int(QDir(m_dir.filePath(QStringLiteral("Pictures/Outframe")))
                   .entryList({QStringLiteral("*.png")}, QDir::Files)
                   .size());
}

void TestAppResume::resultGoesIntoItsProjectOnDisk()
{
    const QString project = m_dir.filePath(QStringLiteral("red.outframe"));
    const QString taskId = submitThenKill({"--save", project});
    QVERIFY(!taskId.isEmpty());
    QCOMPARE(layersOfTask(project, taskId), 0);

    // The next start opens nothing: the result goes into the project on disk, not into the
    // empty session shown.
    const CliRun run = resume();
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(lines(run.out, QStringLiteral("JOBS ")), QStringList{"1"});
    QCOMPARE(lines(run.out, QStringLiteral("LAYER ")), QStringList());
    QCOMPARE(layersOfTask(project, taskId), 1);
    const ProjectFile::Loaded loaded = ProjectFile::load(project);
    QCOMPARE(loaded.state.layers.size(), 1);
    QCOMPARE(loaded.state.reference.pixelColor(5, 5), QColor(Qt::red));
    QVERIFY2(lines(run.out, QStringLiteral("MESSAGE ")).value(0).contains("red.outframe"), run.out);
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 1); // fetched, not paid twice
    QCOMPARE(savedResults(), 1);

    // Once: a further start has nothing to fetch and the project keeps one layer.
    const CliRun again = resume();
    QVERIFY2(again.exitCode == 0, again.out + again.err);
    QCOMPARE(lines(again.out, QStringLiteral("JOBS ")), QStringList{"0"});
    QCOMPARE(layersOfTask(project, taskId), 1);
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 1);
}

void TestAppResume::resultGoesIntoItsProjectWhenOpen()
{
    const QString project = m_dir.filePath(QStringLiteral("red.outframe"));
    const QString taskId = submitThenKill({"--save", project});
    QVERIFY(!taskId.isEmpty());

    const CliRun run = resume({"--open", project});
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    // A layer of the open project (one undo step, saved with it), and only there.
    QCOMPARE(lines(run.out, QStringLiteral("LAYER ")), QStringList{taskId});
    QCOMPARE(layersOfTask(project, taskId), 0);
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 1);
}

void TestAppResume::resultOfAnUnsavedSessionGoesIntoItsRecovery()
{
    QString recovery;
    const QString taskId = submitThenKill({}, &recovery);
    QVERIFY(!taskId.isEmpty());
    QVERIFY2(QFileInfo::exists(recovery), qPrintable(recovery)); // written when Generate began

    const CliRun run = resume();
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(lines(run.out, QStringLiteral("LAYER ")), QStringList());
    QCOMPARE(layersOfTask(recovery, taskId), 1);
    const ProjectFile::Loaded loaded = ProjectFile::load(recovery);
    QCOMPARE(loaded.state.reference.pixelColor(5, 5), QColor(Qt::red));
    QVERIFY2(lines(run.out, QStringLiteral("MESSAGE ")).value(0).contains("recover"), run.out);
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 1);
}

QTEST_MAIN(TestAppResume)
#include "tst_appresume.moc"
