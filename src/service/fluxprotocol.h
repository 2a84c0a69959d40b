// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace outframe {

// The contract's wire format, parsed: what the service said, without any networking.
// Every function here is pure so each row of the contract's tables has a data-driven test.

// The answer to a submit (AsyncResponse).
struct SubmittedTask
{
    QString id;
    QUrl pollingUrl; // empty when the service sent none: poll {base}/v1/get_result?id=
    std::optional<double> cost;
    std::optional<double> inputMegapixels;
    std::optional<double> outputMegapixels;
};

// The answer to a poll (ResultResponse).
struct TaskState
{
    enum class Kind {
        Running, // Pending, Reasoning, Generating and any status we do not know
        Ready,
        Error,
        RequestModerated,
        ContentModerated,
        NotFound,
    };
    Kind kind = Kind::Running;
    QString status;                 // the service's own word, e.g. "Pending"
    std::optional<double> progress; // 0..1 when the service reports it
    QUrl sample;                    // Ready: the image to download
    QString message;                // Error: details.error; moderation: the reasons
    std::optional<double> cost;     // settled cost, when present
    bool pending() const { return kind == Kind::Running && status == QLatin1String("Pending"); }
    bool isTerminal() const { return kind != Kind::Running; }
};

// Which call an HTTP error answered: the same code means different things per call.
enum class ApiCall { Submit, Poll, Download, Credits };

class FluxProtocol
{
public:
    // nullopt (and a message in `error`) when the body is not an AsyncResponse.
    static std::optional<SubmittedTask> parseSubmitted(const QByteArray &body, QString *error);
    // nullopt when the body is not JSON or carries no status.
    static std::optional<TaskState> parseTaskState(const QByteArray &body);
    // {"credits": n}
    static std::optional<double> parseCredits(const QByteArray &body);

    // `detail` as the service sends it: a string, or a list of {"msg": ...}.
    static QString detailText(const QJsonValue &detail);
    // The typed error for an HTTP error status (not 2xx) of `call`, in the artist's words.
    static JobError errorForHttpStatus(int status, const QByteArray &body, ApiCall call);
    // The typed error for a terminal task state (Error, moderation, not found).
    static JobError errorForTaskState(const TaskState &state);

    // The submit body as sent: the optional fields only when they differ from the service's
    // defaults, so a deployment on the older schema (without mode and safety_tolerance)
    // accepts every job that asks for nothing new.
    static QJsonObject withoutDefaults(QJsonObject body);
    // The optional fields a 422 refused as unknown (pydantic's "extra_forbidden"): no task was
    // created, and the submit may be sent again without them. Empty unless every complaint is
    // of that kind and names an optional field.
    static QStringList forbiddenOptionalFields(const QByteArray &body);
    // The fields the service may not know, with their defaults.
    static const QJsonObject &optionalFieldDefaults();

    // Retry-After in milliseconds (delta-seconds or an HTTP date), if the header is usable.
    static std::optional<qint64> retryAfterMs(const QByteArray &header);
};

} // namespace outframe
