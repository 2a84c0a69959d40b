// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resumedresults.h"

#include "autosave.h"
#include "document.h"
#include "editingdocument.h"
#include "projectcontroller.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <memory>

namespace outframe {

namespace {

bool hasTask(const Document *document, const QString &taskId)
{
    // Kept or still waiting in the staging strip: either way the session has it.
    const QList<ResultLayer> layers = document->layers() + document->staged();
    return !taskId.isEmpty() && std::any_of(layers.cbegin(), layers.cend(),
                                            [&](const auto &l) { return l.taskId == taskId; });
}

} // namespace

ResumedResults::ResumedResults(EditingDocument *editing, ProjectController *projects,
                               QObject *parent)
    : QObject(parent), m_editing(editing), m_projects(projects)
{}

void ResumedResults::deliver(int jobId, const JobSession &session, const ResultLayer &layer)
{
    if (m_projects->isSession(m_editing->document(), session)) {
        addToOpenSession(jobId, layer);
        return;
    }
    QStringList files;
    if (!session.projectPath.isEmpty() && QFileInfo(session.projectPath).isFile())
        files << session.projectPath;
    // A session changed since its last save has its newest state in the recovery file: the
    // result goes there too, or recovering that session would leave it out. A recovery file
    // that a running session holds is that session's to write.
    if (Autosave::isOrphan(session.recoveryPath))
        files << session.recoveryPath;
    if (files.isEmpty()) {
        addToOpenSession(jobId, layer);
        return;
    }
    auto remaining = std::make_shared<int>(int(files.size()));
    auto errors = std::make_shared<QStringList>();
    for (const QString &file : std::as_const(files)) {
        m_projects->addResultToFile(file, layer, [=, this](const QString &error) {
            if (!error.isEmpty())
                *errors << error;
            if (--*remaining == 0)
                stored(jobId, session, layer, files, *errors);
        });
    }
}

void ResumedResults::addToOpenSession(int jobId, const ResultLayer &layer)
{
    if (hasTask(m_editing->document(), layer.taskId))
        return;
    m_editing->addResult(layer);
    emit addedToOpenSession(jobId);
}

void ResumedResults::stored(int jobId, const JobSession &session, const ResultLayer &layer,
                            const QStringList &files, const QStringList &errors)
{
    if (errors.size() == files.size()) {
        addToOpenSession(jobId, layer);
        emit notice(
            tr("A result left unfinished last time could not be added to its session "
               "(%1): it is added here instead, and saved as %2.")
                .arg(errors.join(QStringLiteral("; ")), QDir::toNativeSeparators(layer.sourcePath)),
            true);
        return;
    }
    // The artist may have opened that session while the file was written: the file was read
    // first then (files are read and written in order), so the open session lacks the layer.
    if (m_projects->isSession(m_editing->document(), session)) {
        addToOpenSession(jobId, layer);
        return;
    }
    emit storedInFiles(jobId, files);
    const QString project =
        files.contains(session.projectPath) ? QFileInfo(session.projectPath).fileName() : QString();
    if (!project.isEmpty())
        emit notice(tr("A result left unfinished last time was added to the project %1: open it "
                       "to see it.")
                        .arg(project),
                    false);
    else
        emit notice(tr("A result left unfinished last time was added to the session autosaved "
                       "in %1: recover it at the next start to see it.")
                        .arg(QDir::toNativeSeparators(session.recoveryPath)),
                    false);
}

} // namespace outframe
