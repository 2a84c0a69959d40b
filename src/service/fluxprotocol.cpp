// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fluxprotocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::FluxProtocol", text);
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<double> optionalNumber(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

// Service text can be long or multi-line; keep messages readable.
QString tidy(QString text)
{
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(297) + QStringLiteral("...");
    return text;
}

JobError makeError(JobError::Kind kind, const QString &message)
{
    JobError error;
    error.kind = kind;
    error.message = message;
    return error;
}

} // namespace

std::optional<SubmittedTask> FluxProtocol::parseSubmitted(const QByteArray &body, QString *error)
{
    const auto object = jsonObject(body);
    if (!object) {
        if (error)
            *error = tr("The service accepted the job but its answer was not readable.");
        return std::nullopt;
    }
    SubmittedTask task;
    task.id = object->value(QStringLiteral("id")).toString();
    if (task.id.isEmpty()) {
        if (error)
            *error = tr("The service accepted the job but sent no task id.");
        return std::nullopt;
    }
    const QString polling = object->value(QStringLiteral("polling_url")).toString();
    if (!polling.isEmpty())
        task.pollingUrl = QUrl(polling, QUrl::StrictMode);
    task.cost = optionalNumber(*object, QStringLiteral("cost"));
    task.inputMegapixels = optionalNumber(*object, QStringLiteral("input_mp"));
    task.outputMegapixels = optionalNumber(*object, QStringLiteral("output_mp"));
    return task;
}

std::optional<TaskState> FluxProtocol::parseTaskState(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return std::nullopt;
    const QJsonValue statusValue = object->value(QStringLiteral("status"));
    if (!statusValue.isString())
        return std::nullopt;
    TaskState state;
    state.status = statusValue.toString();
    state.cost = optionalNumber(*object, QStringLiteral("cost"));
    if (const auto progress = optionalNumber(*object, QStringLiteral("progress")))
        state.progress = qBound(0.0, *progress, 1.0);
    const QJsonObject result = object->value(QStringLiteral("result")).toObject();
    const QJsonObject details = object->value(QStringLiteral("details")).toObject();

    if (state.status == QLatin1String("Ready")) {
        state.kind = TaskState::Kind::Ready;
        state.sample = QUrl(result.value(QStringLiteral("sample")).toString(), QUrl::StrictMode);
    } else if (state.status == QLatin1String("Error")) {
        state.kind = TaskState::Kind::Error;
        QString text = details.value(QStringLiteral("error")).toString();
        if (text.isEmpty())
            text = result.value(QStringLiteral("error")).toString();
        state.message = tidy(text);
    } else if (state.status == QLatin1String("Request Moderated")) {
        state.kind = TaskState::Kind::RequestModerated;
    } else if (state.status == QLatin1String("Content Moderated")) {
        state.kind = TaskState::Kind::ContentModerated;
        QStringList reasons;
        for (const QJsonValue &reason :
             details.value(QStringLiteral("Moderation Reasons")).toArray())
            if (reason.isString())
                reasons << reason.toString();
        state.message = tidy(reasons.join(QStringLiteral(", ")));
    } else if (state.status == QLatin1String("Task not found")) {
        state.kind = TaskState::Kind::NotFound;
    } else {
        // Pending, Reasoning, Generating and statuses newer than this client: still running.
        state.kind = TaskState::Kind::Running;
    }
    return state;
}

std::optional<double> FluxProtocol::parseCredits(const QByteArray &body)
{
    const auto object = jsonObject(body);
    if (!object)
        return std::nullopt;
    return optionalNumber(*object, QStringLiteral("credits"));
}

const QJsonObject &FluxProtocol::optionalFieldDefaults()
{
    static const QJsonObject defaults{
        {QStringLiteral("mode"), QStringLiteral("high")},
        {QStringLiteral("safety_tolerance"), 2},
        {QStringLiteral("disable_pup"), false},
        {QStringLiteral("prompt"), QJsonValue()},
    };
    return defaults;
}

QJsonObject FluxProtocol::withoutDefaults(QJsonObject body)
{
    const QJsonObject &defaults = optionalFieldDefaults();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        const QJsonValue sent = body.value(it.key());
        const bool emptyPrompt = it.key() == QLatin1String("prompt") && sent.isString() &&
                                 sent.toString().trimmed().isEmpty();
        if (sent == it.value() || emptyPrompt)
            body.remove(it.key());
    }
    return body;
}

QStringList FluxProtocol::forbiddenOptionalFields(const QByteArray &body)
{
    const QJsonArray detail =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("detail")).toArray();
    QStringList fields;
    for (const QJsonValue &item : detail) {
        const QJsonObject entry = item.toObject();
        const QJsonArray loc = entry.value(QStringLiteral("loc")).toArray();
        const QString field = loc.isEmpty() ? QString() : loc.last().toString();
        // Anything else wrong with the request would fail the second submit too.
        if (entry.value(QStringLiteral("type")).toString() != QLatin1String("extra_forbidden") ||
            !optionalFieldDefaults().contains(field))
            return {};
        if (!fields.contains(field))
            fields << field;
    }
    return fields;
}

QString FluxProtocol::detailText(const QJsonValue &detail)
{
    if (detail.isString())
        return tidy(detail.toString());
    QStringList messages;
    if (detail.isArray()) {
        for (const QJsonValue &item : detail.toArray()) {
            const QJsonObject entry = item.toObject();
            QString msg = entry.value(QStringLiteral("msg")).toString();
            if (msg.isEmpty() && item.isString())
                msg = item.toString();
            if (msg.isEmpty())
                continue;
            // loc is ["body", "width"]: name the field, it tells the artist what to change.
            const QJsonArray loc = entry.value(QStringLiteral("loc")).toArray();
            if (!loc.isEmpty() && loc.last().isString() &&
                loc.last().toString() != QLatin1String("body"))
                msg = loc.last().toString() + QStringLiteral(": ") + msg;
            messages << msg;
        }
    } else if (detail.isObject()) {
        messages << detail.toObject().value(QStringLiteral("msg")).toString();
    }
    messages.removeAll(QString());
    return tidy(messages.join(QStringLiteral("; ")));
}

JobError FluxProtocol::errorForHttpStatus(int status, const QByteArray &body, ApiCall call)
{
    const auto object = jsonObject(body);
    const QString detail = object ? detailText(object->value(QStringLiteral("detail"))) : QString();
    const auto withDetail = [&](const QString &message) {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')';
    };
    switch (status) {
    case 402:
        return makeError(JobError::Kind::OutOfCredits,
                         tr("Out of credits — top up your account at the provider."));
    case 403:
        if (call == ApiCall::Download)
            return makeError(JobError::Kind::ServiceFailure,
                             tr("The result's download link was refused."));
        return makeError(JobError::Kind::InvalidKey,
                         tr("The API key was refused — check the key in Settings."));
    case 404:
        if (call == ApiCall::Poll)
            return makeError(JobError::Kind::TaskNotFound,
                             tr("The service no longer knows this task (it may have expired)."));
        return makeError(JobError::Kind::ServiceFailure,
                         withDetail(tr("The service answered “not found” (HTTP 404).")));
    case 422:
        if (call == ApiCall::Submit)
            return makeError(JobError::Kind::Rejected,
                             detail.isEmpty()
                                 ? tr("The service refused the request.")
                                 : tr("The service refused the request: %1").arg(detail));
        return makeError(JobError::Kind::ServiceFailure,
                         withDetail(tr("The service refused the request (HTTP 422).")));
    case 429:
        return makeError(JobError::Kind::ServiceFailure,
                         tr("Too many jobs are running on this account; try again when some "
                            "have finished."));
    default:
        break;
    }
    if (status >= 500)
        return makeError(
            JobError::Kind::ServiceFailure,
            tr("The service is having trouble (HTTP %1); try again later.").arg(status));
    return makeError(
        JobError::Kind::ServiceFailure,
        withDetail(tr("The service answered with an unexpected error (HTTP %1).").arg(status)));
}

JobError FluxProtocol::errorForTaskState(const TaskState &state)
{
    switch (state.kind) {
    case TaskState::Kind::Error:
        return makeError(
            JobError::Kind::TaskFailed,
            state.message.isEmpty()
                ? tr("The service could not generate the image.")
                : tr("The service could not generate the image: %1").arg(state.message));
    case TaskState::Kind::RequestModerated:
        return makeError(JobError::Kind::InputModerated,
                         tr("The service flagged the input image and will not process it."));
    case TaskState::Kind::ContentModerated:
        return makeError(JobError::Kind::OutputModerated,
                         state.message.isEmpty()
                             ? tr("The service flagged the generated image and withheld it.")
                             : tr("The service flagged the generated image and withheld it "
                                  "(%1).")
                                   .arg(state.message));
    case TaskState::Kind::NotFound:
        return makeError(JobError::Kind::TaskNotFound,
                         tr("The service no longer knows this task (it may have expired)."));
    case TaskState::Kind::Running:
    case TaskState::Kind::Ready:
        break;
    }
    return makeError(JobError::Kind::ServiceFailure, tr("Unexpected task state."));
}

std::optional<qint64> FluxProtocol::retryAfterMs(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    // Longer waits than this mean "not today": the caller gives up at its own limit anyway.
    constexpr double kMaxSeconds = 86'400;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok) {
        // Checked before converting: a huge or NaN value cast to an integer is undefined,
        // and in practice a negative wait, i.e. an immediate retry.
        if (!(seconds >= 0))
            return std::nullopt;
        return qint64(std::min(seconds, kMaxSeconds) * 1000);
    }
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(value).left(29), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(utc),
                          qint64(kMaxSeconds * 1000));
}

} // namespace outframe
