// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include <QCoreApplication>

namespace outframe {

QString jobStatusText(JobStatus status)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("outframe::JobStatus", text);
    };
    switch (status) {
    case JobStatus::Queued:
        return tr("Queued");
    case JobStatus::Preparing:
        return tr("Preparing");
    case JobStatus::Submitting:
        return tr("Submitting");
    case JobStatus::Waiting:
        return tr("Waiting for the service");
    case JobStatus::Generating:
        return tr("Generating");
    case JobStatus::Downloading:
        return tr("Downloading");
    case JobStatus::Done:
        return tr("Done");
    case JobStatus::Failed:
        return tr("Failed");
    case JobStatus::Cancelled:
        return tr("Cancelled");
    }
    return QString();
}

bool isFinal(JobStatus status)
{
    return status == JobStatus::Done || status == JobStatus::Failed ||
           status == JobStatus::Cancelled;
}

int JobError::exitCode() const
{
    switch (kind) {
    case Kind::InvalidInput:
        return 2;
    case Kind::InvalidKey:
    case Kind::OutOfCredits:
    case Kind::Rejected:
    case Kind::InputModerated:
    case Kind::OutputModerated:
    case Kind::TaskFailed:
    case Kind::TaskNotFound:
        return 3;
    case Kind::Network:
    case Kind::ServiceFailure:
    case Kind::Timeout:
    case Kind::Storage:
        return 4;
    case Kind::Cancelled:
        return 130;
    }
    return 4;
}

} // namespace outframe
