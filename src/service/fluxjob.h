#pragma once

#include "backend.h"
#include "fluxprotocol.h"
#include "taskjournal.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace outframe {

class ApiRequest;
struct ApiResponse;
class FluxBackend;

// Limits of one FLUX job. Defaults suit the real service; tests shrink them.
struct FluxJobLimits
{
    int jobTimeoutMs = 600'000;  // the whole job, submit to saved file
    int maxDownloadAttempts = 3; // downloads that did not decode, before giving up
    int maxSampleRefreshes = 5;  // expired sample URLs answered by polling again
    int maxUnreadablePolls = 5;  // poll answers that were not a task state, in a row
};

// One outpainting job on the FLUX service:
//   prepare (off the GUI thread) -> submit -> journal -> poll (adaptive) -> download
//   -> verify it decodes at width x height (off the GUI thread) -> save image + sidecar
//   -> remove from the journal.
// A job made from a journal entry starts at the poll. Network failures after submit leave the
// task in the journal so the next start (or `outframe-cli --resume`) still fetches it.
// The backend must outlive its jobs.
class FluxJob : public BackendJob
{
    Q_OBJECT

public:
    FluxJob(FluxBackend *backend, const OutpaintJobSpec &spec, QObject *parent = nullptr);
    FluxJob(FluxBackend *backend, const JournalEntry &entry, QObject *parent = nullptr);
    ~FluxJob() override;

    void start() override;
    // Stops the job's traffic at once; a submitted task leaves the journal (the artist no
    // longer wants it).
    void cancel() override;
    // Stops like cancel() but keeps the task in the journal, so a later resume fetches the
    // paid result (the CLI on Ctrl+C, the app on quit).
    void interrupt();

    bool isResumed() const { return m_resumed; }
    QString taskId() const { return m_entry.taskId; }
    JobStatus status() const { return m_status; }
    const JournalEntry &journalEntry() const { return m_entry; }
    int pollCount() const { return m_polls; }

signals:
    // The service accepted the job and it is in the journal: from here on the result is paid
    // for and survives a crash.
    void submitted(const QString &taskId);

private:
    struct Prepared;
    struct Verified;

    void prepare();
    void onPrepared();
    void submit(const QByteArray &json, const QByteArray &referencePng);
    void onSubmitted(const ApiResponse &response, const QByteArray &referencePng);
    // The journal entry is on disk: announce the task and start polling.
    void startWaiting(std::optional<double> cost);
    void schedulePoll(int delayMs);
    void poll();
    void onPolled(const ApiResponse &response);
    void download();
    void onDownloaded(const ApiResponse &response);
    void onVerified();
    void onDeadline();

    JobError transportError(const ApiResponse &response, ApiCall call) const;
    JobError untrustedPollingHost() const;
    qint64 sinceSubmitMs() const;
    QString modeName() const;
    void setStatus(JobStatus status);
    void track(ApiRequest *request);
    void stopTraffic();
    void fail(const JobError &error, bool keepInJournal);

    FluxBackend *const m_backend; // outlives its jobs
    OutpaintJobSpec m_spec;
    JournalEntry m_entry;
    bool m_resumed = false;
    PreparedReference m_sent;
    std::unique_ptr<TaskClaim> m_claim;

    JobStatus m_status = JobStatus::Queued;
    bool m_over = false;
    bool m_submitted = false;
    QElapsedTimer m_clock;
    QTimer m_pollTimer;
    QTimer m_deadline;
    QPointer<ApiRequest> m_call;
    QFutureWatcher<Prepared> *m_prepareWatcher = nullptr;
    QFutureWatcher<Verified> *m_verifyWatcher = nullptr;
    QFutureWatcher<QString> *m_journalWatcher = nullptr; // the entry being written; "" = ok

    std::optional<double> m_progress;
    QUrl m_sample;
    QDateTime m_readyAt;
    QByteArray m_downloaded;
    qint64 m_lastRunningMs = 0;      // since submit, when the service last said "running"
    bool m_pollingElsewhere = false; // the polling URL's host may not get the key
    int m_polls = 0;
    int m_unreadablePolls = 0;
    int m_downloadAttempts = 0;
    int m_sampleRefreshes = 0;
};

} // namespace outframe
