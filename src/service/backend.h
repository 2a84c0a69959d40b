// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobsession.h"
#include "outpaintoptions.h"
#include "outpaintrequest.h"
#include "placement.h"
#include "resultlayer.h"

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace outframe {

// Everything one outpainting job needs, whichever engine runs it.
struct OutpaintJobSpec
{
    QImage reference; // the native pixels, as loaded (before scaling or cropping)
    Placement placement;
    OutpaintOptions options;
    QString label;      // shown in job lists, e.g. the image's file name
    QString outputPath; // optional: where a front end wants the final image (the CLI's -o)
    QString sourcePath; // optional: the reference's file, recorded in the result's sidecar
    // With an output path: put the sent reference pixels back over the result (paste-back).
    bool keepOriginal = true;
    // The app's session the job belongs to, kept with a FLUX task for a resume after a crash.
    JobSession session;
    // The offline engine's seed (same seed and thread count, same pixels); absent = a fresh one.
    std::optional<std::uint64_t> seed;
};

enum class JobStatus {
    Queued,      // waiting for a free slot in the queue
    Preparing,   // resampling, encoding the reference
    Submitting,  // POST under way
    Waiting,     // submitted, the service has not started (Pending)
    Generating,  // running (the service says so, or the offline engine is filling)
    Downloading, // fetching the result
    Done,
    Failed,
    Cancelled,
};
QString jobStatusText(JobStatus status);
bool isFinal(JobStatus status);

struct JobError
{
    enum class Kind {
        InvalidInput,    // nothing was sent: bad image, invalid placement, no key
        InvalidKey,      // 403
        OutOfCredits,    // 402
        Rejected,        // 422 on submit: the service refused the request's fields
        InputModerated,  // "Request Moderated"
        OutputModerated, // "Content Moderated"
        TaskFailed,      // status Error
        TaskNotFound,    // "Task not found"
        Network,         // connection refused/dropped after retries
        ServiceFailure,  // 5xx after retries, bodies that make no sense
        Timeout,         // the overall job limit, or a server that never answers
        Storage,         // the result could not be written to disk
        Cancelled,
    };
    Kind kind = Kind::ServiceFailure;
    QString message; // in the artist's words; never contains the API key
    // The service's task, when one was created (empty otherwise).
    QString taskId;
    // The task stays in the journal: the paid result can still be fetched (the app's next
    // start or `outframe-cli --resume`). The message does not say so: each front end words
    // the hint for how it resumes.
    bool taskKept = false;

    // The CLI's exit code: 2 invalid input (nothing sent), 3 refused by the service,
    // 4 network/service failure or timeout, 130 cancelled.
    int exitCode() const;
};

struct JobResult
{
    QImage image;           // the whole canvas as the engine produced it (no paste-back)
    PreparedReference sent; // the reference pixels that were sent, and where they landed
    ResultEngine engine = ResultEngine::Flux;
    QString taskId;             // the service's id; empty for the offline engine
    std::optional<double> cost; // credits
    std::optional<double> inputMegapixels;
    std::optional<double> outputMegapixels;
    qint64 elapsedMs = 0;
    QString savedPath; // where the raw result was written the moment it arrived, if anywhere
    QStringList notes; // for the artist: e.g. a setting the service did not know and ignored
    std::optional<std::uint64_t> seed; // the offline engine's seed, to make the same fill again
};

// What the service said so far about the task behind a job; empty for the offline engine.
struct TaskInfo
{
    QString taskId;
    std::optional<double> cost; // credits
    std::optional<double> inputMegapixels;
    std::optional<double> outputMegapixels;
};

// One job on one engine. start() once; then exactly one of finished() or failed() is emitted
// (failed with Kind::Cancelled after cancel() or interrupt()).
class BackendJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    // Stops the job's work and traffic at once; the artist no longer wants the result, so a
    // submitted task is forgotten.
    virtual void cancel() = 0;
    // Stops the job's work and traffic at once, but a task the service already holds stays
    // in the journal, so a later resume fetches the paid result (the CLI on Ctrl+C, the app on
    // quit). Where nothing can be resumed (the offline engine) it is cancel().
    virtual void interrupt() { cancel(); }

    // What the job was asked to do. A resumed job knows only what the journal kept: label,
    // outputPath, sourcePath, keepOriginal and session (no reference, a default placement).
    virtual const OutpaintJobSpec &spec() const = 0;
    virtual TaskInfo task() const { return TaskInfo(); }

signals:
    void statusChanged(outframe::JobStatus status);
    void progressChanged(double fraction); // 0..1; negative when unknown
    void costKnown(double credits);
    void finished(const outframe::JobResult &result);
    void failed(const outframe::JobError &error);
};

// An engine that can run outpainting jobs: the FLUX service or the offline engine.
//
// Resuming is part of the interface so front ends (the app on start, `outframe-cli --resume`)
// finish paid work left behind without knowing which engine keeps a journal: they ask every
// backend they have and run what comes back like any other job. An engine with nothing to
// resume (the offline one, whose work dies with the process) keeps the empty default.
class Backend
{
public:
    virtual ~Backend() = default;
    virtual ResultEngine engine() const = 0;
    virtual BackendJob *createJob(const OutpaintJobSpec &spec, QObject *parent) = 0;
    // Jobs (not started) for the work a crash or quit left unfinished that no running process
    // is working on, oldest first; no new submit, no new charge.
    virtual QList<BackendJob *> resumeUnfinished(QObject *parent)
    {
        Q_UNUSED(parent);
        return {};
    }
};

} // namespace outframe

Q_DECLARE_METATYPE(outframe::JobResult)
Q_DECLARE_METATYPE(outframe::JobError)
