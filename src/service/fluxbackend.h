#pragma once

#include "backend.h"
#include "fluxclient.h"
#include "fluxjob.h"
#include "pollschedule.h"
#include "resultstore.h"
#include "taskjournal.h"

#include <QHash>
#include <QObject>

namespace outframe {

class ServiceSettings;

struct FluxBackendConfig
{
    ClientConfig client;
    QString journalDirectory; // empty: TaskJournal::defaultDirectory()
    QString resultsDirectory; // empty: ResultStore::defaultDirectory()
    PollSchedule::Config polling;
    FluxJobLimits limits;
};

// The FLUX service as a Backend: one FluxClient (one QNetworkAccessManager) shared by all its
// jobs, the task journal, the result store and the learned poll schedule. Lives on the GUI
// (or CLI main) thread; jobs do their heavy work in QtConcurrent.
//
// Typical use in the app:
//     auto *flux = new FluxBackend(config, this);
//     flux->setApiKey(key);                            // from CredentialStore
//     queue->enqueue(spec, flux);                     // JobQueue creates and runs the job
//     queue->resumeUnfinished(flux);                  // on start: paid tasks left behind
//
// A resumed task is polled through a client for the base URL it was submitted to (when that
// is not this backend's), so a task submitted to one region or test server is still fetched
// after the settings point elsewhere.
class FluxBackend : public QObject, public Backend
{
    Q_OBJECT

public:
    explicit FluxBackend(const FluxBackendConfig &config = FluxBackendConfig(),
                         QObject *parent = nullptr);
    ~FluxBackend() override;

    ResultEngine engine() const override { return ResultEngine::Flux; }
    // Returns a FluxJob.
    BackendJob *createJob(const OutpaintJobSpec &spec, QObject *parent) override;
    FluxJob *createFluxJob(const OutpaintJobSpec &spec, QObject *parent = nullptr);
    // A FluxJob for each of unfinishedTasks().
    QList<BackendJob *> resumeUnfinished(QObject *parent) override;
    // A job that finishes a task from the journal (no new submit, no new charge).
    FluxJob *resumeJob(const JournalEntry &entry, QObject *parent = nullptr);
    // Journal entries no running process is working on, oldest first.
    QList<JournalEntry> unfinishedTasks() const;

    void setApiKey(const QString &key);
    bool hasApiKey() const { return m_client->hasApiKey(); }
    void setBaseUrl(const QUrl &url) { m_client->setBaseUrl(url); }
    QUrl baseUrl() const { return m_client->config().baseUrl; }
    void setResultsDirectory(const QString &directory) { m_results = ResultStore(directory); }
    void setJournalDirectory(const QString &directory) { m_journal = TaskJournal(directory); }
    void setLimits(const FluxJobLimits &limits) { m_limits = limits; }

    // Follows `settings` (which must outlive the backend): base URL, results folder, and the
    // learned job durations, read now, re-read on changed(), and written back as jobs finish.
    void useSettings(ServiceSettings *settings);
    // Only the learned job durations: read now, written back as jobs finish (the CLI, whose
    // address and folder come from its options).
    void learnWith(ServiceSettings *settings);

    // Asks for the account's balance: emits creditsReceived or creditsFailed.
    void requestCredits();

    FluxClient *client() const { return m_client; }
    // The client for a task submitted to `base`: this backend's own for its base URL (or an
    // empty or disallowed one), else one made for that base with the same key and limits.
    FluxClient *clientFor(const QUrl &base);
    const TaskJournal &journal() const { return m_journal; }
    const ResultStore &results() const { return m_results; }
    PollSchedule &schedule() { return m_schedule; }
    const FluxJobLimits &limits() const { return m_limits; }

    // Called by jobs: the schedule learned a new typical duration for `mode`.
    void noteLearned(GenerationMode mode);

signals:
    void creditsReceived(double credits);
    void creditsFailed(const outframe::JobError &error);
    void typicalDurationLearned(outframe::GenerationMode mode, double seconds);

private:
    FluxClient *m_client;
    QHash<QString, FluxClient *> m_otherClients; // by base URL, for resumed tasks
    TaskJournal m_journal;
    ResultStore m_results;
    PollSchedule m_schedule;
    FluxJobLimits m_limits;
};

} // namespace outframe
