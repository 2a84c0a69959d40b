// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// FluxJob against the fake server: every row of the contract's status table, every HTTP error
// and fault, and what went over the wire (fields, key per host, number of POSTs).
#include "diskfull.h"
#include "servicetesting.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QtTest>

using namespace outframe;
using namespace outframe::test;
using Endpoint = FakeBflServer::Endpoint;
using Reply = FakeBflServer::Reply;

class TestFluxJob : public QObject
{
    Q_OBJECT

private:
    // Every message a user can see: never the key.
    static void verifyNoKey(const JobOutcome &outcome)
    {
        QVERIFY(!outcome.error.message.contains(QLatin1String(kTestKey)));
    }
    static int journalFiles(const FluxFixture &f)
    {
        return int(QDir(f.backend->journal().directory())
                       .entryList({QStringLiteral("*.json")}, QDir::Files)
                       .size());
    }

private slots:
    void happyPathSendsTheContractAndSavesTheResult();
    void journalIsOnDiskBeforeTheFirstPoll();
    void noSubmitWithoutRoomInTheJournal_data();
    void noSubmitWithoutRoomInTheJournal();
    void reservationsBecomeEntriesOrVanish();
    void finalStatusRows_data();
    void finalStatusRows();
    void unknownStatusesKeepPolling();
    void keyStaysOnTheConfiguredPort();
    void fallsBackToGetResultWithoutPollingUrl();
    void keyNeverGoesToAnUntrustedPollingHost();
    void taskOnAnUntrustedHostIsKeptNotDropped();
    void olderSchemaGetsOnlyWhatItKnows();
    void olderSchemaIgnoresNewSettingsAndSaysSo();
    void unknownRequiredFieldIsNotResubmitted();
    void submitServerErrorsMayHaveCreatedTheTask_data();
    void submitServerErrorsMayHaveCreatedTheTask();
    void poll429WaitsQuietly();
    void submitErrors_data();
    void submitErrors();
    void submitRetriedOnlyWhenNothingWasCreated_data();
    void submitRetriedOnlyWhenNothingWasCreated();
    void pollFaultsAreRetried_data();
    void pollFaultsAreRetried();
    void unreadablePollsEndTheJobButKeepTheTask();
    void pollFailuresAfterRetriesKeepTheTask();
    void refusedConnectionsAreRetriedEvenForASubmit();
    void poll422WithTaskBodyKeepsPolling();
    void readyWithoutSampleIsAskedAgain();
    void expiredSampleIsRefreshedByPolling_data();
    void expiredSampleIsRefreshedByPolling();
    void damagedDownloadsAreFetchedAgain_data();
    void damagedDownloadsAreFetchedAgain();
    void persistentlyDamagedImageFails();
    void persistentlyWrongSizedImageIsKeptOnDisk();
    void overallTimeoutKeepsTheTask();
    void cancelStopsTrafficAtOnce();
    void cancelDuringAHungSubmit();
    void interruptKeepsTheTaskInTheJournal();
    void oversizedDownloadIsCutOff();
    void largeResultIsReadWholeInSlices();
    void stoppingDuringTheSubmitWarnsOfAPossibleCharge_data();
    void stoppingDuringTheSubmitWarnsOfAPossibleCharge();
    void nothingIsSentWithoutAKeyOrWithBadInput_data();
    void nothingIsSentWithoutAKeyOrWithBadInput();
    void wrongKeyIsAnInvalidKeyWithoutTheKeyInTheMessage();
    void creditsBalance();
    void settledCostReplacesTheQuote();
    void redirectsNeverCarryTheKey_data();
    void redirectsNeverCarryTheKey();
    void cancelFromASignalStopsTheJobThere_data();
    void cancelFromASignalStopsTheJobThere();
};

void TestFluxJob::happyPathSendsTheContractAndSavesTheResult()
{
    FluxFixture f;
    OutpaintJobSpec spec = testSpec();
    spec.options.prompt = QStringLiteral("  a calm sea  ");
    spec.options.mode = GenerationMode::Fast;
    spec.options.safetyTolerance = 4;
    FluxJob *job = f.backend->createFluxJob(spec, f.backend.get());
    QSignalSpy submitted(job, &FluxJob::submitted);
    QSignalSpy cost(job, &BackendJob::costKnown);
    const JobOutcome outcome = runJob(job);
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));

    // The statuses an artist sees, in order.
    QCOMPARE(outcome.statuses.first(), JobStatus::Preparing);
    QVERIFY(outcome.statuses.contains(JobStatus::Submitting));
    QVERIFY(outcome.statuses.contains(JobStatus::Waiting));
    QVERIFY(outcome.statuses.contains(JobStatus::Downloading));
    QCOMPARE(outcome.statuses.last(), JobStatus::Done);
    QCOMPARE(submitted.size(), 1);
    QVERIFY(!cost.isEmpty());
    QCOMPARE(cost.first().first().toDouble(), 5.0);

    // Exactly the contract's fields, with the values chosen.
    const auto posts = f.server->requests(Endpoint::Submit);
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().key(), QByteArray(kTestKey));
    QCOMPARE(posts.first().headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject body = posts.first().json();
    QStringList keys = body.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{"auto_crop", "height", "input_image", "mode", "output_format",
                                "prompt", "reference_offset_x", "reference_offset_y",
                                "safety_tolerance", "width"}));
    QCOMPARE(body.value("width").toInt(), 256);
    QCOMPARE(body.value("height").toInt(), 192);
    QCOMPARE(body.value("reference_offset_x").toInt(), 78);
    QCOMPARE(body.value("reference_offset_y").toInt(), 56);
    QCOMPARE(body.value("prompt").toString(), QStringLiteral("a calm sea"));
    QCOMPARE(body.value("mode").toString(), QStringLiteral("fast"));
    QCOMPARE(body.value("safety_tolerance").toInt(), 4);
    QCOMPARE(body.value("output_format").toString(), QStringLiteral("png"));
    QVERIFY(!body.value("input_image").toString().startsWith(QLatin1String("data:")));

    // Polls carry the key; the download never does.
    const auto polls = f.server->requests(Endpoint::Poll);
    QVERIFY(!polls.isEmpty());
    for (const auto &poll : polls)
        QCOMPARE(poll.key(), QByteArray(kTestKey));
    const auto downloads = f.server->requests(Endpoint::Download);
    QCOMPARE(downloads.size(), 1);
    QVERIFY(!downloads.first().hasKey());

    // The result: the canvas size, the sent pixels, saved with its sidecar at once.
    const JobResult &result = outcome.result;
    QCOMPARE(result.image.size(), QSize(256, 192));
    QCOMPARE(result.engine, ResultEngine::Flux);
    QCOMPARE(result.sent.canvasRect, QRect(78, 56, 100, 80));
    QCOMPARE(result.sent.image.size(), QSize(100, 80));
    QCOMPARE(result.cost.value_or(-1), 5.0);
    QVERIFY(QFile::exists(result.savedPath));
    QVERIFY(result.savedPath.startsWith(f.backend->results().directory()));
    QFile saved(result.savedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), f.server->resultBytes(result.taskId)); // the bytes as received

    QFile sidecarFile(ResultStore::sidecarPath(result.savedPath));
    QVERIFY(sidecarFile.open(QIODevice::ReadOnly));
    const QJsonObject sidecar = QJsonDocument::fromJson(sidecarFile.readAll()).object();
    QCOMPARE(sidecar.value("format").toString(), QStringLiteral("outframe-result"));
    QCOMPARE(sidecar.value("version").toInt(), 1);
    QCOMPARE(sidecar.value("engine").toString(), QStringLiteral("flux"));
    QCOMPARE(sidecar.value("task_id").toString(), result.taskId);
    QCOMPARE(sidecar.value("label").toString(), QStringLiteral("beach.png"));
    QCOMPARE(sidecar.value("source").toString(), QStringLiteral("/photos/beach.png"));
    QCOMPARE(sidecar.value("cost").toDouble(), 5.0);
    QVERIFY(sidecar.value("output_mp").toDouble() > 0.049);
    const QJsonObject params = sidecar.value("parameters").toObject();
    QCOMPARE(params.value("width").toInt(), 256);
    QCOMPARE(params.value("reference_offset_x").toInt(), 78);
    QCOMPARE(params.value("mode").toString(), QStringLiteral("fast"));
    QCOMPARE(params.value("reference_scale").toDouble(), 1.0);
    const QJsonObject rect = sidecar.value("reference_rect").toObject();
    QCOMPARE(rect.value("x").toInt(), 78);
    QCOMPARE(rect.value("width").toInt(), 100);
    const QJsonObject timings = sidecar.value("timings").toObject();
    QVERIFY(timings.value("submitted").isString());
    QVERIFY(timings.value("ready").isString());
    QVERIFY(timings.value("downloaded").isString());
    QVERIFY(timings.value("elapsed_s").toDouble() > 0);
    QVERIFY(!QJsonDocument(sidecar).toJson().contains(kTestKey));

    QCOMPARE(journalFiles(f), 0); // done: nothing left to resume
}

void TestFluxJob::finalStatusRows_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QJsonObject>("details");
    QTest::addColumn<QJsonObject>("result");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");

    const auto kind = [](JobError::Kind k) { return int(k); };
    QTest::newRow("Error with details.error")
        << "Error" << QJsonObject{{"error", "GPU fell over"}} << QJsonObject() << 200
        << kind(JobError::Kind::TaskFailed) << "could not generate the image: GPU fell over";
    QTest::newRow("Error with result.error only")
        << "Error" << QJsonObject() << QJsonObject{{"error", "bad seed"}} << 200
        << kind(JobError::Kind::TaskFailed) << "bad seed";
    QTest::newRow("Error answered with HTTP 422")
        << "Error" << QJsonObject{{"error", "Invalid image"}} << QJsonObject() << 422
        << kind(JobError::Kind::TaskFailed) << "Invalid image";
    QTest::newRow("Request Moderated")
        << "Request Moderated" << QJsonObject() << QJsonObject() << 200
        << kind(JobError::Kind::InputModerated) << "flagged the input image";
    QTest::newRow("Content Moderated with reasons")
        << "Content Moderated"
        << QJsonObject{{"Moderation Reasons", QJsonArray{"Derivative Works Filter"}}}
        << QJsonObject() << 200 << kind(JobError::Kind::OutputModerated)
        << "flagged the generated image and withheld it (Derivative Works Filter)";
    QTest::newRow("Content Moderated without reasons")
        << "Content Moderated" << QJsonObject() << QJsonObject() << 200
        << kind(JobError::Kind::OutputModerated) << "flagged the generated image";
    QTest::newRow("Task not found")
        << "Task not found" << QJsonObject() << QJsonObject() << 200
        << kind(JobError::Kind::TaskNotFound) << "no longer knows this task";
}

void TestFluxJob::finalStatusRows()
{
    QFETCH(QString, status);
    QFETCH(QJsonObject, details);
    QFETCH(QJsonObject, result);
    QFETCH(int, httpStatus);
    QFETCH(int, kind);
    QFETCH(QString, message);

    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.finalStatus = status;
    plan.finalDetails = details;
    plan.finalResult = result;
    plan.finalHttpStatus = httpStatus;
    f.server->setTaskPlan(plan);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    QCOMPARE(int(outcome.error.kind), kind);
    QVERIFY2(outcome.error.message.contains(message), qPrintable(outcome.error.message));
    QCOMPARE(outcome.error.exitCode(), 3);
    QCOMPARE(outcome.statuses.last(), JobStatus::Failed);
    QCOMPARE(f.server->count(Endpoint::Download), 0);
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
    QCOMPARE(journalFiles(f), 0); // a terminal answer: nothing to resume
    QVERIFY(!outcome.error.taskKept);
    QVERIFY(!outcome.error.taskId.isEmpty()); // the task the service refused, for support
    verifyNoKey(outcome);
}

void TestFluxJob::unknownStatusesKeepPolling()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 200;
    plan.runningStatuses = {"Pending", "Reasoning", "Generating", "Warming Up (new)"};
    plan.reportProgress = false;
    f.server->setTaskPlan(plan);
    FluxJob *job = f.backend->createFluxJob(testSpec(), f.backend.get());
    const JobOutcome outcome = runJob(job);
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QVERIFY(outcome.statuses.contains(JobStatus::Generating));
    QVERIFY(job->pollCount() >= 3);
}

// A polling URL on the configured host but another port is another service: the key stays
// on the configured base's port, the job says why it cannot poll there, and the paid task is
// kept for a later resume.
void TestFluxJob::keyStaysOnTheConfiguredPort()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.regionalPolling = true; // polling_url on the second port; the base answers 404
    f.server->setTaskPlan(plan);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    QVERIFY2(outcome.error.message.contains(
                 QStringLiteral("127.0.0.1:%1").arg(f.server->regionalPort())),
             qPrintable(outcome.error.message));
    QCOMPARE(journalFiles(f), 1);
    for (const auto &request : f.server->requests())
        QVERIFY(!(request.port == f.server->regionalPort() && request.hasKey()));
}

void TestFluxJob::fallsBackToGetResultWithoutPollingUrl()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.includePollingUrl = false;
    f.server->setTaskPlan(plan);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    const auto polls = f.server->requests(Endpoint::Poll);
    QVERIFY(!polls.isEmpty());
    QCOMPARE(polls.first().port, f.server->port());
    QCOMPARE(polls.first().query.queryItemValue("id"), outcome.result.taskId);
}

void TestFluxJob::keyNeverGoesToAnUntrustedPollingHost()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    // Same machine, another name: not the configured host, not under bfl.ai.
    plan.pollingBase = QStringLiteral("http://localhost:%1").arg(f.server->port());
    f.server->setTaskPlan(plan);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    for (const auto &request : f.server->requests()) {
        if (request.hasKey())
            QVERIFY2(request.headers.value("host").startsWith("127.0.0.1"),
                     request.headers.value("host").constData());
    }
}

void TestFluxJob::taskOnAnUntrustedHostIsKeptNotDropped()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.regionalPolling = true; // the base host answers 404 for the task...
    // ...and the polling URL names a host the key may not go to.
    plan.pollingBase = QStringLiteral("http://localhost:%1").arg(f.server->regionalPort());
    f.server->setTaskPlan(plan);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(outcome.error.kind, JobError::Kind::ServiceFailure);
    QVERIFY2(outcome.error.message.contains(QLatin1String("not a bfl.ai address")),
             qPrintable(outcome.error.message));
    QCOMPARE(journalFiles(f), 1); // not "not found": the paid task is kept
    for (const auto &request : f.server->requests())
        QVERIFY(request.port != f.server->regionalPort()); // nothing went there
}

// Schema drift: a deployment on the provider's older schema forbids mode and
// safety_tolerance. A job with the default settings sends neither and just works.
void TestFluxJob::olderSchemaGetsOnlyWhatItKnows()
{
    FluxFixture f;
    f.server->setSchema(FakeBflServer::Schema::Older);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
    const QJsonObject body = f.server->requests(Endpoint::Submit).first().json();
    QVERIFY(!body.contains("mode"));
    QVERIFY(!body.contains("safety_tolerance"));
    QVERIFY(outcome.result.notes.isEmpty());
}

// Settings the older schema does not know: its 422 "extra_forbidden" means no task exists,
// so the job submits once more without them, and tells the artist what was ignored.
void TestFluxJob::olderSchemaIgnoresNewSettingsAndSaysSo()
{
    FluxFixture f;
    f.server->setSchema(FakeBflServer::Schema::Older);
    OutpaintJobSpec spec = testSpec();
    spec.options.mode = GenerationMode::Fast;
    spec.options.safetyTolerance = 4;
    spec.options.prompt = QStringLiteral("a calm sea");
    const JobOutcome outcome = runJob(f.backend->createJob(spec, f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    const auto posts = f.server->requests(Endpoint::Submit);
    QCOMPARE(posts.size(), 2);
    QVERIFY(posts.first().json().contains("mode"));
    const QJsonObject second = posts.last().json();
    QVERIFY(!second.contains("mode"));
    QVERIFY(!second.contains("safety_tolerance"));
    QCOMPARE(second.value("prompt").toString(), QStringLiteral("a calm sea")); // it knows that
    QCOMPARE(f.server->tasks().size(), 1); // one task, one charge
    QCOMPARE(outcome.result.notes.size(), 1);
    const QString note = outcome.result.notes.first();
    QVERIFY2(note.contains("mode") && note.contains("safety_tolerance") && note.contains("ignored"),
             qPrintable(note));
    // The sidecar records what the service really did.
    QFile sidecar(ResultStore::sidecarPath(outcome.result.savedPath));
    QVERIFY2(sidecar.open(QIODevice::ReadOnly), qPrintable(sidecar.fileName()));
    const QJsonObject params =
        QJsonDocument::fromJson(sidecar.readAll()).object().value("parameters").toObject();
    QCOMPARE(params.value("mode").toString(), QStringLiteral("high"));
    QCOMPARE(params.value("safety_tolerance").toInt(), 2);
}

// Only optional fields are dropped: a 422 about anything else is the artist's error, and
// never leads to a second POST.
void TestFluxJob::unknownRequiredFieldIsNotResubmitted()
{
    FluxFixture f;
    f.server->enqueue(
        Endpoint::Submit,
        Reply::withStatus(
            422,
            R"({"detail":[{"type":"extra_forbidden","loc":["body","input_image"],"msg":"Extra inputs are not permitted"}]})"));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(outcome.error.kind, JobError::Kind::Rejected);
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
}

void TestFluxJob::submitServerErrorsMayHaveCreatedTheTask_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("mayExist");
    QTest::newRow("500") << 500 << true;
    QTest::newRow("502") << 502 << true;
    QTest::newRow("504") << 504 << true;
    QTest::newRow("503 (answered before any task)") << 503 << false;
    QTest::newRow("402") << 402 << false;
    QTest::newRow("422") << 422 << false;
}

// A 5xx to a submit is no proof that nothing was made: like a dropped connection, the message
// says the task may exist and how to check, instead of inviting a second paid submit.
void TestFluxJob::submitServerErrorsMayHaveCreatedTheTask()
{
    QFETCH(int, status);
    QFETCH(bool, mayExist);
    FluxFixture f;
    for (int i = 0; i < 5; ++i) // 503 is retried: it fails every time here
        f.server->enqueue(Endpoint::Submit, Reply::withStatus(status, "Internal error"));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    QCOMPARE(outcome.error.message.contains(QLatin1String("may have been created")), mayExist);
    if (mayExist) {
        QVERIFY(outcome.error.message.contains(QLatin1String("usage page")));
        QCOMPARE(f.server->count(Endpoint::Submit), 1); // and never sent twice
    }
}

// A 429 to a poll means "poll less often", not "too many jobs": the job waits as asked and
// fetches its result, without an error or a second submit.
void TestFluxJob::poll429WaitsQuietly()
{
    FluxFixture f;
    ClientConfig client = f.backend->client()->config();
    client.maxRateLimitWaitMs = 100; // the client gives up on the 429 at once...
    f.backend->client()->setConfig(client);
    f.server->enqueue(Endpoint::Poll, Reply::withStatus(429, R"({"detail":"Too many requests"})",
                                                        {{"Retry-After", "1"}}));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    // ...and the job waits for the second it was asked to.
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QVERIFY(!outcome.statuses.contains(JobStatus::Failed));
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
    const auto polls = f.server->requests(Endpoint::Poll);
    QVERIFY(polls.size() >= 2);
}

void TestFluxJob::submitErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("exitCode");

    const auto kind = [](JobError::Kind k) { return int(k); };
    QTest::newRow("402") << 402 << QByteArray(R"({"detail":"Insufficient credits"})")
                         << kind(JobError::Kind::OutOfCredits) << "Out of credits" << 3;
    QTest::newRow("403") << 403
                         << QByteArray(R"({"detail":"Not authenticated - Invalid Authentication"})")
                         << kind(JobError::Kind::InvalidKey) << "API key was refused" << 3;
    QTest::newRow("422 list")
        << 422
        << QByteArray(
               R"({"detail":[{"loc":["body","width"],"msg":"must be at least 64","type":"x"},)"
               R"({"loc":["body","prompt"],"msg":"too long","type":"y"}]})")
        << kind(JobError::Kind::Rejected) << "width: must be at least 64; prompt: too long" << 3;
    QTest::newRow("422 string") << 422 << QByteArray(R"({"detail":"Output exceeds 4 megapixels"})")
                                << kind(JobError::Kind::Rejected)
                                << "refused the request: Output exceeds 4 megapixels" << 3;
    QTest::newRow("422 not json") << 422 << QByteArray("<html>bad</html>")
                                  << kind(JobError::Kind::Rejected) << "refused the request" << 3;
    QTest::newRow("500 not json") << 500 << QByteArray("Internal error")
                                  << kind(JobError::Kind::ServiceFailure) << "HTTP 500" << 4;
    QTest::newRow("502") << 502 << QByteArray("<html>Bad gateway</html>")
                         << kind(JobError::Kind::ServiceFailure) << "HTTP 502" << 4;
    QTest::newRow("200 not json") << 200 << QByteArray("OK!")
                                  << kind(JobError::Kind::ServiceFailure) << "not readable" << 4;
    QTest::newRow("200 without id") << 200 << QByteArray(R"({"polling_url":"x"})")
                                    << kind(JobError::Kind::ServiceFailure) << "no task id" << 4;
}

void TestFluxJob::submitErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(int, exitCode);

    FluxFixture f;
    f.server->enqueue(Endpoint::Submit, Reply::withStatus(status, body));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(int(outcome.error.kind), kind);
    QVERIFY2(outcome.error.message.contains(message), qPrintable(outcome.error.message));
    QCOMPARE(outcome.error.exitCode(), exitCode);
    QCOMPARE(f.server->count(Endpoint::Submit), 1); // a POST that may have charged: once
    QCOMPARE(f.server->count(Endpoint::Poll), 0);
    verifyNoKey(outcome);
}

void TestFluxJob::submitRetriedOnlyWhenNothingWasCreated_data()
{
    QTest::addColumn<QList<Reply>>("replies");
    QTest::addColumn<bool>("done");
    QTest::addColumn<int>("posts");
    QTest::addColumn<int>("kind");

    const auto kind = [](JobError::Kind k) { return int(k); };
    QTest::newRow("503 then accepted")
        << QList<Reply>{Reply::withStatus(503, "busy")} << true << 2 << 0;
    QTest::newRow("429 with Retry-After then accepted")
        << QList<Reply>{Reply::withStatus(429, R"({"detail":"Too many active tasks"})",
                                          {{"Retry-After", "0.05"}})}
        << true << 2 << 0;
    QTest::newRow("429 without Retry-After twice then accepted")
        << QList<Reply>{Reply::withStatus(429, R"({"detail":"Too many"})"),
                        Reply::withStatus(429, R"({"detail":"Too many"})")}
        << true << 3 << 0;
    // A wait longer than the client will wait (2 s in these tests) shows the header is read:
    // it gives up at once instead of backing off for milliseconds.
    QTest::newRow("429 asking to wait an hour")
        << QList<Reply>{Reply::withStatus(429, R"({"detail":"Too many active tasks"})",
                                          {{"Retry-After", "3600"}})}
        << false << 1 << kind(JobError::Kind::ServiceFailure);
    QTest::newRow("429 with an absurd Retry-After: gives up, no immediate retry")
        << QList<Reply>{Reply::withStatus(429, R"({"detail":"Too many active tasks"})",
                                          {{"Retry-After", "1e30"}})}
        << false << 1 << kind(JobError::Kind::ServiceFailure);
    QTest::newRow("503 every time")
        << QList<Reply>{Reply::withStatus(503, "busy"), Reply::withStatus(503, "busy"),
                        Reply::withStatus(503, "busy"), Reply::withStatus(503, "busy")}
        << false << 3 << kind(JobError::Kind::ServiceFailure);
    QTest::newRow("dropped connection: maybe created, never resent")
        << QList<Reply>{Reply::withAction(Reply::Action::Drop)} << false << 1
        << kind(JobError::Kind::Network);
    QTest::newRow("no answer: maybe created, never resent")
        << QList<Reply>{Reply::withAction(Reply::Action::Hang)} << false << 1
        << kind(JobError::Kind::Timeout);
}

void TestFluxJob::submitRetriedOnlyWhenNothingWasCreated()
{
    QFETCH(QList<Reply>, replies);
    QFETCH(bool, done);
    QFETCH(int, posts);
    QFETCH(int, kind);

    FluxFixture f;
    for (const Reply &reply : replies)
        f.server->enqueue(Endpoint::Submit, reply);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(f.server->count(Endpoint::Submit), posts);
    QCOMPARE(outcome.done, done);
    if (!done) {
        QCOMPARE(int(outcome.error.kind), kind);
        QCOMPARE(outcome.error.exitCode(), 4);
        QCOMPARE(f.server->tasks().size(), 0);
        verifyNoKey(outcome);
    }
}

void TestFluxJob::pollFaultsAreRetried_data()
{
    QTest::addColumn<QList<Reply>>("replies");
    QTest::newRow("500 twice") << QList<Reply>{Reply::withStatus(500, "oops"),
                                               Reply::withStatus(500, "oops")};
    QTest::newRow("502 and 503") << QList<Reply>{Reply::withStatus(502, "<html/>"),
                                                 Reply::withStatus(503, "")};
    QTest::newRow("dropped connection") << QList<Reply>{Reply::withAction(Reply::Action::Drop)};
    QTest::newRow("no answer") << QList<Reply>{Reply::withAction(Reply::Action::Hang)};
    QTest::newRow("200 not json") << QList<Reply>{Reply::withStatus(200, "<html>hi</html>")};
    QTest::newRow("429 with Retry-After") << QList<Reply>{
        Reply::withStatus(429, R"({"detail":"slow down"})", {{"Retry-After", "0"}})};
    QTest::newRow("429 without Retry-After")
        << QList<Reply>{Reply::withStatus(429, R"({"detail":"slow down"})")};
}

void TestFluxJob::pollFaultsAreRetried()
{
    QFETCH(QList<Reply>, replies);
    FluxFixture f;
    for (const Reply &reply : replies)
        f.server->enqueue(Endpoint::Poll, reply);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
    QVERIFY(f.server->count(Endpoint::Poll) > replies.size());
}

void TestFluxJob::unreadablePollsEndTheJobButKeepTheTask()
{
    FluxFixture f;
    for (int i = 0; i < 10; ++i)
        f.server->enqueue(Endpoint::Poll, Reply::withStatus(200, "not json"));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(outcome.error.kind, JobError::Kind::ServiceFailure);
    QVERIFY(outcome.error.message.contains(QLatin1String("could not be read")));
    QVERIFY(outcome.error.taskKept);
    QVERIFY(!outcome.error.taskId.isEmpty());
    QCOMPARE(journalFiles(f), 1); // paid and maybe ready: fetched on the next start
}

void TestFluxJob::pollFailuresAfterRetriesKeepTheTask()
{
    FluxFixture f;
    for (int i = 0; i < 10; ++i)
        f.server->enqueue(Endpoint::Poll, Reply::withStatus(502, "<html>Bad gateway</html>"));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(outcome.error.kind, JobError::Kind::ServiceFailure);
    QVERIFY(outcome.error.message.contains(QLatin1String("HTTP 502")));
    QVERIFY(outcome.error.taskKept);
    QCOMPARE(outcome.error.exitCode(), 4);
    QCOMPARE(f.server->count(Endpoint::Poll), 3); // maxAttempts GETs, then give up for now
    QCOMPARE(journalFiles(f), 1);                 // paid: fetched on the next start
}

void TestFluxJob::refusedConnectionsAreRetriedEvenForASubmit()
{
    // A port nobody listens on: the request surely created nothing, so a POST is retried.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    ClientConfig config = fastConfig(QUrl(), QString()).client;
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort));
    FluxClient client(config);
    ApiRequest *request = client.submit(R"({"width":64})");
    QSignalSpy finished(request, &ApiRequest::finished);
    QTRY_COMPARE(finished.size(), 1);
    const auto response = finished.first().first().value<ApiResponse>();
    QCOMPARE(response.outcome, ApiResponse::Outcome::NetworkError);
    QCOMPARE(response.attempts, config.maxAttempts);
    QVERIFY(!response.mayHaveReachedService);

    QTemporaryDir dir;
    FluxBackendConfig backendConfig = fastConfig(config.baseUrl, dir.path());
    FluxBackend backend(backendConfig);
    const JobOutcome outcome = runJob(backend.createJob(testSpec(), &backend));
    QCOMPARE(outcome.error.kind, JobError::Kind::Network);
    QVERIFY2(outcome.error.message.contains(QLatin1String("Could not reach the service")),
             qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.message.contains(QLatin1String("may have been created")));
    QVERIFY(backend.journal().entries().isEmpty());
}

void TestFluxJob::poll422WithTaskBodyKeepsPolling()
{
    FluxFixture f;
    Reply reply = Reply::withStatus(422, {});
    reply.normalBody = true; // the body is still a task result (Pending)
    f.server->enqueue(Endpoint::Poll, reply);
    f.server->enqueue(Endpoint::Poll, reply);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QVERIFY(f.server->count(Endpoint::Poll) >= 3);
}

void TestFluxJob::readyWithoutSampleIsAskedAgain()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 0;
    f.server->setTaskPlan(plan);
    f.server->enqueue(Endpoint::Poll,
                      Reply::withStatus(200, R"({"id":"x","status":"Ready","result":{}})"));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(f.server->count(Endpoint::Poll), 2);
    QCOMPARE(f.server->count(Endpoint::Download), 1);
}

void TestFluxJob::expiredSampleIsRefreshedByPolling_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("403") << 403;
    QTest::newRow("404") << 404;
    QTest::newRow("410") << 410;
}

void TestFluxJob::expiredSampleIsRefreshedByPolling()
{
    QFETCH(int, status);
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.expiredSampleDownloads = 2;
    plan.expiredStatus = status;
    f.server->setTaskPlan(plan);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    const auto downloads = f.server->requests(Endpoint::Download);
    QCOMPARE(downloads.size(), 3);
    // Each retry used a fresh URL from a new poll.
    QVERIFY(downloads[0].path != downloads[1].path);
    QVERIFY(downloads[1].path != downloads[2].path);
    for (const auto &download : downloads)
        QVERIFY(!download.hasKey());
}

void TestFluxJob::damagedDownloadsAreFetchedAgain_data()
{
    QTest::addColumn<Reply>("reply");
    QTest::newRow("truncated image") << Reply::withAction(Reply::Action::TruncateBody);
    QTest::newRow("connection dropped mid-body") << Reply::withAction(Reply::Action::DropMidBody);
    QTest::newRow("no answer") << Reply::withAction(Reply::Action::Hang);
    QTest::newRow("503") << Reply::withStatus(503, "busy");
    QByteArray small;
    {
        QBuffer buffer(&small);
        buffer.open(QIODevice::WriteOnly);
        FakeBflServer::resultImage(QSize(64, 64)).save(&buffer, "PNG");
    }
    QTest::newRow("image of the wrong size")
        << Reply::withStatus(200, small, {{"Content-Type", "image/png"}});
    QTest::newRow("not an image") << Reply::withStatus(200, "<html>",
                                                       {{"Content-Type", "text/html"}});
}

void TestFluxJob::damagedDownloadsAreFetchedAgain()
{
    QFETCH(Reply, reply);
    FluxFixture f;
    Reply scripted = reply;
    if (reply.action == Reply::Action::TruncateBody || reply.action == Reply::Action::DropMidBody)
        scripted.normalBody = true; // cut the real image short
    f.server->enqueue(Endpoint::Download, scripted);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(f.server->count(Endpoint::Download), 2);
    QCOMPARE(outcome.result.image.size(), QSize(256, 192));
    QFile saved(outcome.result.savedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), f.server->resultBytes(outcome.result.taskId));
}

void TestFluxJob::persistentlyDamagedImageFails()
{
    FluxFixture f;
    Reply truncated = Reply::withAction(Reply::Action::TruncateBody);
    truncated.normalBody = true;
    for (int i = 0; i < 5; ++i)
        f.server->enqueue(Endpoint::Download, truncated);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(outcome.error.kind, JobError::Kind::ServiceFailure);
    QVERIFY2(outcome.error.message.contains(QLatin1String("damaged image")),
             qPrintable(outcome.error.message));
    QCOMPARE(f.server->count(Endpoint::Download), f.backend->limits().maxDownloadAttempts);
    QVERIFY(QDir(f.backend->results().directory()).isEmpty());
    // Nothing usable arrived: the paid task stays in the journal so a later start fetches it.
    QCOMPARE(journalFiles(f), 1);
    QVERIFY(outcome.error.taskKept);
}

// An image that decodes but has another size than asked is not the result we wanted, but it
// is paid for: after the last attempt it is on disk, not thrown away.
void TestFluxJob::persistentlyWrongSizedImageIsKeptOnDisk()
{
    FluxFixture f;
    QByteArray small;
    {
        QBuffer buffer(&small);
        buffer.open(QIODevice::WriteOnly);
        FakeBflServer::resultImage(QSize(64, 64)).save(&buffer, "PNG");
    }
    for (int i = 0; i < 5; ++i)
        f.server->enqueue(Endpoint::Download,
                          Reply::withStatus(200, small, {{"Content-Type", "image/png"}}));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    QCOMPARE(outcome.error.kind, JobError::Kind::ServiceFailure);
    QCOMPARE(f.server->count(Endpoint::Download), f.backend->limits().maxDownloadAttempts);
    const QDir results(f.backend->results().directory());
    const QStringList images = results.entryList({QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(images.size(), 1);
    QFile saved(results.filePath(images.first()));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), small);
    QVERIFY2(outcome.error.message.contains(images.first()), qPrintable(outcome.error.message));
    QVERIFY2(outcome.error.message.contains(QLatin1String("64 x 64")),
             qPrintable(outcome.error.message));
    QCOMPARE(journalFiles(f), 0); // the result is on disk: nothing left to fetch
}

void TestFluxJob::overallTimeoutKeepsTheTask()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 60'000;
    f.server->setTaskPlan(plan);
    auto limits = f.backend->limits();
    limits.jobTimeoutMs = 400;
    f.backend->setLimits(limits);
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(outcome.error.kind, JobError::Kind::Timeout);
    QCOMPARE(outcome.error.exitCode(), 4);
    QVERIFY(outcome.error.message.contains(QLatin1String("longer than")));
    QVERIFY(outcome.error.taskKept);
    QCOMPARE(journalFiles(f), 1);
}

void TestFluxJob::cancelStopsTrafficAtOnce()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 60'000;
    f.server->setTaskPlan(plan);
    FluxJob *job = f.backend->createFluxJob(testSpec(), f.backend.get());
    QSignalSpy failed(job, &BackendJob::failed);
    int requestsAtCancel = -1;
    // Cancel right after a poll was answered: the next one is only scheduled, not in flight
    // (cancelDuringAHungSubmit covers a request in flight).
    connect(job, &BackendJob::progressChanged, this, [&] {
        if (requestsAtCancel < 0 && f.server->count(Endpoint::Poll) >= 2) {
            requestsAtCancel = int(f.server->requests().size());
            job->cancel();
            QCOMPARE(failed.size(), 1); // at once, not after the next poll
        }
    });
    job->start();
    QTRY_VERIFY(requestsAtCancel >= 0);
    QCOMPARE(failed.first().first().value<JobError>().kind, JobError::Kind::Cancelled);
    QCOMPARE(job->status(), JobStatus::Cancelled);
    QTest::qWait(200); // several poll intervals
    QCOMPARE(int(f.server->requests().size()), requestsAtCancel);
    QCOMPARE(journalFiles(f), 0); // the artist no longer wants it
    QVERIFY(!failed.first().first().value<JobError>().taskKept);
}

void TestFluxJob::cancelDuringAHungSubmit()
{
    FluxFixture f;
    f.server->enqueue(Endpoint::Submit, Reply::withAction(Reply::Action::Hang));
    FluxJob *job = f.backend->createFluxJob(testSpec(), f.backend.get());
    QSignalSpy failed(job, &BackendJob::failed);
    job->start();
    QTRY_COMPARE(f.server->count(Endpoint::Submit), 1);
    job->cancel();
    QCOMPARE(failed.size(), 1);
    QTest::qWait(600); // longer than the transfer timeout: no retry, no second signal
    QCOMPARE(failed.size(), 1);
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
}

void TestFluxJob::interruptKeepsTheTaskInTheJournal()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 60'000;
    f.server->setTaskPlan(plan);
    FluxJob *job = f.backend->createFluxJob(testSpec(), f.backend.get());
    QSignalSpy submitted(job, &FluxJob::submitted);
    QSignalSpy failed(job, &BackendJob::failed);
    job->start();
    QTRY_COMPARE(submitted.size(), 1);
    job->interrupt();
    QCOMPARE(failed.size(), 1);
    const auto error = failed.first().first().value<JobError>();
    QCOMPARE(error.exitCode(), 130);
    QVERIFY(error.taskKept);
    QCOMPARE(error.taskId, submitted.first().first().toString());
    const auto entries = f.backend->journal().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().taskId, submitted.first().first().toString());
}

// Stopped while the POST is out (Ctrl+C, quit, the job limit): the service may have created
// and charged the task, and nothing tells us its id. The artist must hear that.
void TestFluxJob::stoppingDuringTheSubmitWarnsOfAPossibleCharge_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("interrupt") << QStringLiteral("interrupt");
    QTest::newRow("cancel") << QStringLiteral("cancel");
    QTest::newRow("job time limit") << QStringLiteral("deadline");
}

// The paid task must survive a crash from the first moment we wait on it: by the time the
// service sees a poll, the journal entry and the sent reference are on disk.
void TestFluxJob::journalIsOnDiskBeforeTheFirstPoll()
{
    FluxFixture f;
    int entriesAtFirstPoll = -1;
    bool referenceAtFirstPoll = false;
    connect(f.server.get(), &FakeBflServer::requestReceived, this,
            [&](const FakeBflServer::Request &request) {
                if (request.endpoint != Endpoint::Poll || entriesAtFirstPoll >= 0)
                    return;
                const auto entries = f.backend->journal().entries();
                entriesAtFirstPoll = int(entries.size());
                if (!entries.isEmpty())
                    referenceAtFirstPoll =
                        QFile::exists(f.backend->journal().referencePath(entries.first().taskId));
            });
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(entriesAtFirstPoll, 1);
    QVERIFY(referenceAtFirstPoll);
    QCOMPARE(journalFiles(f), 0); // done: the entry is gone again
}

void TestFluxJob::noSubmitWithoutRoomInTheJournal_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("disk full") << QStringLiteral("full");
    QTest::newRow("folder cannot be made") << QStringLiteral("folder");
}

// Crash safety cannot switch itself off: when the journal cannot be written, the job stops
// before the POST (nothing charged), says why, and leaves no half-written reservation.
void TestFluxJob::noSubmitWithoutRoomInTheJournal()
{
    QFETCH(QString, how);
    FluxFixture f;
    if (how == QLatin1String("folder")) {
        QFile blocker(f.dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        f.backend->setJournalDirectory(blocker.fileName() + QStringLiteral("/journal"));
    }
    BackendJob *job = f.backend->createJob(testSpec(), f.backend.get());
    const JobOutcome outcome = how == QLatin1String("full")
                                   ? testing::withDiskFullAfter(512, [&] { return runJob(job); })
                                   : runJob(job);
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    QCOMPARE(outcome.error.kind, JobError::Kind::Storage);
    QVERIFY2(outcome.error.message.contains(QLatin1String("Nothing was sent")) &&
                 outcome.error.message.contains(QLatin1String("journal")),
             qPrintable(outcome.error.message));
    QVERIFY(!outcome.error.message.contains(QLatin1String("may have been created")));
    QCOMPARE(f.server->count(Endpoint::Submit), 0);
    QVERIFY(!outcome.error.taskKept);
    if (how == QLatin1String("full"))
        QCOMPARE(QDir(f.backend->journal().directory())
                     .entryList(QDir::Files | QDir::NoDotAndDotDot)
                     .size(),
                 0);
}

// A submit that fails leaves no reservation behind, and one that succeeds turns it into the
// task's entry with the sent reference beside it.
void TestFluxJob::reservationsBecomeEntriesOrVanish()
{
    FluxFixture f;
    f.server->enqueue(Endpoint::Submit,
                      Reply::withStatus(402, R"({"detail":"Insufficient credits"})"));
    const JobOutcome refused = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QCOMPARE(refused.error.kind, JobError::Kind::OutOfCredits);
    QCOMPARE(
        QDir(f.backend->journal().directory()).entryList(QDir::Files).filter(u"submit-").size(), 0);
    f.server->setTaskPlan([&] {
        auto plan = f.server->taskPlan();
        plan.durationMs = 60'000;
        return plan;
    }());
    FluxJob *job = f.backend->createFluxJob(testSpec(), f.backend.get());
    QSignalSpy submitted(job, &FluxJob::submitted);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 15'000);
    const QString taskId = submitted.first().first().toString();
    QVERIFY(f.backend->journal().entry(taskId).has_value());
    QVERIFY(QFile::exists(f.backend->journal().referencePath(taskId)));
    QCOMPARE(
        QDir(f.backend->journal().directory()).entryList(QDir::Files).filter(u"submit-").size(), 0);
    job->interrupt();
}

// A broken server that sends an endless body cannot fill the memory: the answer is cut off at
// the limit, the job says why, and the paid task stays in the journal.
void TestFluxJob::oversizedDownloadIsCutOff()
{
    FluxFixture f;
    ClientConfig client = f.backend->client()->config();
    client.maxResponseBytes = qint64(1) << 20;
    f.backend->client()->setConfig(client);
    f.server->enqueue(Endpoint::Download, Reply::withStatus(200, QByteArray(3 << 20, 'x'),
                                                            {{"Content-Type", "image/png"}}));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    QVERIFY2(outcome.error.message.contains(QLatin1String("larger than 1 MB")),
             qPrintable(outcome.error.message));
    QCOMPARE(f.server->count(Endpoint::Download), 1); // refused, not fetched again and again
    QCOMPARE(journalFiles(f), 1);
}

// A result of several MB is read as it arrives, a slice per event (so the GUI thread never
// copies it in one piece), and saved byte for byte.
void TestFluxJob::largeResultIsReadWholeInSlices()
{
    FluxFixture f;
    ClientConfig client = f.backend->client()->config();
    client.transferTimeoutMs = 30'000; // the fake server encodes 3 MP on the test's thread
    f.backend->client()->setConfig(client);
    const JobOutcome outcome =
        runJob(f.backend->createJob(testSpec(QSize(2048, 1536)), f.backend.get()), 60'000);
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    const QByteArray sent = f.server->resultBytes(outcome.result.taskId);
    QVERIFY2(sent.size() > 4 * (512 << 10), "the result fits one slice: not a test of slicing");
    QFile saved(outcome.result.savedPath);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(saved.readAll() == sent);
    QCOMPARE(outcome.result.image.size(), QSize(2048, 1536));
}

void TestFluxJob::stoppingDuringTheSubmitWarnsOfAPossibleCharge()
{
    QFETCH(QString, how);
    FluxFixture f;
    f.server->enqueue(Endpoint::Submit, Reply::withAction(Reply::Action::Hang));
    if (how == QLatin1String("deadline")) {
        // The job limit strikes first, with the POST surely out (no timing assertion: the
        // limit only has to outlast preparing the request, and the hang outlast the limit).
        ClientConfig client = f.backend->client()->config();
        client.transferTimeoutMs = 30'000;
        f.backend->client()->setConfig(client);
        auto limits = f.backend->limits();
        limits.jobTimeoutMs = 2'000;
        f.backend->setLimits(limits);
    }
    FluxJob *job = f.backend->createFluxJob(testSpec(), f.backend.get());
    QSignalSpy failed(job, &BackendJob::failed);
    job->start();
    QTRY_COMPARE(f.server->count(Endpoint::Submit), 1);
    if (how == QLatin1String("interrupt"))
        job->interrupt();
    else if (how == QLatin1String("cancel"))
        job->cancel();
    QTRY_COMPARE(failed.size(), 1);
    const JobError error = failed.first().first().value<JobError>();
    QVERIFY2(error.message.contains(QLatin1String("may have been created")),
             qPrintable(error.message));
    // A job stopped before its submit went out says nothing of the kind.
    FluxJob *early = f.backend->createFluxJob(testSpec(), f.backend.get());
    QSignalSpy earlyFailed(early, &BackendJob::failed);
    early->start();
    early->interrupt();
    QCOMPARE(earlyFailed.size(), 1);
    QVERIFY(!earlyFailed.first().first().value<JobError>().message.contains(
        QLatin1String("may have been created")));
}

void TestFluxJob::nothingIsSentWithoutAKeyOrWithBadInput_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QString>("message");

    QTest::newRow("no key") << QString() << QString() << QSize(256, 192) << "No API key";
    QTest::newRow("plain http to another machine")
        << QString::fromLatin1(kTestKey) << "http://api.example.com" << QSize(256, 192)
        << "not allowed";
    QTest::newRow("canvas over 4 MP")
        << QString::fromLatin1(kTestKey) << QString() << QSize(4000, 2000) << "MP";
    QTest::newRow("canvas under 64 px")
        << QString::fromLatin1(kTestKey) << QString() << QSize(120, 32) << "64";
}

void TestFluxJob::nothingIsSentWithoutAKeyOrWithBadInput()
{
    QFETCH(QString, key);
    QFETCH(QString, base);
    QFETCH(QSize, canvas);
    QFETCH(QString, message);

    FluxFixture f;
    f.backend->setApiKey(key);
    if (!base.isEmpty())
        f.backend->setBaseUrl(QUrl(base));
    const JobOutcome outcome =
        runJob(f.backend->createJob(testSpec(canvas, QSize(40, 30)), f.backend.get()));
    QVERIFY(outcome.over);
    QCOMPARE(outcome.error.kind, JobError::Kind::InvalidInput);
    QCOMPARE(outcome.error.exitCode(), 2);
    QVERIFY2(outcome.error.message.contains(message), qPrintable(outcome.error.message));
    QCOMPARE(f.server->requests().size(), 0);
}

void TestFluxJob::wrongKeyIsAnInvalidKeyWithoutTheKeyInTheMessage()
{
    FluxFixture f;
    f.server->setApiKey("the-right-key");
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QCOMPARE(outcome.error.kind, JobError::Kind::InvalidKey);
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
    verifyNoKey(outcome);
}

void TestFluxJob::creditsBalance()
{
    FluxFixture f;
    f.server->setCredits(321.5);
    QSignalSpy received(f.backend.get(), &FluxBackend::creditsReceived);
    QSignalSpy failed(f.backend.get(), &FluxBackend::creditsFailed);
    f.backend->requestCredits();
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toDouble(), 321.5);
    QCOMPARE(f.server->requests(Endpoint::Credits).first().key(), QByteArray(kTestKey));

    f.backend->setApiKey(QStringLiteral("wrong"));
    f.server->setApiKey("right");
    f.backend->requestCredits();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<JobError>().kind, JobError::Kind::InvalidKey);
}

void TestFluxJob::settledCostReplacesTheQuote()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.cost = 5.0;
    plan.settledCost = 4.5;
    f.server->setTaskPlan(plan);
    BackendJob *job = f.backend->createJob(testSpec(), f.backend.get());
    QSignalSpy cost(job, &BackendJob::costKnown);
    const JobOutcome outcome = runJob(job);
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(cost.size(), 2);
    QCOMPARE(cost.at(0).first().toDouble(), 5.0);
    QCOMPARE(cost.at(1).first().toDouble(), 4.5);
    QCOMPARE(outcome.result.cost.value_or(0), 4.5);
    QFile sidecar(ResultStore::sidecarPath(outcome.result.savedPath));
    QVERIFY(sidecar.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(sidecar.readAll()).object().value("cost").toDouble(), 4.5);
}

// A raw x-key header would follow a redirect wherever it points: calls that carry the key
// follow none. "localhost" is not the configured host (127.0.0.1), so it may not get the key.
void TestFluxJob::redirectsNeverCarryTheKey_data()
{
    QTest::addColumn<int>("endpoint");
    QTest::addColumn<int>("status");
    QTest::newRow("submit 307") << int(Endpoint::Submit) << 307;
    QTest::newRow("submit 308") << int(Endpoint::Submit) << 308;
    QTest::newRow("poll 302") << int(Endpoint::Poll) << 302;
    QTest::newRow("poll 301") << int(Endpoint::Poll) << 301;
}

void TestFluxJob::redirectsNeverCarryTheKey()
{
    QFETCH(int, endpoint);
    QFETCH(int, status);
    FluxFixture f;
    const QByteArray elsewhere =
        "http://localhost:" + QByteArray::number(f.server->regionalPort()) +
        "/v1/flux-tools/outpainting-v1";
    f.server->enqueue(Endpoint(endpoint),
                      Reply::withStatus(status, "", {{"Location", elsewhere + "?id=x"}}));
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    verifyNoKey(outcome);
    for (const FakeBflServer::Request &request : f.server->requests()) {
        QVERIFY2(request.port != f.server->regionalPort(), qPrintable(request.path));
        QVERIFY(request.port == f.server->port());
    }
    QCOMPARE(f.server->count(Endpoint::Submit), 1);
    // A redirected poll leaves the paid task for a later resume.
    QCOMPARE(journalFiles(f), endpoint == int(Endpoint::Poll) ? 1 : 0);
}

// A front end may cancel from a slot of the job's own signals (a budget guard on costKnown,
// a "stop" on submitted): the job must stop right there, with no traffic and no second outcome.
void TestFluxJob::cancelFromASignalStopsTheJobThere_data()
{
    QTest::addColumn<QString>("signal");
    QTest::newRow("submitted") << QStringLiteral("submitted");
    QTest::newRow("settled cost on Ready") << QStringLiteral("settled cost");
    QTest::newRow("progress 1 on Ready") << QStringLiteral("progress");
}

void TestFluxJob::cancelFromASignalStopsTheJobThere()
{
    QFETCH(QString, signal);
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.cost = 5.0;
    plan.settledCost = 9.0; // over budget once known
    plan.reportProgress = false;
    f.server->setTaskPlan(plan);
    FluxJob *job = f.backend->createFluxJob(testSpec(), f.backend.get());
    if (signal == QLatin1String("submitted"))
        connect(job, &FluxJob::submitted, job, &FluxJob::cancel);
    else if (signal == QLatin1String("settled cost"))
        connect(job, &BackendJob::costKnown, job, [job](double credits) {
            if (credits > 8)
                job->cancel();
        });
    else
        connect(job, &BackendJob::progressChanged, job, [job](double fraction) {
            if (fraction >= 1.0)
                job->cancel();
        });
    QSignalSpy finished(job, &BackendJob::finished);
    QSignalSpy failed(job, &BackendJob::failed);
    QSignalSpy statuses(job, &BackendJob::statusChanged);
    job->start();
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<JobError>().kind, JobError::Kind::Cancelled);
    const int requests = int(f.server->requests().size());
    QTest::qWait(300); // many poll intervals
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(int(f.server->requests().size()), requests); // no traffic after the cancel
    QCOMPARE(f.server->count(Endpoint::Download), 0);
    QCOMPARE(job->status(), JobStatus::Cancelled);
    QCOMPARE(statuses.last().first().value<JobStatus>(), JobStatus::Cancelled);
}

QTEST_MAIN(TestFluxJob)
#include "tst_fluxjob.moc"
