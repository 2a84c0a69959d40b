#include "localbackend.h"

#include "outpaintrequest.h"
#include "qtbridge.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QtConcurrent>

namespace outframe {

// What the worker and the job share. The worker writes, the job's timer reads.
struct LocalJob::Shared
{
    std::atomic_bool cancel{false};
    std::atomic<double> progress{-1.0};
    std::atomic_bool generating{false};
    QMutex mutex;
    QImage preview; // under mutex
};

struct LocalJob::Outcome
{
    ReferenceFill fill;
    PreparedReference sent;
    QString error; // preparing failed
    qint64 elapsedMs = 0;
};

BackendJob *LocalBackend::createJob(const OutpaintJobSpec &spec, QObject *parent)
{
    return new LocalJob(spec, m_options, parent);
}

LocalJob::LocalJob(const OutpaintJobSpec &spec, const FillOptions &options, QObject *parent)
    : BackendJob(parent), m_spec(spec), m_options(options), m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<JobError>();
    qRegisterMetaType<JobStatus>();
    m_tick.setInterval(50);
    connect(&m_tick, &QTimer::timeout, this, &LocalJob::onTick);
}

LocalJob::~LocalJob()
{
    // The worker keeps its own reference to the shared state; tell it nobody is waiting.
    m_shared->cancel = true;
}

void LocalJob::setStatus(JobStatus status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void LocalJob::fail(JobError::Kind kind, const QString &message)
{
    if (m_over)
        return;
    m_over = true;
    m_tick.stop();
    m_shared->cancel = true;
    setStatus(kind == JobError::Kind::Cancelled ? JobStatus::Cancelled : JobStatus::Failed);
    JobError error;
    error.kind = kind;
    error.message = message;
    emit failed(error);
}

void LocalJob::start()
{
    if (m_over || m_status != JobStatus::Queued)
        return;
    if (m_spec.reference.isNull()) {
        fail(JobError::Kind::InvalidInput, tr("There is no reference image to extend."));
        return;
    }
    const QList<PlacementProblem> problems = m_spec.placement.problems();
    if (!problems.isEmpty()) {
        fail(JobError::Kind::InvalidInput, problems.first().message);
        return;
    }
    setStatus(JobStatus::Preparing);
    emit progressChanged(-1);
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &LocalJob::onDone);
    m_tick.start();
    const std::shared_ptr<Shared> shared = m_shared;
    const QImage reference = m_spec.reference;
    const Placement placement = m_spec.placement;
    FillOptions options = m_options;
    // One seed per job: variations made without one differ, and the seed reported with the
    // result makes the same fill again. Fresh seeds stay below 2^53 so that a JSON number
    // (a double) carries them exactly.
    options.seed = m_spec.seed.value_or(QRandomGenerator::global()->generate64() >> 11);
    m_seed = options.seed;
    m_watcher->setFuture(QtConcurrent::run([shared, reference, placement, options] {
        Outcome out;
        QElapsedTimer clock;
        clock.start();
        out.sent = OutpaintRequest::prepareReference(reference, placement);
        if (out.sent.image.isNull() || out.sent.canvasRect.isEmpty()) {
            out.error = QCoreApplication::translate("outframe::LocalJob",
                                                    "The reference could not be prepared.");
            return out;
        }
        const QSize canvas = placement.canvasSize();
        const QImage preview = previewAroundReference(out.sent.image, out.sent.canvasRect, canvas);
        {
            QMutexLocker lock(&shared->mutex);
            shared->preview = preview;
        }
        shared->generating = true;
        out.fill =
            fillAroundReference(out.sent.image, out.sent.canvasRect, canvas, options,
                                shared->cancel, [&shared](double f) { shared->progress.store(f); });
        out.elapsedMs = clock.elapsed();
        return out;
    }));
}

void LocalJob::onTick()
{
    if (m_over)
        return;
    if (m_shared->generating)
        setStatus(JobStatus::Generating);
    if (!m_previewSent) {
        QImage preview;
        {
            QMutexLocker lock(&m_shared->mutex);
            preview = m_shared->preview;
        }
        if (!preview.isNull()) {
            m_previewSent = true;
            emit previewReady(preview);
        }
    }
    const double progress = m_shared->progress.load();
    if (progress >= 0 && progress != m_lastProgress) {
        m_lastProgress = progress;
        emit progressChanged(progress);
    }
}

void LocalJob::onDone()
{
    const Outcome out = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    if (m_over)
        return;
    onTick();
    if (m_over) // a slot of the last progress or the preview cancelled the job
        return;
    if (!out.error.isEmpty()) {
        fail(JobError::Kind::InvalidInput, out.error);
        return;
    }
    switch (out.fill.status) {
    case FillStatus::Cancelled:
        fail(JobError::Kind::Cancelled, tr("The fill was cancelled."));
        return;
    case FillStatus::InvalidInput:
        fail(JobError::Kind::InvalidInput, out.fill.message);
        return;
    case FillStatus::Filled:
        break;
    }
    m_over = true;
    m_tick.stop();
    JobResult result;
    result.image = out.fill.image;
    result.sent = out.sent;
    result.engine = ResultEngine::Local;
    result.inputMegapixels = out.sent.image.width() * double(out.sent.image.height()) / 1e6;
    result.outputMegapixels = result.image.width() * double(result.image.height()) / 1e6;
    result.elapsedMs = out.elapsedMs;
    result.seed = m_seed;
    if (m_lastProgress < 1.0)
        emit progressChanged(1.0);
    setStatus(JobStatus::Done);
    emit finished(result);
}

void LocalJob::cancel()
{
    fail(JobError::Kind::Cancelled, tr("Cancelled."));
}

} // namespace outframe
