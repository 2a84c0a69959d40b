// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchrun.h"
#include "clioptions.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace outframe {

// `outframe-cli` with several outputs (several inputs, a folder, or --formats): a BatchRun,
// with a progress line on a terminal, a line on stderr for each item that fails, and one
// --json line per item or a table at the end. Emits done(exit code: the worst item's) once.
class CliBatch : public QObject
{
    Q_OBJECT

public:
    // `run` is taken over.
    CliBatch(BatchRun *run, const CliOptions &options, QObject *parent = nullptr);

    void start(Backend *backend, const QString &resultsDirectory, QList<BackendJob *> *resumable);
    void interrupt(int exitCode);

    // The batch's items for `options` (inputs expanded: folders, "-" read from standard
    // input), each with its output path; nothing and `error` when an input is missing or is
    // not an image Outframe reads.
    static std::optional<QList<BatchItem>> itemsFor(const CliOptions &options, QString *error);

signals:
    void done(int exitCode);

private:
    void onSettled(int index, const BatchRun::Outcome &outcome);
    void onFinished(bool interrupted);
    void printError(const QString &message) const;
    void drawProgress() const;
    void printTable() const;

    BatchRun *m_run;
    CliOptions m_options;
    QElapsedTimer m_clock;
    int m_exitCode = 0;
    int m_interruptCode = 0;
    bool m_interactive = false;
    bool m_finished = false;
};

} // namespace outframe
