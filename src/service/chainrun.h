// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"
#include "chaincanvas.h"
#include "chainmanifest.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace outframe {

class JobQueue;

// Makes a canvas beyond one job's 4,194,304 px: runs the tiles of a chain plan wave by wave on
// one backend through a JobQueue (the tiles of a wave at once, within the queue's
// concurrency) and puts each wave on the ChainCanvas when all its tiles are back.
//
// Everything a resume needs is in the chain's folder (ChainManifest) before anything is
// sent, and each tile's result is kept there as it arrives; a tile's task id is written the
// moment the service gives it. Starting a ChainRun on an unfinished folder (after a crash, a
// kill or Ctrl+C) takes each tile from the first place that has it: its file in the folder,
// the results folder (by its task id), a task still in the journal (no new submit); only the
// tiles none of them has are sent.
class ChainRun : public QObject
{
    Q_OBJECT

public:
    // A new chain: its folder is written first. nullptr and `error` when it cannot be.
    static ChainRun *create(const ChainManifest &manifest, const QImage &original,
                            const QString &folder, QString *error, QObject *parent = nullptr);
    // An unfinished chain's folder. nullptr and `error` when it cannot be read.
    static ChainRun *open(const QString &folder, QString *error, QObject *parent = nullptr);
    // The folders under `directory` that hold an unfinished chain, oldest first.
    static QStringList unfinishedFolders(const QString &directory);
    // <results directory>/chains: where the front ends keep chains.
    static QString chainsDirectory(const QString &resultsDirectory);
    // A new folder under chainsDirectory() named after the input and the time.
    static QString newFolder(const QString &resultsDirectory, const QString &label);

    ~ChainRun() override;

    const ChainManifest &manifest() const { return m_manifest; }
    QString folder() const { return m_folder; }
    int tileCount() const { return int(m_manifest.plan.tiles.size()); }
    int tilesDone() const { return m_tilesBack; }
    // Tiles taken from the folder, the results folder or the journal rather than sent.
    int tilesRecovered() const { return m_recovered; }
    // The tiles sent to the service (new submits) by this run.
    int tilesSubmitted() const { return m_submitted; }
    // The credits the service reported for the steps this run fetched (steps taken from the
    // folder were paid for by an earlier run); none when no step reported a cost.
    std::optional<double> cost() const { return m_cost; }
    // The canvas so far (whole once finished() was emitted); not while a wave is composited.
    const QImage &canvas() const { return m_canvas->image(); }

    // Goes on from where the folder stands. `resultsDirectory` is searched for tiles saved
    // under their task id; `resumable` are the backend's unfinished jobs (from
    // Backend::resumeUnfinished): those of this chain are run instead of a new submit, the
    // others are left alone (and are not taken).
    void start(JobQueue *queue, Backend *backend, const QString &resultsDirectory,
               QList<BackendJob *> *resumable = nullptr);
    // The finished canvas encoded as `format`, with the metadata every output carries (the
    // IPTC "AI-generated" marker included); empty with `error` when encoding fails.
    QByteArray encodedCanvas(ImageFormat format, QString *error) const;
    // Stops every tile's traffic; submitted tasks stay in the journal for a resume.
    void interrupt();
    // Once the front end has written the finished canvas: the folder is no longer offered
    // for a resume (it stays, with its tiles).
    bool markFinished(QString *error) const;

signals:
    void progressed(int tilesDone, int tileCount);
    void finished();
    void failed(const QString &message);

private:
    ChainRun(ChainManifest manifest, const QString &folder, const QImage &original,
             QObject *parent);

    // The result of `tile` from the folder or the results folder, if either has it.
    QImage recoveredTile(int index) const;
    void runWave();
    void submit(const ChainTile &tile, BackendJob *resumed);
    void onTileFinished(int index, const JobResult &result);
    void onTileFailed(int index, const JobError &error);
    void completeWaveIfBack();
    void fail(const QString &message);

    ChainManifest m_manifest;
    QString m_folder;
    std::unique_ptr<ChainCanvas> m_canvas;
    QHash<int, QImage> m_results; // back, not yet on the canvas (the current wave)
    QHash<int, QPointer<BackendJob>> m_running;
    QHash<int, BackendJob *> m_resumed; // this chain's tasks found in the journal
    QFutureWatcher<QString> *m_compositing = nullptr;
    QPointer<JobQueue> m_queue;
    Backend *m_backend = nullptr;
    QString m_resultsDirectory;
    int m_wave = 0;
    int m_tilesBack = 0;
    int m_recovered = 0;
    int m_submitted = 0;
    std::optional<double> m_cost;
    bool m_over = false;
};

} // namespace outframe
