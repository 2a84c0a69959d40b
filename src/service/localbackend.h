#pragma once

#include "backend.h"
#include "completion.h"

#include <QFutureWatcher>
#include <QTimer>

#include <memory>

namespace outframe {

// The offline engine as a Backend: PatchMatch completion of the canvas around the reference,
// on the artist's own machine, with no key and no network. Lives on the GUI (or CLI main)
// thread; each job fills on a worker thread.
//
//     LocalBackend local;
//     queue->enqueue(spec, &local);   // JobQueue creates and runs a LocalJob
class LocalBackend : public Backend
{
public:
    explicit LocalBackend(const FillOptions &options = FillOptions()) : m_options(options) {}

    ResultEngine engine() const override { return ResultEngine::Local; }
    // Returns a LocalJob.
    BackendJob *createJob(const OutpaintJobSpec &spec, QObject *parent) override;

    const FillOptions &fillOptions() const { return m_options; }
    void setFillOptions(const FillOptions &options) { m_options = options; }

private:
    FillOptions m_options;
};

// One offline fill: Preparing (resample/crop the reference as for FLUX) -> Generating (the
// fill, with progress) -> Done. cancel() stops the worker within a few milliseconds and emits
// failed(Cancelled) at once; deleting a running job is safe (the worker then finishes alone
// and its result is dropped).
class LocalJob : public BackendJob
{
    Q_OBJECT

public:
    LocalJob(const OutpaintJobSpec &spec, const FillOptions &options, QObject *parent = nullptr);
    ~LocalJob() override;

    void start() override;
    void cancel() override;
    const OutpaintJobSpec &spec() const override { return m_spec; }

    JobStatus status() const { return m_status; }

signals:
    // The instant push-pull wash of the whole canvas, shown while the real fill runs.
    void previewReady(const QImage &preview);

private:
    struct Shared;
    struct Outcome;

    void onTick();
    void onDone();
    void setStatus(JobStatus status);
    void fail(JobError::Kind kind, const QString &message);

    OutpaintJobSpec m_spec;
    FillOptions m_options;
    std::uint64_t m_seed = 0;         // the one this job fills with, set by start()
    std::shared_ptr<Shared> m_shared; // also held by the worker, which may outlive the job
    JobStatus m_status = JobStatus::Queued;
    bool m_over = false;
    bool m_previewSent = false;
    double m_lastProgress = -1;
    QTimer m_tick; // relays the worker's progress and preview on this thread
    QFutureWatcher<Outcome> *m_watcher = nullptr;
};

} // namespace outframe
