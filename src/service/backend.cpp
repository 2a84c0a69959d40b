// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backend.h"

#include <QCoreApplication>

namespace outframe {

QString jobStatusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Queued:
        return QCoreApplication::translate("outframe::JobStatus", "Queued");
    case JobStatus::Preparing:
        return QCoreApplication::translate("outframe::JobStatus", "Preparing");
    case JobStatus::Submitting:
        return QCoreApplication::translate("outframe::JobStatus", "Submitting");
    case JobStatus::Waiting:
        return QCoreApplication::translate("outframe::JobStatus", "Waiting for the service");
    case JobStatus::Generating:
        return QCoreApplication::translate("outframe::JobStatus", "Generating");
    case JobStatus::Downloading:
        return QCoreApplication::translate("outframe::JobStatus", "Downloading");
    case JobStatus::Done:
        return QCoreApplication::translate("outframe::JobStatus", "Done");
    case JobStatus::Failed:
        return QCoreApplication::translate("outframe::JobStatus", "Failed");
    case JobStatus::Cancelled:
        return QCoreApplication::translate("outframe::JobStatus", "Cancelled");
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
