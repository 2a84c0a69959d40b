// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fluxjob.h"

#include "fluxbackend.h"
#include "imageio.h"
#include "outpaintrequest.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QtConcurrent>

namespace outframe {

namespace {

JobError makeError(JobError::Kind kind, const QString &message)
{
    JobError error;
    error.kind = kind;
    error.message = message;
    return error;
}

QString maybeCreatedNote()
{
    return QCoreApplication::translate(
        "outframe::FluxJob",
        "The job may have been created on the service (and charged): check the usage "
        "page of your account at the provider before submitting again.");
}

} // namespace

struct FluxJob::Prepared
{
    QByteArray json;
    QJsonObject body;
    PreparedReference reference;
    QString reservation;
    QString error;
    QString journalError; // no room in the journal: nothing may be sent
};

struct FluxJob::Verified
{
    QImage image;
    PreparedReference sent;
    QString savedPath;
    QString decodeError; // the bytes are not the image asked for: download again
    QString saveError;   // the disk refused: the task stays in the journal
};

FluxJob::FluxJob(FluxBackend *backend, const OutpaintJobSpec &spec, QObject *parent)
    : BackendJob(parent), m_backend(backend), m_client(backend->client()), m_spec(spec),
      m_mode(spec.options.mode)
{
    m_entry.label = spec.label;
    m_entry.sourcePath = spec.sourcePath;
    m_entry.outputPath = spec.outputPath;
    m_entry.keepOriginal = spec.keepOriginal;
    m_entry.session = spec.session;
    m_entry.parameters = sidecarParameters(spec.placement, spec.options);
    m_pollTimer.setSingleShot(true);
    // A coarse timer may fire 5 % late; near the expected ready moment every 100 ms counts.
    m_pollTimer.setTimerType(Qt::PreciseTimer);
    m_deadline.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &FluxJob::poll);
    connect(&m_deadline, &QTimer::timeout, this, &FluxJob::onDeadline);
}

FluxJob::FluxJob(FluxBackend *backend, const JournalEntry &entry, QObject *parent)
    : FluxJob(backend, OutpaintJobSpec{}, parent)
{
    m_entry = entry;
    m_client = backend->clientFor(entry.apiBase);
    m_spec.label = entry.label;
    m_spec.outputPath = entry.outputPath;
    m_spec.sourcePath = entry.sourcePath;
    m_spec.keepOriginal = entry.keepOriginal;
    m_spec.session = entry.session;
    // The journal keeps the request's parameters by their wire names.
    m_mode = generationModeFromName(entry.parameters.value(QStringLiteral("mode")).toString())
                 .value_or(GenerationMode::High);
    m_resumed = true;
}

FluxJob::~FluxJob()
{
    stopTraffic();
}

qint64 FluxJob::sinceSubmitMs() const
{
    if (!m_entry.submitted.isValid())
        return 0;
    return qMax<qint64>(0, m_entry.submitted.msecsTo(QDateTime::currentDateTimeUtc()));
}

TaskInfo FluxJob::task() const
{
    TaskInfo info;
    info.taskId = m_entry.taskId;
    info.cost = m_entry.cost;
    info.inputMegapixels = m_entry.inputMegapixels;
    info.outputMegapixels = m_entry.outputMegapixels;
    return info;
}

void FluxJob::enter(Phase next)
{
    // Over is over: a slot of one of our signals may have cancelled the job mid-step.
    if (isOver() || m_phase == next)
        return;
    const Phase previous = m_phase;
    m_phase = next;
    if (next == Phase::Done) {
        stopTraffic();
        return;
    }
    if (previous == Phase::Idle)
        m_deadline.start(m_backend->limits().jobTimeoutMs);
    if (previous == Phase::Polling)
        m_pollTimer.stop();
}

void FluxJob::setStatus(JobStatus status)
{
    // Once over, only the final status stands (a slot may have cancelled mid-step).
    if (m_status == status || (isOver() && !isFinal(status)))
        return;
    m_status = status;
    emit statusChanged(status);
}

void FluxJob::track(ApiRequest *request)
{
    m_call = request;
}

void FluxJob::stopTraffic()
{
    m_pollTimer.stop();
    m_deadline.stop();
    if (ApiRequest *call = m_call.data())
        call->abort();
    m_call.clear();
    // A worker already running finishes on its own; its result is no longer listened to.
    if (m_prepareWatcher)
        m_prepareWatcher->disconnect(this);
    if (m_verifyWatcher)
        m_verifyWatcher->disconnect(this);
    if (m_journalWatcher)
        m_journalWatcher->disconnect(this);
}

void FluxJob::fail(const JobError &reason, TaskFate fate)
{
    if (isOver())
        return;
    JobError error = reason;
    // Stopped while the POST was out: the task may exist (and be charged) with an id we never
    // learn, so nothing can be resumed; at least say so.
    if (const ApiRequest *call = m_call.data();
        m_phase == Phase::Submitting && call && call->attempts() > 0)
        error.message += u' ' + maybeCreatedNote();
    error.taskId = m_entry.taskId;
    error.taskKept = hasTask() && fate == TaskFate::Keep;
    enter(Phase::Done);
    if (!hasTask()) {
        m_backend->journal().release(m_reservation);
        m_reservation.clear();
    }
    if (hasTask() && fate == TaskFate::Forget)
        m_backend->journal().remove(m_entry.taskId);
    m_claim.reset();
    setStatus(error.kind == JobError::Kind::Cancelled ? JobStatus::Cancelled : JobStatus::Failed);
    emit failed(error);
}

void FluxJob::start()
{
    if (m_phase != Phase::Idle)
        return;
    m_clock.start();
    if (!m_client->hasApiKey()) {
        fail(makeError(JobError::Kind::InvalidInput,
                       tr("No API key: set BFL_API_KEY or store a key in Settings.")),
             TaskFate::Keep);
        return;
    }
    if (m_resumed) {
        m_claim = m_backend->journal().claim(m_entry.taskId);
        if (!m_claim) {
            fail(makeError(JobError::Kind::Cancelled,
                           tr("Another Outframe process is already fetching this result.")),
                 TaskFate::LeaveToOther);
            return;
        }
        enter(Phase::Polling);
        setStatus(JobStatus::Waiting);
        emit progressChanged(-1);
        poll();
        return;
    }
    if (const QString problem = KeyPolicy::baseUrlProblem(m_client->config().baseUrl);
        !problem.isEmpty()) {
        fail(makeError(JobError::Kind::InvalidInput, problem), TaskFate::Keep);
        return;
    }
    prepare();
}

void FluxJob::prepare()
{
    enter(Phase::Preparing);
    setStatus(JobStatus::Preparing);
    m_prepareWatcher = new QFutureWatcher<Prepared>(this);
    connect(m_prepareWatcher, &QFutureWatcher<Prepared>::finished, this, &FluxJob::onPrepared);
    const OutpaintJobSpec spec = m_spec;
    JournalEntry entry = m_entry;
    m_prepareWatcher->setFuture(
        QtConcurrent::run([spec, entry, journal = m_backend->journal()]() mutable {
            Prepared out;
            const OutpaintRequest request =
                OutpaintRequest::build(spec.reference, spec.placement, spec.options, &out.error);
            if (!out.error.isEmpty())
                return out;
            out.body = FluxProtocol::withoutDefaults(request.body);
            out.json = QJsonDocument(out.body).toJson(QJsonDocument::Compact);
            out.reference = request.reference;
            // The journal must have room for the task before the POST can create (and charge)
            // it: a crash while waiting would otherwise lose the paid result.
            entry.referenceRect = request.reference.canvasRect;
            const QByteArray referencePng = QByteArray::fromBase64(
                request.body.value(QStringLiteral("input_image")).toString().toLatin1());
            out.reservation = journal.reserve(entry, referencePng, &out.journalError);
            return out;
        }));
}

void FluxJob::onPrepared()
{
    Prepared prepared = m_prepareWatcher->result();
    m_prepareWatcher->deleteLater();
    m_prepareWatcher = nullptr;
    if (!prepared.error.isEmpty()) {
        fail(makeError(JobError::Kind::InvalidInput, prepared.error), TaskFate::Keep);
        return;
    }
    m_reservation = prepared.reservation;
    if (m_reservation.isEmpty()) {
        fail(makeError(JobError::Kind::Storage,
                       tr("Nothing was sent: the task journal could not be written (%1). "
                          "Without it a crash could lose the paid result. Free some disk "
                          "space in %2 and try again.")
                           .arg(prepared.journalError,
                                QDir::toNativeSeparators(m_backend->journal().directory()))),
             TaskFate::Keep);
        return;
    }
    m_sent = prepared.reference;
    m_entry.referenceRect = prepared.reference.canvasRect;
    m_body = prepared.body;
    submit(prepared.json);
}

void FluxJob::submit(const QByteArray &json)
{
    enter(Phase::Submitting);
    setStatus(JobStatus::Submitting);
    ApiRequest *request = m_client->submit(json, this);
    connect(request, &ApiRequest::finished, this, &FluxJob::onSubmitted);
    track(request);
}

JobError FluxJob::transportError(const ApiResponse &response, ApiCall call) const
{
    switch (response.outcome) {
    case ApiResponse::Outcome::HttpError:
        return FluxProtocol::errorForHttpStatus(response.httpStatus, response.body, call);
    case ApiResponse::Outcome::TimedOut:
        return makeError(JobError::Kind::Timeout,
                         tr("The service did not answer in time (tried %n time(s)).", nullptr,
                            response.attempts));
    case ApiResponse::Outcome::Refused:
        return makeError(JobError::Kind::Network, response.detail);
    case ApiResponse::Outcome::NetworkError:
    case ApiResponse::Outcome::Ok:
        break;
    }
    return makeError(JobError::Kind::Network,
                     tr("Could not reach the service (%1).").arg(response.detail));
}

bool FluxJob::resubmitWithoutUnknownFields(const ApiResponse &response)
{
    if (!m_ignoredFields.isEmpty() || response.outcome != ApiResponse::Outcome::HttpError ||
        response.httpStatus != 422)
        return false;
    const QStringList fields = FluxProtocol::forbiddenOptionalFields(response.body);
    if (fields.isEmpty())
        return false;
    for (const QString &field : fields) {
        // Only what was sent can be dropped; anything else would loop on the same answer.
        if (!m_body.contains(field))
            return false;
    }
    m_ignoredFields = fields;
    for (const QString &field : fields) {
        m_body.remove(field);
        // The job runs with the service's default: the sidecar says what was really asked.
        m_entry.parameters.insert(field, FluxProtocol::optionalFieldDefaults().value(field));
    }
    // Rare, and a few milliseconds even for a 4 MP reference: done here, not on a worker.
    submit(QJsonDocument(m_body).toJson(QJsonDocument::Compact));
    return true;
}

void FluxJob::onSubmitted(const ApiResponse &response)
{
    m_call = nullptr;
    // The service's schema forbids fields it does not know (422 "extra_forbidden"); such an
    // answer means no task was created, so sending it again without them costs nothing.
    if (resubmitWithoutUnknownFields(response))
        return;
    if (!response.ok()) {
        JobError error = transportError(response, ApiCall::Submit);
        // A 5xx can come from a gateway after the service made the task, exactly like a
        // dropped connection (503 is answered before, see FluxClient).
        const bool serverFault =
            response.outcome == ApiResponse::Outcome::HttpError && response.httpStatus >= 500;
        if (response.mayHaveReachedService &&
            (response.outcome != ApiResponse::Outcome::HttpError || serverFault))
            error.message += u' ' + maybeCreatedNote();
        fail(error, TaskFate::Keep);
        return;
    }
    QString parseError;
    const auto task = FluxProtocol::parseSubmitted(response.body, &parseError);
    if (!task) {
        fail(makeError(JobError::Kind::ServiceFailure, parseError), TaskFate::Keep);
        return;
    }
    enter(Phase::Journalling);
    m_entry.taskId = task->id;
    m_entry.pollingUrl = task->pollingUrl;
    m_entry.apiBase = m_client->config().baseUrl;
    m_entry.submitted = QDateTime::currentDateTimeUtc();
    m_entry.cost = task->cost;
    m_entry.inputMegapixels = task->inputMegapixels;
    m_entry.outputMegapixels = task->outputMegapixels;
    m_claim = m_backend->journal().claim(m_entry.taskId);
    // Written before waiting, so from here on a crash cannot lose the paid result; on a worker
    // thread, since it syncs to disk. The reservation freed the room for it; should the disk
    // still refuse, the task exists and waiting for it is the best way left to keep it.
    m_journalWatcher = new QFutureWatcher<QString>(this);
    connect(m_journalWatcher, &QFutureWatcher<QString>::finished, this, [this, cost = task->cost] {
        const QString journalError = m_journalWatcher->result();
        m_journalWatcher->deleteLater();
        m_journalWatcher = nullptr;
        if (!journalError.isEmpty())
            qWarning("Outframe: the task journal could not be written: %s",
                     qPrintable(journalError));
        startWaiting(cost);
    });
    m_journalWatcher->setFuture(
        QtConcurrent::run([journal = m_backend->journal(), entry = m_entry,
                           reservation = std::exchange(m_reservation, QString())] {
            QString error;
            return journal.commit(reservation, entry, &error) ? QString() : error;
        }));
}

void FluxJob::startWaiting(std::optional<double> cost)
{
    emit submitted(m_entry.taskId);
    if (isOver()) // a slot cancelled it
        return;
    enter(Phase::Polling);
    if (cost)
        emit costKnown(*cost);
    setStatus(JobStatus::Waiting);
    emit progressChanged(-1);
    schedulePoll(m_backend->schedule().nextDelayMs(0, std::nullopt, m_mode));
}

void FluxJob::schedulePoll(int delayMs)
{
    enter(Phase::Polling);
    if (isOver()) // a slot of one of our signals may have cancelled the job
        return;
    m_pollTimer.start(delayMs);
}

void FluxJob::poll()
{
    enter(Phase::Polling);
    if (isOver())
        return;
    QUrl url = m_entry.pollingUrl;
    // Poll the exact URL the service gave, unless it points where the key must not go.
    m_pollingElsewhere =
        !url.isEmpty() && !m_client->keyPolicy().mayCarryKey(url, KeyPolicy::Purpose::Api);
    if (url.isEmpty() || m_pollingElsewhere)
        url = m_client->fallbackPollingUrl(m_entry.taskId);
    ++m_polls;
    ApiRequest *request = m_client->poll(url, this);
    connect(request, &ApiRequest::finished, this, &FluxJob::onPolled);
    track(request);
}

void FluxJob::onPolled(const ApiResponse &response)
{
    m_call = nullptr;
    std::optional<TaskState> state;
    // A poll can answer 422 (or another error) with a body that is still a task result.
    if (response.ok() || response.outcome == ApiResponse::Outcome::HttpError)
        state = FluxProtocol::parseTaskState(response.body);
    if (!state) {
        if (response.ok()) {
            if (++m_unreadablePolls >= m_backend->limits().maxUnreadablePolls) {
                fail(makeError(JobError::Kind::ServiceFailure,
                               tr("The service's answers could not be read.")),
                     TaskFate::Keep);
                return;
            }
            schedulePoll(m_client->config().initialBackoffMs);
            return;
        }
        if (response.outcome == ApiResponse::Outcome::HttpError && response.httpStatus == 429) {
            // The task exists; the service only wants fewer polls. Wait as it asks (or as the
            // schedule would), under the job's own time limit, and say nothing.
            const qint64 asked = FluxProtocol::retryAfterMs(response.retryAfter).value_or(0);
            const int scheduled =
                m_backend->schedule().nextDelayMs(sinceSubmitMs(), m_progress, m_mode);
            schedulePoll(
                int(qBound(qint64(scheduled), asked, qint64(m_backend->limits().jobTimeoutMs))));
            return;
        }
        const JobError error = transportError(response, ApiCall::Poll);
        if (error.kind == JobError::Kind::TaskNotFound && m_pollingElsewhere) {
            fail(untrustedPollingHost(), TaskFate::Keep);
            return;
        }
        // Only "not found" is final; after anything else the result may still be fetched.
        fail(error, error.kind == JobError::Kind::TaskNotFound ? TaskFate::Forget : TaskFate::Keep);
        return;
    }
    if (state->kind != TaskState::Kind::Ready)
        m_unreadablePolls = 0;
    if (state->cost && state->cost != m_entry.cost) {
        m_entry.cost = state->cost;
        emit costKnown(*state->cost);
    }
    switch (state->kind) {
    case TaskState::Kind::Running: {
        if (state->progress)
            m_progress = state->progress;
        m_lastRunningMs = sinceSubmitMs();
        m_lastRunningProgress = state->progress;
        setStatus(state->pending() ? JobStatus::Waiting : JobStatus::Generating);
        emit progressChanged(m_progress ? *m_progress : -1.0);
        schedulePoll(m_backend->schedule().nextDelayMs(sinceSubmitMs(), m_progress, m_mode));
        return;
    }
    case TaskState::Kind::Ready:
        if (!state->sample.isValid() || state->sample.isEmpty()) {
            // Ready without a usable sample URL: ask again, like any unreadable answer.
            if (++m_unreadablePolls >= m_backend->limits().maxUnreadablePolls) {
                fail(makeError(JobError::Kind::ServiceFailure,
                               tr("The service said the result is ready but gave no address "
                                  "to download it.")),
                     TaskFate::Keep);
                return;
            }
            schedulePoll(m_client->config().initialBackoffMs);
            return;
        }
        if (!m_readyAt.isValid()) {
            m_readyAt = QDateTime::currentDateTimeUtc();
            // The task became ready between the last "running" answer and this one: learn
            // when the service's answers say it did, not this poll's time, or late polls
            // would teach the schedule to poll ever later.
            if (!m_resumed) {
                m_backend->schedule().learn(
                    m_mode, PollSchedule::readyEstimateMs(m_lastRunningMs, m_lastRunningProgress,
                                                          sinceSubmitMs()));
                m_backend->noteLearned(m_mode);
            }
        }
        m_sample = state->sample;
        emit progressChanged(1.0);
        download();
        return;
    case TaskState::Kind::NotFound:
        // The base host may simply not know a task that lives where we would not send the key.
        if (m_pollingElsewhere) {
            fail(untrustedPollingHost(), TaskFate::Keep);
            return;
        }
        fail(FluxProtocol::errorForTaskState(*state), TaskFate::Forget);
        return;
    default:
        fail(FluxProtocol::errorForTaskState(*state), TaskFate::Forget);
        return;
    }
}

JobError FluxJob::untrustedPollingHost() const
{
    return makeError(JobError::Kind::ServiceFailure,
                     tr("The service asked Outframe to fetch the result from %1, which is not a "
                        "bfl.ai address, so the API key was not sent there.")
                         .arg(m_entry.pollingUrl.port() < 0
                                  ? m_entry.pollingUrl.host()
                                  : m_entry.pollingUrl.host() + u':' +
                                        QString::number(m_entry.pollingUrl.port())));
}

void FluxJob::download()
{
    enter(Phase::Downloading);
    if (isOver()) // a slot of progressChanged or costKnown cancelled the job
        return;
    setStatus(JobStatus::Downloading);
    ++m_downloadAttempts;
    ApiRequest *request = m_client->download(m_sample, this);
    connect(request, &ApiRequest::finished, this, &FluxJob::onDownloaded);
    track(request);
}

void FluxJob::onDownloaded(const ApiResponse &response)
{
    m_call = nullptr;
    const int status = response.httpStatus;
    if (response.outcome == ApiResponse::Outcome::HttpError &&
        (status == 403 || status == 404 || status == 410)) {
        // The pre-signed URL expired: the service gives a fresh one on the next poll.
        if (++m_sampleRefreshes > m_backend->limits().maxSampleRefreshes) {
            fail(makeError(JobError::Kind::ServiceFailure,
                           tr("The result's download link kept expiring.")),
                 TaskFate::Keep);
            return;
        }
        m_downloadAttempts = 0;
        poll();
        return;
    }
    if (!response.ok()) {
        fail(transportError(response, ApiCall::Download), TaskFate::Keep);
        return;
    }
    enter(Phase::Verifying);
    m_verifyWatcher = new QFutureWatcher<Verified>(this);
    connect(m_verifyWatcher, &QFutureWatcher<Verified>::finished, this, &FluxJob::onVerified);

    ResultSidecar record;
    record.engine = ResultEngine::Flux;
    record.taskId = m_entry.taskId;
    record.label = m_entry.label;
    record.sourcePath = m_entry.sourcePath;
    record.parameters = ResultSidecar::Parameters::fromJson(m_entry.parameters);
    record.referenceRect = m_entry.referenceRect;
    record.cost = m_entry.cost;
    record.inputMegapixels = m_entry.inputMegapixels;
    record.outputMegapixels = m_entry.outputMegapixels;
    record.submitted = m_entry.submitted;
    record.ready = m_readyAt;
    record.downloaded = QDateTime::currentDateTimeUtc();
    record.created = record.downloaded;
    record.elapsedSeconds = double(sinceSubmitMs()) / 1000.0;
    const QSize expected = record.parameters.canvasSize;
    const ImageFormat asked = record.parameters.options.outputFormat;
    const ResultStore store = m_backend->results();
    // Held by the worker only, so it frees the download there too.
    const QByteArray bytes = response.body;
    PreparedReference sent = m_sent;
    const QString referenceFile = m_backend->journal().referencePath(m_entry.taskId);
    const QRect referenceRect = m_entry.referenceRect;
    const bool lastAttempt = m_downloadAttempts >= m_backend->limits().maxDownloadAttempts;
    m_verifyWatcher->setFuture(QtConcurrent::run([=]() mutable {
        Verified out;
        const LoadedImage loaded = ImageIO::loadData(
            bytes, QCoreApplication::translate("outframe::FluxJob", "the result"));
        if (!loaded.ok()) {
            out.decodeError = loaded.error;
            return out;
        }
        if (loaded.image.size() != expected) {
            out.decodeError = tr("The result is %1 x %2 px instead of %3 x %4 px.")
                                  .arg(loaded.image.width())
                                  .arg(loaded.image.height())
                                  .arg(expected.width())
                                  .arg(expected.height());
            // Not what was asked, but a paid image all the same: keep the last one on disk.
            if (lastAttempt) {
                const ImageFormat format =
                    imageFormatFromName(QString::fromLatin1(loaded.format)).value_or(asked);
                out.savedPath = store.save(bytes, format, record, &out.saveError);
            }
            return out;
        }
        out.image = loaded.image;
        if (sent.image.isNull()) {
            // A resumed task: the sent pixels are in the journal.
            // Read as stored, without colour management: these are the exact pixels sent.
            const QImage reference = ImageIO::normalised(QImage(referenceFile, "PNG"));
            if (!reference.isNull() && reference.size() == referenceRect.size())
                sent = PreparedReference{reference, referenceRect};
        }
        out.sent = sent;
        const ImageFormat format =
            imageFormatFromName(QString::fromLatin1(loaded.format)).value_or(asked);
        out.savedPath = store.save(bytes, format, record, &out.saveError);
        return out;
    }));
}

void FluxJob::onVerified()
{
    const Verified verified = m_verifyWatcher->result();
    m_verifyWatcher->deleteLater();
    m_verifyWatcher = nullptr;
    if (!verified.decodeError.isEmpty()) {
        if (m_downloadAttempts >= m_backend->limits().maxDownloadAttempts) {
            QString message =
                tr("The service sent a damaged image (%1).").arg(verified.decodeError);
            // Saved: nothing is left to fetch. Not saved: the service may still hold a good copy.
            const bool saved = !verified.savedPath.isEmpty();
            if (saved)
                message +=
                    u' ' +
                    tr("It is saved as %1.").arg(QDir::toNativeSeparators(verified.savedPath));
            fail(makeError(JobError::Kind::ServiceFailure, message),
                 saved ? TaskFate::Forget : TaskFate::Keep);
            return;
        }
        download();
        return;
    }
    if (verified.savedPath.isEmpty()) {
        fail(makeError(JobError::Kind::Storage,
                       tr("The result could not be saved: %1").arg(verified.saveError)),
             TaskFate::Keep);
        return;
    }
    if (!verified.saveError.isEmpty())
        qWarning("Outframe: %s", qPrintable(verified.saveError));
    m_backend->journal().remove(m_entry.taskId);
    enter(Phase::Done);
    m_claim.reset();

    JobResult result;
    result.image = verified.image;
    result.sent = verified.sent;
    result.engine = ResultEngine::Flux;
    result.taskId = m_entry.taskId;
    result.cost = m_entry.cost;
    result.inputMegapixels = m_entry.inputMegapixels;
    result.outputMegapixels = m_entry.outputMegapixels;
    result.elapsedMs = m_resumed ? sinceSubmitMs() : m_clock.elapsed();
    result.savedPath = verified.savedPath;
    if (!m_ignoredFields.isEmpty())
        result.notes << (m_ignoredFields.size() == 1
                             ? tr("The service does not know the setting “%1” and ignored it: "
                                  "the result was made with its default.")
                             : tr("The service does not know the settings “%1” and ignored "
                                  "them: the result was made with their defaults."))
                            .arg(m_ignoredFields.join(QStringLiteral("”, “")));
    setStatus(JobStatus::Done);
    emit finished(result);
}

void FluxJob::onDeadline()
{
    const int seconds = m_backend->limits().jobTimeoutMs / 1000;
    fail(makeError(JobError::Kind::Timeout,
                   tr("The job took longer than %n second(s) and was stopped.", nullptr, seconds)),
         TaskFate::Keep);
}

void FluxJob::cancel()
{
    fail(makeError(JobError::Kind::Cancelled, tr("Cancelled.")), TaskFate::Forget);
}

void FluxJob::interrupt()
{
    fail(makeError(JobError::Kind::Cancelled, tr("Interrupted.")), TaskFate::Keep);
}

} // namespace outframe
