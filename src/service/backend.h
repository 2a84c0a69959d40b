#pragma once

#include "outpaintoptions.h"
#include "outpaintrequest.h"
#include "placement.h"

#include <QImage>
#include <QObject>
#include <QString>

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

    // The CLI's exit code: 2 invalid input (nothing sent), 3 refused by the service,
    // 4 network/service failure or timeout, 130 cancelled.
    int exitCode() const;
};

struct JobResult
{
    QImage image;               // the whole canvas as the engine produced it (no paste-back)
    PreparedReference sent;     // the reference pixels that were sent, and where they landed
    QString engine;             // "flux" or "local"
    QString taskId;             // the service's id; empty for the offline engine
    std::optional<double> cost; // credits
    std::optional<double> inputMegapixels;
    std::optional<double> outputMegapixels;
    qint64 elapsedMs = 0;
    QString savedPath; // where the raw result was written the moment it arrived, if anywhere
    std::optional<std::uint64_t> seed; // the offline engine's seed, to make the same fill again
};

// One job on one engine. start() once; then exactly one of finished() or failed() is emitted
// (failed with Kind::Cancelled after cancel()).
class BackendJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    // Stops the job's work and traffic at once.
    virtual void cancel() = 0;

signals:
    void statusChanged(outframe::JobStatus status);
    void progressChanged(double fraction); // 0..1; negative when unknown
    void costKnown(double credits);
    void finished(const outframe::JobResult &result);
    void failed(const outframe::JobError &error);
};

// An engine that can run outpainting jobs: the FLUX service or the offline engine.
class Backend
{
public:
    virtual ~Backend() = default;
    virtual QString name() const = 0; // "flux" or "local"
    virtual BackendJob *createJob(const OutpaintJobSpec &spec, QObject *parent) = 0;
};

} // namespace outframe

Q_DECLARE_METATYPE(outframe::JobResult)
Q_DECLARE_METATYPE(outframe::JobError)
