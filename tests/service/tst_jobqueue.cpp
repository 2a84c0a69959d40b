// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The job queue: N at once, the rest in order, status/progress/cost/elapsed, cancel.
#include "jobqueue.h"
#include "randomfaults.h"
#include "servicetesting.h"

#include <QSet>
#include <QtTest>

using namespace outframe;
using namespace outframe::test;

namespace {

// A backend whose jobs do exactly what the test tells them.
class ScriptedJob : public BackendJob
{
    Q_OBJECT

public:
    using BackendJob::BackendJob;
    bool started = false;
    bool cancelled = false;
    bool failOnStart = false; // like a FLUX job without a key: fails inside start()
    OutpaintJobSpec jobSpec;
    const OutpaintJobSpec &spec() const override { return jobSpec; }
    void start() override
    {
        started = true;
        if (failOnStart) {
            failWith(JobError::Kind::InvalidInput, QStringLiteral("No API key."));
            return;
        }
        emit statusChanged(JobStatus::Generating);
    }
    void cancel() override
    {
        cancelled = true;
        JobError error;
        error.kind = JobError::Kind::Cancelled;
        error.message = QStringLiteral("Cancelled.");
        emit failed(error);
    }
    void succeed()
    {
        JobResult result;
        result.engine = ResultEngine::Local;
        result.image = QImage(64, 64, QImage::Format_RGB32);
        result.cost = 2.0;
        emit statusChanged(JobStatus::Done);
        emit finished(result);
    }
    void failWith(JobError::Kind kind, const QString &message)
    {
        JobError error;
        error.kind = kind;
        error.message = message;
        emit failed(error);
    }
};

class ScriptedBackend : public Backend
{
public:
    QList<QPointer<ScriptedJob>> jobs;
    QList<int> failures; // per job ever made, kept after the queue deleted it
    bool failOnStart = false;
    // Not the snapshot's default, so the tests see the queue take it from the backend.
    ResultEngine engine() const override { return ResultEngine::Local; }
    BackendJob *createJob(const OutpaintJobSpec &spec, QObject *parent) override
    {
        auto *job = new ScriptedJob(parent);
        job->jobSpec = spec;
        job->failOnStart = failOnStart;
        const qsizetype index = failures.size();
        failures << 0;
        QObject::connect(job, &BackendJob::failed, job, [this, index] { ++failures[index]; });
        jobs << job;
        return job;
    }
};

OutpaintJobSpec labelled(const QString &label)
{
    OutpaintJobSpec spec;
    spec.label = label;
    return spec;
}

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private slots:
    void hundredJobsUnderRandomFaults();
    void runsAtMostNAtOnceInOrder();
    void concurrencyIsClamped_data();
    void concurrencyIsClamped();
    void raisingTheLimitStartsWaitingJobs();
    void snapshotsFollowTheJob();
    void failureCarriesTheMessage();
    void cancelQueuedNeverStartsIt();
    void cancelRunningStopsItAndStartsTheNext();
    void cancelAll();
    void enqueueFromAFinishedSlot();
    void fluxJobsThroughTheQueue();
    void resumesUnfinishedTasksOnStart();
};

void TestJobQueue::runsAtMostNAtOnceInOrder()
{
    ScriptedBackend backend;
    JobQueue queue;
    QCOMPARE(queue.maxConcurrent(), 4);
    QSignalSpy added(&queue, &JobQueue::jobAdded);
    QList<int> ids;
    for (int i = 0; i < 6; ++i)
        ids << queue.enqueue(labelled(QStringLiteral("job %1").arg(i)), &backend);
    QCOMPARE(added.size(), 6);
    QCOMPARE(queue.runningCount(), 4);
    QCOMPARE(queue.queuedCount(), 2);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(backend.jobs[i]->started, i < 4);
    QCOMPARE(queue.snapshot(ids[4]).status, JobStatus::Queued);
    QCOMPARE(queue.snapshot(ids[4]).elapsedMs, 0);

    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    backend.jobs[1]->succeed();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toInt(), ids[1]);
    QVERIFY(backend.jobs[4]->started); // the oldest waiting one
    QVERIFY(!backend.jobs[5]->started);
    QCOMPARE(queue.runningCount(), 4);
}

void TestJobQueue::concurrencyIsClamped_data()
{
    QTest::addColumn<int>("asked");
    QTest::addColumn<int>("expected");
    QTest::newRow("0") << 0 << 1;
    QTest::newRow("-3") << -3 << 1;
    QTest::newRow("1") << 1 << 1;
    QTest::newRow("24") << 24 << 24;
    QTest::newRow("25") << 25 << 24;
}

void TestJobQueue::concurrencyIsClamped()
{
    QFETCH(int, asked);
    QFETCH(int, expected);
    JobQueue queue;
    queue.setMaxConcurrent(asked);
    QCOMPARE(queue.maxConcurrent(), expected);
}

void TestJobQueue::raisingTheLimitStartsWaitingJobs()
{
    ScriptedBackend backend;
    JobQueue queue;
    queue.setMaxConcurrent(1);
    for (int i = 0; i < 3; ++i)
        queue.enqueue(labelled(QString::number(i)), &backend);
    QCOMPARE(queue.runningCount(), 1);
    queue.setMaxConcurrent(3);
    QCOMPARE(queue.runningCount(), 3);
}

void TestJobQueue::snapshotsFollowTheJob()
{
    ScriptedBackend backend;
    JobQueue queue;
    QSignalSpy changed(&queue, &JobQueue::jobChanged);
    const int id = queue.enqueue(labelled(QStringLiteral("beach.png")), &backend);
    ScriptedJob *job = backend.jobs.first();
    JobSnapshot snap = queue.snapshot(id);
    QCOMPARE(snap.id, id);
    QCOMPARE(snap.label, QStringLiteral("beach.png"));
    QCOMPARE(snap.engine, ResultEngine::Local);
    QCOMPARE(snap.status, JobStatus::Generating);

    emit job->progressChanged(0.4);
    emit job->costKnown(3.5);
    snap = queue.snapshot(id);
    QCOMPARE(snap.progress, 0.4);
    QCOMPARE(snap.cost.value_or(0), 3.5);
    QVERIFY(changed.size() >= 3);
    QTest::qWait(20);
    QVERIFY(queue.snapshot(id).elapsedMs >= 10);

    job->succeed();
    snap = queue.snapshot(id);
    QCOMPARE(snap.status, JobStatus::Done);
    QCOMPARE(snap.progress, 1.0);
    QCOMPARE(snap.result.engine, ResultEngine::Local);
    QCOMPARE(snap.result.image.size(), QSize(64, 64));
    const qint64 frozen = snap.elapsedMs;
    QTest::qWait(20);
    QCOMPARE(queue.snapshot(id).elapsedMs, frozen); // over: the clock stops
    QTRY_VERIFY(!backend.jobs.first());             // the queue let go of the finished job

    queue.remove(id);
    QCOMPARE(queue.snapshot(id).id, 0);
    QVERIFY(queue.ids().isEmpty());
}

void TestJobQueue::failureCarriesTheMessage()
{
    ScriptedBackend backend;
    JobQueue queue;
    const int id = queue.enqueue(labelled(QStringLiteral("x")), &backend);
    backend.jobs.first()->failWith(JobError::Kind::OutOfCredits,
                                   QStringLiteral("Out of credits — top up your account"));
    const JobSnapshot snap = queue.snapshot(id);
    QCOMPARE(snap.status, JobStatus::Failed);
    QCOMPARE(snap.errorMessage, QStringLiteral("Out of credits — top up your account"));
    QVERIFY(snap.error);
    QCOMPARE(snap.error->exitCode(), 3);
}

void TestJobQueue::cancelQueuedNeverStartsIt()
{
    ScriptedBackend backend;
    JobQueue queue;
    queue.setMaxConcurrent(1);
    queue.enqueue(labelled(QStringLiteral("a")), &backend);
    const int waiting = queue.enqueue(labelled(QStringLiteral("b")), &backend);
    QSignalSpy finished(&queue, &JobQueue::jobFinished);
    QVERIFY(queue.cancel(waiting));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(queue.snapshot(waiting).status, JobStatus::Cancelled);
    backend.jobs[0]->succeed();
    QTRY_VERIFY(!backend.jobs[1]);     // deleted
    QCOMPARE(queue.runningCount(), 0); // and never started
    QVERIFY(!queue.cancel(waiting));   // already over
    QVERIFY(!queue.cancel(12345));
}

void TestJobQueue::cancelRunningStopsItAndStartsTheNext()
{
    ScriptedBackend backend;
    JobQueue queue;
    queue.setMaxConcurrent(1);
    const int running = queue.enqueue(labelled(QStringLiteral("a")), &backend);
    queue.enqueue(labelled(QStringLiteral("b")), &backend);
    ScriptedJob *first = backend.jobs[0];
    QVERIFY(queue.cancel(running));
    QVERIFY(first->cancelled);
    QCOMPARE(queue.snapshot(running).status, JobStatus::Cancelled);
    QVERIFY(backend.jobs[1]->started);
}

void TestJobQueue::cancelAll()
{
    ScriptedBackend backend;
    JobQueue queue;
    queue.setMaxConcurrent(2);
    for (int i = 0; i < 5; ++i)
        queue.enqueue(labelled(QString::number(i)), &backend);
    queue.cancelAll();
    for (const JobSnapshot &snap : queue.snapshots())
        QCOMPARE(snap.status, JobStatus::Cancelled);
    int started = 0;
    for (const QPointer<ScriptedJob> &job : std::as_const(backend.jobs))
        if (const ScriptedJob *alive = job.data())
            started += alive->started ? 1 : 0;
    QVERIFY(started <= 2);
}

// A front end that feeds a batch from jobFinished, with jobs that fail as they start (like a
// FLUX job without a key): the queue is re-entered, and grows, while it is starting jobs.
void TestJobQueue::enqueueFromAFinishedSlot()
{
    ScriptedBackend backend;
    JobQueue queue;
    queue.setMaxConcurrent(1);
    queue.enqueue(labelled(QStringLiteral("first")), &backend); // runs until told
    backend.failOnStart = true;
    constexpr int kBatch = 60;
    int enqueued = 0;
    for (; enqueued < 3; ++enqueued)
        queue.enqueue(labelled(QStringLiteral("waiting %1").arg(enqueued)), &backend);
    QCOMPARE(queue.queuedCount(), 3);
    int finished = 0;
    connect(&queue, &JobQueue::jobFinished, this, [&] {
        ++finished;
        if (enqueued < kBatch) {
            ++enqueued;
            queue.enqueue(labelled(QStringLiteral("more %1").arg(enqueued)), &backend);
        }
    });
    backend.jobs.first()->succeed(); // frees the slot: the waiting ones start (and fail)
    QCOMPARE(enqueued, kBatch);
    QCOMPARE(finished, kBatch + 1);
    // Each later job failed exactly once: started once, none skipped.
    QCOMPARE(backend.failures.mid(1), QList<int>(kBatch, 1));
    const QList<JobSnapshot> snaps = queue.snapshots();
    QCOMPARE(snaps.size(), kBatch + 1);
    QCOMPARE(snaps.first().status, JobStatus::Done);
    for (qsizetype i = 1; i < snaps.size(); ++i)
        QCOMPARE(snaps[i].status, JobStatus::Failed);
    QCOMPARE(queue.runningCount(), 0);
    QCOMPARE(queue.queuedCount(), 0);
}

void TestJobQueue::fluxJobsThroughTheQueue()
{
    FluxFixture f;
    JobQueue queue;
    queue.setMaxConcurrent(2);
    int mostRunning = 0;
    connect(&queue, &JobQueue::jobChanged, this,
            [&] { mostRunning = qMax(mostRunning, queue.runningCount()); });
    QList<int> ids;
    for (int i = 0; i < 4; ++i)
        ids << queue.enqueue(testSpec(), f.backend.get());
    QTRY_VERIFY_WITH_TIMEOUT(queue.runningCount() == 0 && queue.queuedCount() == 0, 15'000);
    QCOMPARE(mostRunning, 2);
    for (const int id : ids) {
        const JobSnapshot snap = queue.snapshot(id);
        QVERIFY2(snap.status == JobStatus::Done, qPrintable(snap.errorMessage));
        QCOMPARE(snap.engine, ResultEngine::Flux);
        QCOMPARE(snap.cost.value_or(0), 5.0);
        QVERIFY(snap.elapsedMs > 0);
        QVERIFY(QFile::exists(snap.result.savedPath));
    }
    QCOMPARE(f.server->count(FakeBflServer::Endpoint::Submit), 4);
}

// The app's own path under a hostile service: 100 FLUX jobs through JobQueue while the fake
// server answers a random share of requests with 5xx, dropped connections, 429 bursts,
// expired and wrong-sized downloads (seeded, so a failure can be run again). Every job must
// end with its result or a clear error, no job may create two tasks, and every task the
// service made (and charged) must be either saved or kept in the journal.
void TestJobQueue::hundredJobsUnderRandomFaults()
{
    using Endpoint = FakeBflServer::Endpoint;
    FluxFixture f;
    auto limits = f.backend->limits();
    limits.jobTimeoutMs = 60'000;
    f.backend->setLimits(limits);
    const RandomFaults faults(f.server.get(), 8);
    JobQueue queue;
    queue.setMaxConcurrent(8);
    QList<int> ids;
    for (int i = 0; i < 100; ++i)
        ids << queue.enqueue(testSpec(), f.backend.get());
    QTRY_VERIFY_WITH_TIMEOUT(queue.runningCount() == 0 && queue.queuedCount() == 0, 240'000);
    QVERIFY(faults.count() > 10);

    QSet<QString> savedTasks;
    int done = 0;
    for (const int id : ids) {
        const JobSnapshot snap = queue.snapshot(id);
        if (snap.status == JobStatus::Done) {
            ++done;
            QVERIFY(QFile::exists(snap.result.savedPath));
            QVERIFY2(!savedTasks.contains(snap.result.taskId), "two jobs got the same task");
            savedTasks.insert(snap.result.taskId);
        } else {
            QCOMPARE(snap.status, JobStatus::Failed);
            QVERIFY2(!snap.errorMessage.trimmed().isEmpty(), "a failure without a message");
            qInfo("job %d failed: %s", id, qPrintable(snap.errorMessage));
            // A task that failed and left the journal can only be a damaged or wrong-sized
            // result that was kept on disk anyway (no fault here makes a task terminal).
            if (snap.error && !snap.error->taskId.isEmpty() && !snap.error->taskKept) {
                QVERIFY2(snap.errorMessage.contains(QLatin1String("saved as")),
                         qPrintable(snap.errorMessage));
                savedTasks.insert(snap.error->taskId);
            }
        }
    }
    QSet<QString> kept;
    for (const JournalEntry &entry : f.backend->journal().entries())
        kept.insert(entry.taskId);
    // No paid result lost: every task the service made is saved or resumable.
    for (const FakeBflServer::Task &task : f.server->tasks())
        QVERIFY2(savedTasks.contains(task.id) || kept.contains(task.id), qPrintable(task.id));
    // No duplicate POST: each task the service made belongs to exactly one job, saved or kept.
    QCOMPARE(int(f.server->tasks().size()), int(savedTasks.size() + kept.size()));
    QVERIFY(!savedTasks.intersects(kept));
    qInfo("%d of 100 done, %d faults injected, %d tasks kept for resume, %d POSTs", done,
          faults.count(), int(kept.size()), f.server->count(Endpoint::Submit));
    QVERIFY(done >= 80); // the faults are transient: most jobs get through
}

void TestJobQueue::resumesUnfinishedTasksOnStart()
{
    FluxFixture f;
    auto plan = f.server->taskPlan();
    plan.durationMs = 400;
    f.server->setTaskPlan(plan);
    {
        // The previous run: two tasks submitted, then the app went away.
        JobQueue previous;
        previous.enqueue(testSpec(), f.backend.get());
        previous.enqueue(testSpec(), f.backend.get());
        QTRY_COMPARE(f.backend->journal().entries().size(), 2);
    }
    QCOMPARE(f.server->count(FakeBflServer::Endpoint::Submit), 2);

    JobQueue queue;
    const QList<int> ids = queue.resumeUnfinished(f.backend.get());
    QCOMPARE(ids.size(), 2);
    QCOMPARE(queue.snapshot(ids.first()).label, QStringLiteral("beach.png"));
    QTRY_VERIFY_WITH_TIMEOUT(queue.runningCount() == 0 && queue.queuedCount() == 0, 10'000);
    for (const int id : ids)
        QVERIFY2(queue.snapshot(id).status == JobStatus::Done,
                 qPrintable(queue.snapshot(id).errorMessage));
    QCOMPARE(f.server->count(FakeBflServer::Endpoint::Submit), 2); // no new charge
    QVERIFY(f.backend->journal().entries().isEmpty());
    QVERIFY(queue.resumeUnfinished(f.backend.get()).isEmpty());
}

QTEST_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
