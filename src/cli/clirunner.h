// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"
#include "clioptions.h"
#include "localbackend.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

namespace outframe {

class Backend;
class ChainRun;
class CliBatch;
class CliChain;
class FluxBackend;
class ServiceSettings;

// Runs what `outframe-cli` was asked: one job to an output file, --resume of every
// unfinished task in the journal, or the export of a project. Progress goes to stderr (a live line
// on a terminal, nothing otherwise), errors to stderr, the --json summary to stdout. Emits
// done(exit code) once.
class CliRunner : public QObject
{
    Q_OBJECT

public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();
    // Ctrl+C / SIGTERM: stops the traffic at once; submitted tasks stay in the journal. The
    // exit code is 128 + `signal`, the shell's convention (130 for SIGINT, 143 for SIGTERM).
    void interrupt(int signal);

signals:
    void done(int exitCode);

private:
    struct Tracked
    {
        QPointer<BackendJob> job;
        ResultEngine engine = ResultEngine::Flux;
        JobStatus status = JobStatus::Queued;
        double progress = -1;
    };

    void runOne();
    // Several outputs: a batch, kept in its folder so --resume finishes it.
    void runBatch();
    void startBatch(CliBatch *batch, Backend *backend, QList<BackendJob *> *resumable);
    // The engine asked for (or the default), or nothing when it cannot be used (says why).
    Backend *chosenBackend();
    int concurrency() const; // --jobs, else the settings' number
    void runResume();
    void runProject();
    // A canvas beyond one job (or --plan): planned, then made by a chain of jobs.
    void runChain(const QImage &native, const Placement &placement, Backend *backend);
    void startChain(ChainRun *run, Backend *backend, QList<BackendJob *> *resumable);
    Backend *localBackend();
    // False (and says why) unless `path` can be an output file.
    bool checkOutputPath(const QString &path) const;
    QString apiKey(int *exitCode);
    QUrl apiBase() const;
    FluxBackend *backendFor(const QUrl &base, const QString &key);
    void track(BackendJob *job, ResultEngine engine);
    void onFinished(int index, const JobResult &result);
    void onFailed(int index, const JobError &error);
    void settle(int exitCode);
    void drawProgress();
    void finish(int exitCode);
    void printError(const QString &message) const;
    // 130 (a cancelled job's code) is reported as the signal that interrupted us.
    int signalled(int exitCode) const;
    // The error's message, and where the paid task went when it was kept.
    static QString errorText(const JobError &error);

    CliOptions m_options;
    ServiceSettings *m_settings;
    QHash<QString, FluxBackend *> m_backends; // by base URL
    std::unique_ptr<LocalBackend> m_local;    // the offline engine, made on first use
    QList<Tracked> m_jobs;
    QList<CliChain *> m_chains;
    QList<CliBatch *> m_batches;
    QElapsedTimer m_clock;
    int m_pending = 0;
    int m_exitCode = 0;
    int m_interruptCode = 130;
    bool m_finished = false;
    bool m_interactive = false;
};

} // namespace outframe
