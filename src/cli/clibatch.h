// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"
#include "batchmanifest.h"
#include "clioptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace outframe {

// `outframe-cli` with several outputs (several inputs, a folder, or --formats): runs a batch's
// items, a few at once, each to its own file; keeps batch.json up to date so a kill or Ctrl+C
// resumes without paying twice; prints one --json line per item, or a table at the end.
// Emits done(exit code: the worst item's) once.
class CliBatch : public QObject
{
    Q_OBJECT

public:
    CliBatch(BatchManifest manifest, const QString &folder, const CliOptions &options,
             int concurrency, QObject *parent = nullptr);

    // The items of `resumable` (journal jobs) whose output is one of this batch's are taken
    // from the list and fetched instead of submitted again.
    void start(Backend *backend, const QString &resultsDirectory, QList<BackendJob *> *resumable);
    void interrupt(int exitCode);

    // The batch's items for `options` (inputs expanded: folders, "-" read from standard
    // input), each with its output path; nothing and `error` when an input is missing or is
    // not an image Outframe reads.
    static std::optional<QList<BatchItem>> itemsFor(const CliOptions &options, QString *error);

signals:
    void done(int exitCode);

private:
    void startMore();
    void runItem(int index);
    bool writeFromResultsFolder(int index);
    void track(int index, BackendJob *job);
    void onFinished(int index, const JobResult &result);
    void onFailed(int index, const JobError &error);
    // What a finished job told about its item beyond batch.json, for its --json line.
    struct Outcome
    {
        std::optional<double> inputMegapixels;
        std::optional<double> outputMegapixels;
        QString saved;
        std::optional<std::uint64_t> seed;
    };

    // Records how the item ended, says why on stderr when it failed, prints its --json line.
    void settleItem(int index, BatchItem::State state, int exitCode, const QString &error,
                    const Outcome &outcome);
    void save();
    void drawProgress() const;
    void report(int index, const Outcome &outcome) const;
    void printTable() const;
    void finishIfOver();

    BatchManifest m_manifest;
    QString m_folder;
    CliOptions m_options;
    int m_concurrency = 1;
    Backend *m_backend = nullptr;
    QString m_resultsDirectory;
    QList<int> m_waiting;                       // pending items not started yet, in order
    QHash<int, QPointer<BackendJob>> m_running; // by item
    QHash<int, BackendJob *> m_resumed;         // journal jobs, by item, not started yet
    QHash<int, OutpaintJobSpec> m_specs;        // of the running items
    QHash<int, int> m_exitCodes;                // of the settled items
    QElapsedTimer m_clock;
    int m_exitCode = 0;
    int m_interruptCode = 0;
    bool m_interactive = false;
    bool m_finished = false;
};

} // namespace outframe
