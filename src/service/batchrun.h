// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"
#include "batchmanifest.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace outframe {

class ChainRun;
class JobQueue;
struct ChainPlan;

// Runs a batch's items, a few at once, each to its own output file (paste-back and metadata as
// the CLI's one output), keeping batch.json up to date so that a kill or an interrupt resumes
// without paying twice: a running item's task is fetched through the journal, a result that
// reached the results folder but not its output is written from there. An output over
// 4,194,304 px is made by a chain of jobs (ChainRun) whose folder lies inside the batch's. An
// item that fails fails alone. The front end (outframe-cli, the app's Batch dialog) shows what it
// reports.
class BatchRun : public QObject
{
    Q_OBJECT

public:
    // What a finished job told about its item beyond batch.json.
    struct Outcome
    {
        int exitCode = 0; // the CLI's codes: 0 done, 2 input, 3 refused, 4 service or disk
        std::optional<double> inputMegapixels;
        std::optional<double> outputMegapixels;
        QString saved; // the raw result in the results folder
        std::optional<std::uint64_t> seed;
        QStringList notes; // for the artist: e.g. a setting the service ignored
    };

    BatchRun(BatchManifest manifest, const QString &folder, int concurrency,
             QObject *parent = nullptr);

    const BatchManifest &manifest() const { return m_manifest; }
    QString folder() const { return m_folder; }
    int runningCount() const { return int(m_running.size()); }
    bool isOver() const { return m_over; }

    // The journal jobs in `resumable` whose output is one of this batch's are taken from the
    // list and fetched instead of submitted again. With `retryFailed`, failed items are tried
    // again (a resume is to finish the batch).
    void start(Backend *backend, const QString &resultsDirectory, QList<BackendJob *> *resumable,
               bool retryFailed);
    // Stops the running items; they stay to be made (a submitted task stays in the journal),
    // and finished(true) follows once they have stopped.
    void interrupt();

    // The unfinished batches' folders under the results folder, oldest first.
    static QStringList unfinishedFolders(const QString &resultsDirectory);
    // A new batch's folder (not created), named after `label` and the time.
    static QString newFolder(const QString &resultsDirectory, const QString &label);

signals:
    void itemStatusChanged(int index, outframe::JobStatus status);
    // The item is done or failed (its state, error and cost are in manifest()).
    void itemSettled(int index, const outframe::BatchRun::Outcome &outcome);
    // batch.json could not be written: a resume may not find what happened since.
    void problem(const QString &message);
    // Every item settled (then the folder is marked finished), or the run was interrupted.
    void finished(bool interrupted);

private:
    void startMore();
    void runItem(int index);
    // An output over 4,194,304 px: made by a chain of jobs, new or the item's unfinished one.
    void runChain(int index, const OutpaintJobSpec &spec, const ChainPlan &plan);
    void onChainFinished(int index, ChainRun *run);
    bool writeFromResultsFolder(int index);
    void track(int index, BackendJob *job);
    void onFinished(int index, const JobResult &result);
    void onFailed(int index, const JobError &error);
    void settleItem(int index, BatchItem::State state, const QString &error,
                    const Outcome &outcome);
    void save();
    void finishIfOver();

    BatchManifest m_manifest;
    QString m_folder;
    int m_concurrency = 1;
    Backend *m_backend = nullptr;
    QString m_resultsDirectory;
    QList<int> m_waiting;                         // pending items not started yet, in order
    QHash<int, QPointer<BackendJob>> m_running;   // by item
    QHash<int, BackendJob *> m_resumed;           // journal jobs, by item, not started yet
    QHash<int, OutpaintJobSpec> m_specs;          // of the running items
    QHash<int, QPointer<ChainRun>> m_chains;      // the running chains, by item
    QHash<int, QList<BackendJob *>> m_chainSteps; // journal jobs of an item's chain
    JobQueue *m_chainQueue = nullptr;             // runs the chains' steps, made on first use
    bool m_interrupted = false;
    bool m_over = false;
};

} // namespace outframe

Q_DECLARE_METATYPE(outframe::BatchRun::Outcome)
