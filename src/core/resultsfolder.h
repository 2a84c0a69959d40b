// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace outframe {

// Where results are saved unless the artist chose another folder, and where History looks:
// the user's Pictures/Outframe (~/Pictures/Outframe when the system names no Pictures folder).
QString defaultResultsDirectory();

// The result the results folder keeps for the service's task `taskId` (saved as
// "<label>-<time>-<task id>.<suffix>" the moment it arrived); empty when there is none.
QString savedResultFor(const QString &resultsDirectory, const QString &taskId);

} // namespace outframe
