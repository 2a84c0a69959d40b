// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace outframe {

// The session a job was started from, as files on disk: kept in the task journal, so a paid
// result that arrives only after a crash, kill or quit still goes back to the session it was
// made for rather than to whatever the next start shows.
struct JobSession
{
    QString projectPath;  // the .outframe project the session was saved to; empty if never
    QString recoveryPath; // the session's autosave (recovery) file; empty when it had none

    bool isEmpty() const { return projectPath.isEmpty() && recoveryPath.isEmpty(); }
    bool operator==(const JobSession &) const = default;
};

} // namespace outframe
