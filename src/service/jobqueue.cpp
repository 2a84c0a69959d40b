// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobqueue.h"

#include <QCoreApplication>

namespace outframe {

JobQueue::JobQueue(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<JobError>();
    qRegisterMetaType<JobStatus>();
    qRegisterMetaType<JobSnapshot>();
}

JobQueue::~JobQueue()
{
    m_destroying = true;
    for (Entry &entry : m_entries)
        if (BackendJob *job = entry.job.data()) {
            job->disconnect(this);
            delete job;
        }
}

JobQueue::Entry *JobQueue::find(int id)
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it.value();
}

const JobQueue::Entry *JobQueue::find(int id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

int JobQueue::enqueue(const OutpaintJobSpec &spec, Backend *backend)
{
    BackendJob *job = backend->createJob(spec, this);
    return add(job, spec.label, backend->engine());
}

int JobQueue::enqueueJob(BackendJob *job, const QString &label, ResultEngine engine)
{
    job->setParent(this);
    return add(job, label, engine);
}

QList<int> JobQueue::resumeUnfinished(Backend *backend)
{
    QList<int> ids;
    for (BackendJob *job : backend->resumeUnfinished(this)) {
        const QString label = job->spec().label;
        ids << enqueueJob(job, label.isEmpty() ? job->task().taskId : label, backend->engine());
    }
    return ids;
}

int JobQueue::add(BackendJob *job, const QString &label, ResultEngine engine)
{
    const int id = m_nextId++;
    Entry entry;
    entry.snapshot.id = id;
    entry.snapshot.label = label;
    entry.snapshot.session = job->spec().session;
    entry.snapshot.engine = engine;
    entry.job = job;
    m_entries.insert(id, entry);
    m_order << id;

    connect(job, &BackendJob::statusChanged, this, [this, id](JobStatus status) {
        Entry *e = find(id);
        if (!e || isFinal(e->snapshot.status))
            return;
        // Done/Failed/Cancelled arrive with finished()/failed(), which carry the outcome.
        if (isFinal(status))
            return;
        e->snapshot.status = status;
        emit jobChanged(id);
    });
    connect(job, &BackendJob::progressChanged, this, [this, id](double fraction) {
        if (Entry *e = find(id); e && !isFinal(e->snapshot.status)) {
            e->snapshot.progress = fraction;
            emit jobChanged(id);
        }
    });
    connect(job, &BackendJob::costKnown, this, [this, id](double credits) {
        if (Entry *e = find(id)) {
            e->snapshot.cost = credits;
            emit jobChanged(id);
        }
    });
    connect(job, &BackendJob::finished, this, [this, id](const JobResult &result) {
        Entry *e = find(id);
        if (!e || isFinal(e->snapshot.status))
            return;
        e->snapshot.status = JobStatus::Done;
        e->snapshot.progress = 1.0;
        e->snapshot.result = result;
        if (result.cost)
            e->snapshot.cost = result.cost;
        settle(id);
    });
    connect(job, &BackendJob::failed, this, [this, id](const JobError &error) {
        Entry *e = find(id);
        if (!e || isFinal(e->snapshot.status))
            return;
        e->snapshot.status =
            error.kind == JobError::Kind::Cancelled ? JobStatus::Cancelled : JobStatus::Failed;
        e->snapshot.error = error;
        e->snapshot.errorMessage = error.message;
        settle(id);
    });

    emit jobAdded(id);
    startMore();
    return id;
}

void JobQueue::settle(int id)
{
    Entry *e = find(id);
    if (!e)
        return;
    if (e->clock.isValid())
        e->snapshot.elapsedMs = e->clock.elapsed();
    if (BackendJob *job = e->job.data()) {
        job->disconnect(this);
        job->deleteLater();
    }
    e->job.clear();
    emit jobChanged(id);
    emit jobFinished(id);
    if (!m_destroying)
        startMore();
}

void JobQueue::startMore()
{
    // A copy: a job that fails inside start() re-enters the queue (settle, jobFinished), and
    // a front end's slot may enqueue or remove jobs while this loop runs.
    const QList<int> order = m_order;
    for (const int id : order) {
        if (runningCount() >= m_maxConcurrent)
            return;
        Entry *e = find(id);
        if (!e || e->snapshot.status != JobStatus::Queued || e->clock.isValid())
            continue;
        BackendJob *job = e->job.data();
        if (!job)
            continue;
        e->clock.start();
        job->start();
    }
}

bool JobQueue::cancel(int id)
{
    Entry *e = find(id);
    if (!e || isFinal(e->snapshot.status))
        return false;
    BackendJob *job = e->job.data();
    if (!e->clock.isValid() || !job) {
        // Never started: nothing went over the wire.
        e->snapshot.status = JobStatus::Cancelled;
        e->snapshot.errorMessage =
            QCoreApplication::translate("outframe::JobQueue", "Cancelled before it started.");
        JobError error;
        error.kind = JobError::Kind::Cancelled;
        error.message = e->snapshot.errorMessage;
        e->snapshot.error = error;
        settle(id);
        return true;
    }
    job->cancel(); // emits failed(Cancelled) -> settle
    if (Entry *after = find(id); after && !isFinal(after->snapshot.status)) {
        // A backend that did not report its cancellation: settle it ourselves.
        after->snapshot.status = JobStatus::Cancelled;
        settle(id);
    }
    return true;
}

void JobQueue::cancelAll()
{
    const QList<int> order = m_order;
    // Queued ones first, so cancelling a running job does not start a queued one.
    for (const int id : order)
        if (const Entry *e = find(id); e && !e->clock.isValid())
            cancel(id);
    for (const int id : order)
        cancel(id);
}

void JobQueue::remove(int id)
{
    const Entry *e = find(id);
    if (!e || !isFinal(e->snapshot.status))
        return;
    m_entries.remove(id);
    m_order.removeAll(id);
}

void JobQueue::setMaxConcurrent(int count)
{
    m_maxConcurrent = qBound(1, count, kMaxConcurrentLimit);
    startMore();
}

JobSnapshot JobQueue::snapshot(int id) const
{
    const Entry *e = find(id);
    if (!e)
        return JobSnapshot();
    JobSnapshot out = e->snapshot;
    if (!isFinal(out.status) && e->clock.isValid())
        out.elapsedMs = e->clock.elapsed();
    return out;
}

QList<JobSnapshot> JobQueue::snapshots() const
{
    QList<JobSnapshot> out;
    for (const int id : m_order)
        out << snapshot(id);
    return out;
}

int JobQueue::runningCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        if (e.clock.isValid() && !isFinal(e.snapshot.status))
            ++n;
    return n;
}

int JobQueue::queuedCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        if (!e.clock.isValid() && !isFinal(e.snapshot.status))
            ++n;
    return n;
}

} // namespace outframe
