// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace outframe {

// What a front end shows about one job. Copied out of the queue: safe to keep.
struct JobSnapshot
{
    int id = 0;
    QString label;
    JobSession session; // the session the job was started from, as its spec says
    ResultEngine engine = ResultEngine::Flux;
    JobStatus status = JobStatus::Queued;
    double progress = -1;       // 0..1; negative when unknown
    qint64 elapsedMs = 0;       // since the job started running (0 while queued); frozen when over
    std::optional<double> cost; // credits, once the service says
    QString errorMessage;       // when Failed or Cancelled, in the artist's words
    // The whole error: a front end adds its own hint when error->taskKept.
    std::optional<JobError> error;
    JobResult result; // when Done
};

// Runs outpainting jobs on any Backend: up to maxConcurrent() at once (default 4, at most 24,
// the account's limit of active tasks), the rest wait in order. Owns its jobs.
//
//     JobQueue queue;
//     connect(&queue, &JobQueue::jobChanged, view, [&](int id) { show(queue.snapshot(id)); });
//     const int id = queue.enqueue(spec, fluxBackend);
//     queue.cancel(id);
//
// Destroying the queue stops every job's traffic; FLUX tasks already submitted stay in the
// journal and are resumed on the next start.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMaxConcurrent = 4;
    static constexpr int kMaxConcurrentLimit = 24;

    explicit JobQueue(QObject *parent = nullptr);
    ~JobQueue() override;

    // Queues a job for `backend` (which must outlive it) and returns its id (> 0).
    int enqueue(const OutpaintJobSpec &spec, Backend *backend);
    // Queues a job made elsewhere, e.g. by Backend::resumeUnfinished(); takes ownership.
    int enqueueJob(BackendJob *job, const QString &label, ResultEngine engine);
    // On start: queues every job `backend` resumes (paid results a crash or quit left behind;
    // no new charge), labelled by their spec's label or else their task id. Returns their ids.
    QList<int> resumeUnfinished(Backend *backend);

    // Cancels a queued or running job at once. False when the id is unknown or already over.
    bool cancel(int id);
    void cancelAll();
    // Forgets a job that is over (its snapshot goes away).
    void remove(int id);

    void setMaxConcurrent(int count); // clamped to 1..24
    int maxConcurrent() const { return m_maxConcurrent; }

    JobSnapshot snapshot(int id) const;   // a default snapshot (id 0) for unknown ids
    QList<JobSnapshot> snapshots() const; // in enqueue order
    QList<int> ids() const { return m_order; }
    int runningCount() const;
    int queuedCount() const;

signals:
    void jobAdded(int id);
    void jobChanged(int id);  // status, progress or cost
    void jobFinished(int id); // Done, Failed or Cancelled; snapshot(id) holds the outcome

private:
    struct Entry
    {
        JobSnapshot snapshot;
        QPointer<BackendJob> job;
        QElapsedTimer clock;
    };

    int add(BackendJob *job, const QString &label, ResultEngine engine);
    void startMore();
    void settle(int id);
    Entry *find(int id);
    const Entry *find(int id) const;

    QHash<int, Entry> m_entries;
    QList<int> m_order;
    int m_nextId = 1;
    int m_maxConcurrent = kDefaultMaxConcurrent;
    bool m_destroying = false;
};

} // namespace outframe

Q_DECLARE_METATYPE(outframe::JobSnapshot)
