#include "jobqueue.h"
#include "localbackend.h"

#include <QSignalSpy>
#include <QtTest>

using namespace outframe;

namespace {

QImage photo(QSize size)
{
    QImage img(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const int grain =
                int(((std::uint32_t(x) * 73856093u) ^ (std::uint32_t(y) * 19349663u)) % 23u);
            img.setPixel(x, y, qRgb(40 + x % 150 + grain, 90 + grain, 200 - y % 120));
        }
    }
    return img;
}

OutpaintJobSpec specFor(QSize reference, QSize canvas)
{
    OutpaintJobSpec spec;
    spec.reference = photo(reference);
    spec.placement = Placement(canvas, reference);
    spec.label = QStringLiteral("test.png");
    return spec;
}

JobResult runToEnd(LocalBackend &backend, const OutpaintJobSpec &spec)
{
    std::unique_ptr<BackendJob> job(backend.createJob(spec, nullptr));
    QSignalSpy finished(job.get(), &BackendJob::finished);
    job->start();
    if (!finished.wait(30000) && finished.isEmpty())
        return {};
    return finished.first().first().value<JobResult>();
}

} // namespace

class TestLocalBackend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fillsTheWholeCanvas();
    void invalidPlacementFailsWithAMessage();
    void cancelStopsAtOnce();
    void cancelFromASignalEndsItOnce();
    void deletingARunningJobIsSafe();
    void runsThroughTheJobQueue();
    void theJobsSeedRepeatsTheFill();
    void withoutASeedEachJobFillsDifferently();
};

void TestLocalBackend::initTestCase()
{
    QCOMPARE(LocalBackend().engine(), ResultEngine::Local);
}

void TestLocalBackend::fillsTheWholeCanvas()
{
    LocalBackend backend;
    const OutpaintJobSpec spec = specFor(QSize(160, 120), QSize(240, 180));
    std::unique_ptr<BackendJob> job(backend.createJob(spec, nullptr));
    auto *local = qobject_cast<LocalJob *>(job.get());
    QVERIFY(local);
    QSignalSpy finished(job.get(), &BackendJob::finished);
    QSignalSpy failed(job.get(), &BackendJob::failed);
    QSignalSpy statuses(job.get(), &BackendJob::statusChanged);
    QSignalSpy progress(job.get(), &BackendJob::progressChanged);
    QSignalSpy preview(local, &LocalJob::previewReady);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(failed.size(), 0);

    const JobResult result = finished.first().first().value<JobResult>();
    QCOMPARE(result.engine, ResultEngine::Local);
    QVERIFY(result.taskId.isEmpty());
    QCOMPARE(result.image.size(), QSize(240, 180));
    QCOMPARE(result.sent.canvasRect, QRect(40, 30, 160, 120));
    // The reference's pixels come back exactly; everything else is opaque fill.
    QCOMPARE(result.image.copy(result.sent.canvasRect).convertToFormat(QImage::Format_RGB32),
             spec.reference);
    for (int y = 0; y < 180; ++y) {
        for (int x = 0; x < 240; ++x)
            QCOMPARE(qAlpha(result.image.pixel(x, y)), 255);
    }
    QVERIFY(result.outputMegapixels && qFuzzyCompare(*result.outputMegapixels, 0.0432));

    QList<JobStatus> seen;
    for (const QList<QVariant> &args : statuses)
        seen << args.first().value<JobStatus>();
    QCOMPARE(seen.first(), JobStatus::Preparing);
    QCOMPARE(seen.last(), JobStatus::Done);
    QCOMPARE(local->status(), JobStatus::Done);
    QCOMPARE(progress.last().first().toDouble(), 1.0);
    QCOMPARE(preview.size(), 1);
    QCOMPARE(preview.first().first().value<QImage>().size(), QSize(240, 180));
}

void TestLocalBackend::invalidPlacementFailsWithAMessage()
{
    LocalBackend backend;
    std::unique_ptr<BackendJob> job(
        backend.createJob(specFor(QSize(40, 40), QSize(50, 50)), nullptr));
    QSignalSpy failed(job.get(), &BackendJob::failed);
    QSignalSpy finished(job.get(), &BackendJob::finished);
    job->start();
    QCOMPARE(failed.size(), 1);
    const JobError error = failed.first().first().value<JobError>();
    QCOMPARE(error.kind, JobError::Kind::InvalidInput);
    QVERIFY(!error.message.isEmpty());
    QCOMPARE(error.exitCode(), 2);
    QCOMPARE(finished.size(), 0);
}

void TestLocalBackend::cancelStopsAtOnce()
{
    LocalBackend backend;
    std::unique_ptr<BackendJob> job(
        backend.createJob(specFor(QSize(1200, 900), QSize(1800, 1350)), nullptr));
    QSignalSpy failed(job.get(), &BackendJob::failed);
    QSignalSpy finished(job.get(), &BackendJob::finished);
    QSignalSpy statuses(job.get(), &BackendJob::statusChanged);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty() && statuses.last().first().value<JobStatus>() ==
                                                        JobStatus::Generating,
                             30000);
    job->cancel();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first().value<JobError>().kind, JobError::Kind::Cancelled);
    QCOMPARE(statuses.last().first().value<JobStatus>(), JobStatus::Cancelled);
    // The worker's late answer is dropped: no finished(), no second failed().
    QTest::qWait(300);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
}

// A slot of the job's own signals may cancel it (here: on the preview, which a small fill
// delivers from the same step that reports the fill done): one outcome, not two.
void TestLocalBackend::cancelFromASignalEndsItOnce()
{
    LocalBackend backend;
    std::unique_ptr<LocalJob> job(
        static_cast<LocalJob *>(backend.createJob(specFor(QSize(40, 40), QSize(64, 64)), nullptr)));
    connect(job.get(), &LocalJob::previewReady, job.get(), &LocalJob::cancel);
    QSignalSpy failed(job.get(), &BackendJob::failed);
    QSignalSpy finished(job.get(), &BackendJob::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 30000);
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    QTest::qWait(100); // the worker's answer, if it was still to come
    QCOMPARE(failed.first().first().value<JobError>().kind, JobError::Kind::Cancelled);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(job->status(), JobStatus::Cancelled);
}

void TestLocalBackend::deletingARunningJobIsSafe()
{
    LocalBackend backend;
    auto *job = backend.createJob(specFor(QSize(1200, 900), QSize(1800, 1350)), nullptr);
    QSignalSpy statuses(job, &BackendJob::statusChanged);
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty(), 30000);
    delete job;
    // The worker notices the cancel and ends on its own; the pool must drain cleanly.
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
}

void TestLocalBackend::runsThroughTheJobQueue()
{
    LocalBackend backend;
    JobQueue queue;
    QSignalSpy done(&queue, &JobQueue::jobFinished);
    const int id = queue.enqueue(specFor(QSize(100, 80), QSize(150, 120)), &backend);
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 30000);
    const JobSnapshot snapshot = queue.snapshot(id);
    QCOMPARE(snapshot.status, JobStatus::Done);
    QCOMPARE(snapshot.engine, ResultEngine::Local);
    QCOMPARE(snapshot.result.engine, ResultEngine::Local);
    QCOMPARE(snapshot.result.image.size(), QSize(150, 120));
}

void TestLocalBackend::theJobsSeedRepeatsTheFill()
{
    LocalBackend backend;
    OutpaintJobSpec spec = specFor(QSize(120, 90), QSize(200, 150));
    spec.seed = 7;
    const JobResult first = runToEnd(backend, spec);
    const JobResult again = runToEnd(backend, spec);
    spec.seed = 8;
    const JobResult other = runToEnd(backend, spec);
    QVERIFY(!first.image.isNull() && !other.image.isNull());
    QCOMPARE(first.seed, std::optional<std::uint64_t>(7));
    QCOMPARE(other.seed, std::optional<std::uint64_t>(8));
    QVERIFY(first.image == again.image);
    QVERIFY(first.image != other.image);
}

void TestLocalBackend::withoutASeedEachJobFillsDifferently()
{
    LocalBackend backend;
    const OutpaintJobSpec spec = specFor(QSize(120, 90), QSize(200, 150));
    const JobResult a = runToEnd(backend, spec);
    const JobResult b = runToEnd(backend, spec);
    QVERIFY(a.seed && b.seed);
    QVERIFY(*a.seed != *b.seed);
    QVERIFY(*a.seed < (std::uint64_t(1) << 53)); // exact as a JSON number
    QVERIFY(a.image != b.image);
    // The reported seed makes the same fill again.
    OutpaintJobSpec repeat = spec;
    repeat.seed = a.seed;
    QVERIFY(runToEnd(backend, repeat).image == a.image);
}

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "tst_localbackend.moc"
