// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobsession.h"
#include "resultlayer.h"

#include <QObject>
#include <QStringList>

namespace outframe {

class EditingDocument;
class ProjectController;

// Brings home the results of jobs an earlier run started and did not live to see (a crash,
// a kill, a quit while they ran), each to the session it was started from:
//  - that session is open (its project, or recovered from its recovery file): a new layer
//    there, one undo step;
//  - it is not: the layer goes into its project file and its recovery file, whichever are
//    on disk, so the artist finds it on opening or recovering it (a layer of the same task
//    is never added twice);
//  - neither can be found (files moved or deleted, an older journal): the open session
//    takes it, as before.
// Nothing paid is lost on the way: the result file is in the results folder already, and a
// file that cannot take the layer leaves it to the open session.
class ResumedResults : public QObject
{
    Q_OBJECT

public:
    // Both must outlive this object.
    ResumedResults(EditingDocument *editing, ProjectController *projects,
                   QObject *parent = nullptr);

    void deliver(int jobId, const JobSession &session, const ResultLayer &layer);

signals:
    // Job `jobId`'s result is a layer of the session being edited.
    void addedToOpenSession(int jobId);
    // Job `jobId`'s result went into `files` (a project, a recovery file) on disk.
    void storedInFiles(int jobId, const QStringList &files);
    // What the artist is told (`problem`: a file refused the result).
    void notice(const QString &message, bool problem);

private:
    void addToOpenSession(int jobId, const ResultLayer &layer);
    void stored(int jobId, const JobSession &session, const ResultLayer &layer,
                const QStringList &files, const QStringList &errors);

    EditingDocument *m_editing;
    ProjectController *m_projects;
};

} // namespace outframe
