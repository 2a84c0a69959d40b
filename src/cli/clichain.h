// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainplan.h"
#include "chainrun.h"
#include "clioptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace outframe {

class JobQueue;

// `outframe-cli` for a canvas beyond 4,194,304 px: runs one chain (new or resumed) to its
// output file, with a progress line on a terminal, and emits done(exit code) once.
class CliChain : public QObject
{
    Q_OBJECT

public:
    // `run` is taken over. The queue runs up to `concurrency` tiles of a wave at once.
    CliChain(ChainRun *run, const CliOptions &options, int concurrency, QObject *parent = nullptr);

    void start(Backend *backend, const QString &resultsDirectory, QList<BackendJob *> *resumable);
    void interrupt(int exitCode);

    // What --plan prints: the canvas, the jobs (size, place, context) by wave, the cost.
    static QString describe(const ChainPlan &plan, ResultEngine engine,
                            std::optional<double> learnedCreditsPerMegapixel);

signals:
    void done(int exitCode);

private:
    void onFinished();
    void onFailed(const QString &message);
    bool writeOutput(QString *error) const;
    QString outputPath() const;
    void report(int exitCode, const QString &error);
    void finish(int exitCode);

    ChainRun *m_run;
    JobQueue *m_queue;
    CliOptions m_options;
    QElapsedTimer m_clock;
    bool m_interactive = false;
    bool m_finished = false;
};

} // namespace outframe
