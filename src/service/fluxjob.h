// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
class FluxClient;

// Limits of one FLUX job. Defaults suit the real service; tests shrink them.
struct FluxJobLimits
{
    int jobTimeoutMs = 600'000;  // the whole job, submit to saved file
    int maxDownloadAttempts = 3; // downloads that did not decode, before giving up
    int maxSampleRefreshes = 5;  // expired sample URLs answered by polling again
    int maxUnreadablePolls = 5;  // poll answers that were not a task state, in a row
};

// One outpainting job on the FLUX service, in phases (see Phase):
//   prepare and reserve a journal entry (off the GUI thread) -> submit -> journal the task id
//   -> poll (adaptive) -> download
//   -> verify it decodes at width x height and save image + sidecar (off the GUI thread)
//   -> remove from the journal.
// A job made from a journal entry starts at the poll. Network failures after submit leave the
// task in the journal (JobError::taskKept) so the next start or `outframe-cli --resume` still
// fetches it. The backend must outlive its jobs.
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
    // Stops like cancel() but keeps the task in the journal.
    void interrupt() override;

    const OutpaintJobSpec &spec() const override { return m_spec; }
    TaskInfo task() const override;

    bool isResumed() const { return m_resumed; }
    JobStatus status() const { return m_status; }
    int pollCount() const { return m_polls; }

signals:
    // The service accepted the job and it is in the journal: from here on the result is paid
    // for and survives a crash.
    void submitted(const QString &taskId);

private:
    struct Prepared;
    struct Verified;

    // Where the job is. Each phase owns its work: the deadline runs from the first phase after
    // Idle until Done, the poll timer only while Polling, and at most one of the network call
    // and the workers is live. Only enter() changes it.
    enum class Phase {
        Idle,        // made, not started
        Preparing,   // building the request on a worker thread
        Submitting,  // POST under way: a task may be created (and charged) from here on
        Journalling, // the task exists; its journal entry is being written on a worker thread
        Polling,     // waiting for the next poll, or a poll under way
        Downloading, // fetching the sample
        Verifying,   // decoding and saving the download on a worker thread
        Done,        // finished or failed; nothing runs any more
    };
    // What happens to a task the service holds when the job fails.
    enum class TaskFate {
        Forget,       // out of the journal: nothing more to fetch, or the artist cancelled
        Keep,         // stays in the journal for a later resume
        LeaveToOther, // another process is fetching it: stays, but not ours to promise
    };

    void enter(Phase next);
    bool isOver() const { return m_phase == Phase::Done; }
    // The service holds a task for this job (submitted, or made from the journal).
    bool hasTask() const { return !m_entry.taskId.isEmpty(); }

    void prepare();
    void onPrepared();
    void submit(const QByteArray &json);
    // A 422 named optional fields the service does not know: drop them and submit once more.
    bool resubmitWithoutUnknownFields(const ApiResponse &response);
    void onSubmitted(const ApiResponse &response);
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
    void setStatus(JobStatus status);
    void track(ApiRequest *request);
    void stopTraffic();
    void fail(const JobError &error, TaskFate fate);

    FluxBackend *const m_backend; // outlives its jobs
    FluxClient *m_client;         // the backend's, or one for the base a resumed task used
    OutpaintJobSpec m_spec;
    JournalEntry m_entry;
    GenerationMode m_mode = GenerationMode::High; // what the poll schedule learns for
    bool m_resumed = false;
    PreparedReference m_sent;
    QJsonObject m_body;          // the submit as sent (for a resubmit without unknown fields)
    QStringList m_ignoredFields; // optional fields the service's schema did not know
    QString m_reservation;       // the journal's room for this submit, until it has a task id
    std::unique_ptr<TaskClaim> m_claim;

    Phase m_phase = Phase::Idle;
    JobStatus m_status = JobStatus::Queued;
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
    qint64 m_lastRunningMs = 0; // since submit, when the service last said "running"
    std::optional<double> m_lastRunningProgress; // the progress that answer carried
    bool m_pollingElsewhere = false;             // the polling URL's host may not get the key
    int m_polls = 0;
    int m_unreadablePolls = 0;
    int m_downloadAttempts = 0;
    int m_sampleRefreshes = 0;
};

} // namespace outframe
