// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing lost: the task journal, the result store, and resuming after a crash.
#include "history.h"
#include "servicetesting.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QtTest>

#include <latch>
#include <thread>
#include <vector>

using namespace outframe;
using namespace outframe::test;
using Endpoint = FakeBflServer::Endpoint;

class TestJournal : public QObject
{
    Q_OBJECT

private slots:
    void entryRoundTrip();
    void unreadableFilesAreSkipped();
    void claimIsExclusive();
    void taskIsJournalledBeforeWaiting();
    void resumeAfterACrashDeliversThePaidResult();
    void resumedTaskTheServiceForgotIsDropped();
    void resumedTaskIsFetchedFromTheBaseItWasSubmittedTo();
    void taskHeldByAnotherProcessIsNotResumed();
    void resultStoreNamesAndSidecar();
    void savedResultReadsBackInHistory();
    void resultsFinishingTogetherAreAllKept_data();
    void resultsFinishingTogetherAreAllKept();
    void unwritableResultsFolderKeepsTheTask();
};

void TestJournal::entryRoundTrip()
{
    QTemporaryDir dir;
    const TaskJournal journal(dir.path());
    JournalEntry entry;
    entry.taskId = QStringLiteral("0b5c/../weird id");
    entry.pollingUrl = QUrl("https://api.eu2.bfl.ai/v1/get_result?id=0b5c");
    entry.apiBase = QUrl("https://api.bfl.ai");
    entry.label = QStringLiteral("cat.jpg");
    entry.sourcePath = QStringLiteral("/home/a/cat.jpg");
    entry.outputPath = QStringLiteral("/tmp/out.png");
    entry.keepOriginal = false;
    entry.submitted = QDateTime(QDate(2026, 11, 24), QTime(23, 0, 1, 250), Qt::UTC);
    entry.parameters = QJsonObject{{"width", 512}, {"mode", "fast"}};
    entry.referenceRect = QRect(-10, 20, 300, 200);
    entry.cost = 4.5;
    entry.outputMegapixels = 0.26;
    entry.session = {QStringLiteral("/home/a/cat.outframe"),
                     QStringLiteral("/home/a/.local/share/Outframe/recovery/session-1.outframe")};
    QString error;
    QVERIFY(journal.add(entry, QByteArray("\x89PNG-bytes"), &error));

    const QList<JournalEntry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    const JournalEntry &read = entries.first();
    QCOMPARE(read.taskId, entry.taskId);
    QCOMPARE(read.pollingUrl, entry.pollingUrl);
    QCOMPARE(read.apiBase, entry.apiBase);
    QCOMPARE(read.label, entry.label);
    QCOMPARE(read.sourcePath, entry.sourcePath);
    QCOMPARE(read.outputPath, entry.outputPath);
    QCOMPARE(read.keepOriginal, false);
    QCOMPARE(read.submitted, entry.submitted);
    QCOMPARE(read.parameters, entry.parameters);
    QCOMPARE(read.referenceRect, entry.referenceRect);
    QCOMPARE(read.cost.value_or(0), 4.5);
    QVERIFY(!read.inputMegapixels);
    QCOMPARE(read.outputMegapixels.value_or(0), 0.26);
    QCOMPARE(read.session, entry.session); // where the app puts the result after a crash
    // The id cannot escape the journal folder.
    QCOMPARE(QFileInfo(journal.referencePath(entry.taskId)).absolutePath(), dir.path());
    QVERIFY(QFile::exists(journal.referencePath(entry.taskId)));

    journal.remove(entry.taskId);
    QVERIFY(journal.entries().isEmpty());
    QVERIFY(!QFile::exists(journal.referencePath(entry.taskId)));
}

void TestJournal::unreadableFilesAreSkipped()
{
    QTemporaryDir dir;
    const TaskJournal journal(dir.path());
    QFile garbage(dir.filePath("broken.json"));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{ not json");
    garbage.close();
    QFile other(dir.filePath("other.json"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write(R"({"format":"something-else","task_id":"x"})");
    other.close();
    JournalEntry entry;
    entry.taskId = QStringLiteral("good");
    QString error;
    QVERIFY(journal.add(entry, {}, &error));
    const auto entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().taskId, QStringLiteral("good"));
}

void TestJournal::claimIsExclusive()
{
    QTemporaryDir dir;
    const TaskJournal journal(dir.path());
    auto first = journal.claim(QStringLiteral("t1"));
    QVERIFY(first);
    QVERIFY(!journal.claim(QStringLiteral("t1")));
    QVERIFY(journal.claim(QStringLiteral("t2")));
    first.reset();
    QVERIFY(journal.claim(QStringLiteral("t1")));
}

void TestJournal::taskIsJournalledBeforeWaiting()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 60'000;
    f.server->setTaskPlan(plan);
    OutpaintJobSpec spec = testSpec();
    spec.outputPath = QStringLiteral("/tmp/wanted.png");
    FluxJob *job = f.backend->createFluxJob(spec, f.backend.get());
    int pollsWhenSubmitted = -1;
    std::optional<JournalEntry> atSubmit;
    connect(job, &FluxJob::submitted, this, [&](const QString &id) {
        pollsWhenSubmitted = f.server->count(Endpoint::Poll);
        atSubmit = f.backend->journal().entry(id);
    });
    job->start();
    QTRY_VERIFY(atSubmit.has_value());
    QCOMPARE(pollsWhenSubmitted, 0); // written before the first poll
    QCOMPARE(atSubmit->taskId, f.server->tasks().first().id);
    QVERIFY(atSubmit->pollingUrl.toString().contains(atSubmit->taskId));
    QVERIFY(atSubmit->submitted.isValid());
    QCOMPARE(atSubmit->parameters.value("width").toInt(), 256);
    QCOMPARE(atSubmit->outputPath, QStringLiteral("/tmp/wanted.png"));
    QCOMPARE(atSubmit->referenceRect, QRect(78, 56, 100, 80));
    const QImage reference(f.backend->journal().referencePath(atSubmit->taskId));
    QCOMPARE(reference.convertToFormat(QImage::Format_RGB32), testReference());
    QVERIFY(!QFile(f.backend->journal().directory()).fileName().isEmpty());
    // The key is not in the journal.
    for (const QString &name : QDir(f.backend->journal().directory()).entryList(QDir::Files)) {
        QFile file(f.backend->journal().directory() + u'/' + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kTestKey));
    }
    job->cancel();
}

void TestJournal::resumeAfterACrashDeliversThePaidResult()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 600;
    f.server->setTaskPlan(plan);
    QString taskId;
    {
        // A process that submits and dies before the result is ready: its objects vanish
        // without any orderly shutdown of the task.
        FluxBackend crashing(fastConfig(f.server->baseUrl(), f.dir.path()));
        FluxJob *job = crashing.createFluxJob(testSpec(), &crashing);
        QSignalSpy submitted(job, &FluxJob::submitted);
        job->start();
        QTRY_COMPARE(submitted.size(), 1);
        taskId = submitted.first().first().toString();
    }
    QCOMPARE(f.server->count(Endpoint::Submit), 1);

    FluxBackend restarted(fastConfig(f.server->baseUrl(), f.dir.path()));
    const QList<JournalEntry> unfinished = restarted.unfinishedTasks();
    QCOMPARE(unfinished.size(), 1);
    QCOMPARE(unfinished.first().taskId, taskId);
    FluxJob *resumed = restarted.resumeJob(unfinished.first(), &restarted);
    QVERIFY(resumed->isResumed());
    const JobOutcome outcome = runJob(resumed);
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(f.server->count(Endpoint::Submit), 1); // no second charge
    QCOMPARE(outcome.result.taskId, taskId);
    QVERIFY(QFile::exists(outcome.result.savedPath));
    // The sent pixels come back from the journal, for an exact paste-back.
    QCOMPARE(outcome.result.sent.canvasRect, QRect(78, 56, 100, 80));
    QCOMPARE(outcome.result.sent.image.convertToFormat(QImage::Format_RGB32), testReference());
    QVERIFY(restarted.unfinishedTasks().isEmpty());
    QVERIFY(restarted.journal().entries().isEmpty());
}

void TestJournal::resumedTaskTheServiceForgotIsDropped()
{
    QTemporaryDir dir;
    FakeBflServer server;
    QVERIFY(server.listen());
    FluxBackend backend(fastConfig(server.baseUrl(), dir.path()));
    JournalEntry entry;
    entry.taskId = QStringLiteral("long-gone");
    entry.pollingUrl = QUrl(server.baseUrl().toString() + "/v1/get_result?id=long-gone");
    entry.submitted = QDateTime::currentDateTimeUtc().addDays(-2);
    entry.parameters = QJsonObject{{"width", 256}, {"height", 192}};
    QString error;
    QVERIFY(backend.journal().add(entry, {}, &error));
    const JobOutcome outcome = runJob(backend.resumeJob(entry, &backend));
    QCOMPARE(outcome.error.kind, JobError::Kind::TaskNotFound);
    QVERIFY(backend.journal().entries().isEmpty());
}

// The settings moved to another service (a region, a test server) between submit and
// resume: the paid task still lives where it was submitted, and is fetched from there.
void TestJournal::resumedTaskIsFetchedFromTheBaseItWasSubmittedTo()
{
    FluxFixture f;
    QString taskId;
    {
        FluxBackend crashing(fastConfig(f.server->baseUrl(), f.dir.path()));
        FluxJob *job = crashing.createFluxJob(testSpec(), &crashing);
        QSignalSpy submitted(job, &FluxJob::submitted);
        job->start();
        QTRY_COMPARE(submitted.size(), 1);
        taskId = submitted.first().first().toString();
    }
    // Without a polling URL the task is asked for at a base URL: it must be the one it was
    // submitted to.
    JournalEntry entry = *TaskJournal(f.dir.filePath("journal")).entry(taskId);
    entry.pollingUrl = QUrl();
    QString error;
    QVERIFY2(TaskJournal(f.dir.filePath("journal")).update(entry, &error), qPrintable(error));

    FakeBflServer elsewhere;
    QVERIFY(elsewhere.listen());
    elsewhere.setApiKey(kTestKey);
    FluxBackend restarted(fastConfig(elsewhere.baseUrl(), f.dir.path()));
    Backend &backend = restarted;
    const QList<BackendJob *> jobs = backend.resumeUnfinished(&restarted);
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.first()->task().taskId, taskId);
    const JobOutcome outcome = runJob(jobs.first());
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(outcome.result.taskId, taskId);
    QVERIFY(f.server->count(Endpoint::Poll) > 0);
    QCOMPARE(elsewhere.requests().size(), 0);
    QCOMPARE(f.server->count(Endpoint::Submit), 1); // no second charge
}

void TestJournal::taskHeldByAnotherProcessIsNotResumed()
{
    QTemporaryDir dir;
    FakeBflServer server;
    QVERIFY(server.listen());
    FluxBackend backend(fastConfig(server.baseUrl(), dir.path()));
    JournalEntry entry;
    entry.taskId = QStringLiteral("busy");
    entry.pollingUrl = QUrl(server.baseUrl().toString() + "/v1/get_result?id=busy");
    QString error;
    QVERIFY(backend.journal().add(entry, {}, &error));
    QCOMPARE(backend.unfinishedTasks().size(), 1);
    auto held = backend.journal().claim(entry.taskId);
    QVERIFY(held);
    QVERIFY(backend.unfinishedTasks().isEmpty());
    const JobOutcome outcome = runJob(backend.resumeJob(entry, &backend));
    QVERIFY(outcome.error.message.contains(QLatin1String("Another Outframe process")));
    QCOMPARE(server.requests().size(), 0);
    QCOMPARE(backend.journal().entries().size(), 1); // still there for its holder
}

void TestJournal::resultStoreNamesAndSidecar()
{
    QTemporaryDir dir;
    const ResultStore store(dir.filePath("deep/results"));
    ResultSidecar record;
    record.engine = ResultEngine::Local;
    record.label = QStringLiteral("my photo (1).jpeg");
    record.downloaded = QDateTime::currentDateTimeUtc();
    record.created = record.downloaded;
    record.submitted = record.downloaded.addSecs(-3);
    record.elapsedSeconds = 3;
    QString error;
    const QString first = store.save("bytes-1", ImageFormat::Jpeg, record, &error);
    const QString second = store.save("bytes-2", ImageFormat::Jpeg, record, &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    QVERIFY(first != second);
    QVERIFY(first.endsWith(QLatin1String(".jpg")));
    QVERIFY(QFileInfo(first).fileName().startsWith(QLatin1String("my_photo__1_-")));
    QFile sidecar(ResultStore::sidecarPath(second));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
    QCOMPARE(json.value("engine").toString(), QStringLiteral("local"));
    QVERIFY(!json.contains("task_id")); // flux only
    QVERIFY(json.value("cost").isNull());
    QVERIFY(json.value("timings").toObject().value("ready").isNull());
    QCOMPARE(json.value("timings").toObject().value("elapsed_s").toDouble(), 3.0);

    const ResultStore blocked(dir.filePath("deep/results/") + QFileInfo(first).fileName());
    QVERIFY(blocked.save("x", ImageFormat::Png, record, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

// What the service writes beside a result is what History reads back: one format.
void TestJournal::savedResultReadsBackInHistory()
{
    QTemporaryDir dir;
    const ResultStore store(dir.path());
    Placement placement(QSize(640, 480), QSize(100, 80));
    placement.setReferenceScale(2.5); // scaled up: once read back as 100 %
    OutpaintOptions options;
    options.prompt = QStringLiteral("  harbour  ");
    options.mode = GenerationMode::Fast;
    ResultSidecar sidecar;
    sidecar.taskId = QStringLiteral("9e1d0c2b-1111-2222-3333-444455556666");
    sidecar.label = QStringLiteral("harbour.png");
    sidecar.parameters = ResultSidecar::Parameters::from(placement, options);
    sidecar.referenceRect = placement.referenceRect();
    sidecar.cost = 10;
    sidecar.downloaded = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0), Qt::UTC);
    sidecar.created = sidecar.downloaded;
    QString error;
    const QString path = store.save("png bytes", ImageFormat::Png, sidecar, &error);
    QVERIFY2(!path.isEmpty() && error.isEmpty(), qPrintable(error));
    const HistoryEntry entry = History::entryFor(path);
    QVERIFY2(entry.hasSidecar(), qPrintable(entry.problem));
    QCOMPARE(entry.taskId, sidecar.taskId);
    QCOMPARE(entry.created, sidecar.created);
    QCOMPARE(entry.options.prompt, QStringLiteral("harbour"));
    QCOMPARE(entry.options.mode, GenerationMode::Fast);
    QCOMPARE(entry.cost, std::optional<double>(10));
    QCOMPARE(entry.placement(QSize(100, 80)).referenceRect(), placement.referenceRect());
    QCOMPARE(entry.referenceScale, 2.5);
}

// Paid images are never lost to a name clash: results finishing in the same second, from
// tasks whose ids start alike, from the same task saved again, or from the offline engine
// (no task id), each keep their own file and their own sidecar, even when saved at once.
void TestJournal::resultsFinishingTogetherAreAllKept_data()
{
    QTest::addColumn<QStringList>("taskIds");
    QTest::addColumn<QString>("engine");
    QTest::newRow("ids sharing 8 characters") << QStringList{"3f2a9c1e-aaaa-4d2e-9a51-0c6b8e2d4f10",
                                                             "3f2a9c1e-bbbb-4d2e-9a51-0c6b8e2d4f10"}
                                              << "flux";
    QTest::newRow("the same id twice") << QStringList{"7d41e0c2-0000", "7d41e0c2-0000"} << "flux";
    QTest::newRow("offline, no id") << QStringList{"", ""} << "local";
}

void TestJournal::resultsFinishingTogetherAreAllKept()
{
    QFETCH(QStringList, taskIds);
    QFETCH(QString, engine);
    QTemporaryDir dir;
    const ResultStore store(dir.path());
    const QDateTime sameSecond(QDate(2026, 11, 24), QTime(22, 58, 42), Qt::UTC);
    const auto recordFor = [&](const QString &taskId) {
        ResultSidecar record;
        record.engine = resultEngineFromName(engine).value_or(ResultEngine::Flux);
        record.taskId = taskId;
        record.label = QStringLiteral("beach.jpg");
        record.downloaded = sameSecond;
        record.created = sameSecond;
        return record;
    };

    // One after the other: the names differ, and carry the whole task id.
    QString error;
    const QString first = store.save("image-0", ImageFormat::Png, recordFor(taskIds[0]), &error);
    const QString second = store.save("image-1", ImageFormat::Png, recordFor(taskIds[1]), &error);
    QVERIFY2(!first.isEmpty() && !second.isEmpty(), qPrintable(error));
    QVERIFY(first != second);
    QVERIFY2(QFileInfo(first).fileName().contains(taskIds[0]), qPrintable(first));
    QVERIFY2(QFileInfo(second).fileName().contains(taskIds[1]), qPrintable(second));

    // All at once from several threads, as parallel jobs finish.
    constexpr int kThreads = 8;
    constexpr int kEach = 12;
    std::latch start(kThreads);
    std::vector<std::thread> threads;
    QList<QStringList> saved(kThreads);
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int i = 0; i < kEach; ++i) {
                const QString taskId = taskIds[(t + i) % 2];
                const QByteArray bytes =
                    QStringLiteral("image %1 %2 %3").arg(taskId).arg(t).arg(i).toUtf8();
                QString threadError;
                saved[t] << store.save(bytes, ImageFormat::Png, recordFor(taskId), &threadError);
            }
        });
    for (std::thread &thread : threads)
        thread.join();

    int count = 2;
    QSet<QString> paths{first, second};
    for (int t = 0; t < kThreads; ++t)
        for (int i = 0; i < kEach; ++i) {
            const QString path = saved[t][i];
            QVERIFY2(!path.isEmpty(), "a result was not saved");
            paths.insert(path);
            ++count;
            const QString taskId = taskIds[(t + i) % 2];
            QFile image(path);
            QVERIFY(image.open(QIODevice::ReadOnly));
            QCOMPARE(image.readAll(),
                     QStringLiteral("image %1 %2 %3").arg(taskId).arg(t).arg(i).toUtf8());
            QFile sidecar(ResultStore::sidecarPath(path));
            QVERIFY(sidecar.open(QIODevice::ReadOnly));
            const QJsonObject json = QJsonDocument::fromJson(sidecar.readAll()).object();
            QCOMPARE(json.value("engine").toString(), engine);
            QCOMPARE(json.value("task_id").toString(), taskId);
        }
    QCOMPARE(paths.size(), count);
    QCOMPARE(QDir(dir.path()).entryList({"*.png"}, QDir::Files).size(), count);
    QCOMPARE(QDir(dir.path()).entryList({"*.json"}, QDir::Files).size(), count);
}

void TestJournal::unwritableResultsFolderKeepsTheTask()
{
    FluxFixture f;
    QFile blocker(f.dir.filePath("a-file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    f.backend->setResultsDirectory(f.dir.filePath("a-file/results"));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QCOMPARE(outcome.error.kind, JobError::Kind::Storage);
    QVERIFY(outcome.error.message.contains(QLatin1String("could not be saved")));
    QCOMPARE(outcome.error.exitCode(), 4);
    QCOMPARE(f.backend->journal().entries().size(), 1); // fetched again once the disk is fixed
}

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"
