// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcontroller.h"

#include "background.h"
#include "document.h"
#include "editingdocument.h"
#include "projectfile.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

#include <algorithm>

namespace outframe {

// A session the artist left while jobs were still running for it.
struct ProjectController::Background
{
    std::unique_ptr<Document> document;
    std::unique_ptr<Autosave> autosave;
    bool backToProject = false; // it was saved when left: its results go back into its file
};

ProjectController::ProjectController(EditingDocument *editing, const QString &recoveryDir,
                                     QObject *parent)
    : QObject(parent), m_editing(editing),
      m_recoveryDir(recoveryDir.isEmpty() ? defaultRecoveryDirectory() : recoveryDir),
      m_recent(&m_settings)
{
    m_files.setMaxThreadCount(1);
    watch(editing->document());
    // However the session was replaced (startSession, or a test or benchmark calling
    // EditingDocument::newSession), autosave follows the document being edited.
    connect(editing, &EditingDocument::documentReplaced, this, [this] {
        if (m_autosave && m_autosave->document() == m_editing->document())
            return;
        if (m_autosave)
            m_autosave->discard();
        watch(m_editing->document());
    });
}

ProjectController::~ProjectController()
{
    // Saves in flight hold copies, not us.
    m_files.waitForDone();
    QThreadPool::globalInstance()->waitForDone();
}

namespace {

bool sameFile(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QFileInfo fa(a), fb(b);
    if (fa.exists() && fb.exists())
        return fa.canonicalFilePath() == fb.canonicalFilePath();
    return QDir::cleanPath(fa.absoluteFilePath()) == QDir::cleanPath(fb.absoluteFilePath());
}

} // namespace

JobSession ProjectController::sessionOf(const Document *document) const
{
    JobSession session;
    if (!document)
        return session;
    session.projectPath = document->filePath();
    if (m_autosave && m_autosave->document() == document)
        session.recoveryPath = m_autosave->recoveryPath();
    for (const auto &background : m_background)
        if (background->document.get() == document)
            session.recoveryPath = background->autosave->recoveryPath();
    return session;
}

bool ProjectController::isSession(const Document *document, const JobSession &session) const
{
    if (!document)
        return false;
    if (sameFile(document->filePath(), session.projectPath))
        return true;
    return m_recovered == document && sameFile(m_recoveredFrom, session.recoveryPath);
}

void ProjectController::addResultToFile(const QString &path, const ResultLayer &layer,
                                        std::function<void(const QString &error)> done)
{
    busy(+1);
    inBackground(
        this, &m_files,
        [path, layer] {
            const ProjectFile::Loaded loaded = ProjectFile::load(path);
            if (!loaded.ok())
                return loaded.error;
            const QList<ResultLayer> held = loaded.state.layers + loaded.state.staged;
            const bool there =
                !layer.taskId.isEmpty() &&
                std::any_of(held.cbegin(), held.cend(),
                            [&layer](const ResultLayer &l) { return l.taskId == layer.taskId; });
            if (there)
                return QString(); // a second delivery of the same task changes nothing
            // The same rules as a result arriving in an open session (name, id, active).
            Document document;
            document.restore(loaded.state);
            document.addResult(layer);
            QString error;
            // A recovery file keeps naming the project its session was editing.
            if (!ProjectFile::save(document.state(), path, &error, loaded.sessionPath))
                return error;
            return QString();
        },
        [this, done](const QString &error) {
            busy(-1);
            done(error);
        });
}

QString ProjectController::defaultRecoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

void ProjectController::busy(int delta)
{
    const bool was = isBusy();
    m_busy += delta;
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void ProjectController::watch(Document *document)
{
    m_autosave = std::make_unique<Autosave>(document, m_recoveryDir);
    connect(m_autosave.get(), &Autosave::failed, this, &ProjectController::autosaveFailed);
}

bool ProjectController::hasUnsavedWork() const
{
    const Document *d = m_editing->document();
    const bool hasContent = d->layerCount() > 0 || d->stagedCount() > 0 || !d->filePath().isEmpty();
    return d->isModified() && hasContent;
}

void ProjectController::startSession(std::unique_ptr<Document> next)
{
    // Taken first: documentReplaced then gives the new session an autosave of its own.
    std::unique_ptr<Autosave> previousAutosave = std::move(m_autosave);
    std::unique_ptr<Document> previous = m_editing->replace(std::move(next));
    if (!previous->hasPendingJobs()) {
        previousAutosave->discard(); // the artist chose: saved, or discarded
        previousAutosave.reset();    // before the document it watches
        return;
    }
    auto session = std::make_unique<Background>();
    const bool saving = m_saving.value(previous.get()) == previous->revision();
    session->backToProject = !previous->filePath().isEmpty() && (!previous->isModified() || saving);
    session->autosave = std::move(previousAutosave);
    session->document = std::move(previous);
    Background *raw = session.get();
    connect(raw->document.get(), &Document::pendingJobsChanged, this, [this, raw] {
        if (!raw->document->hasPendingJobs())
            storeBackground(raw);
    });
    m_background.push_back(std::move(session));
}

void ProjectController::startSession(const QImage &image, const QString &name, const QString &path)
{
    auto next = std::make_unique<Document>();
    next->setReference(image, path, name);
    next->setOptions(m_editing->document()->options()); // the artist's current choices
    next->markSaved();
    startSession(std::move(next));
}

void ProjectController::storeBackground(Background *session)
{
    const auto it = std::find_if(m_background.begin(), m_background.end(),
                                 [session](const auto &s) { return s.get() == session; });
    if (it == m_background.end())
        return;
    Document *document = session->document.get();
    const QString name = document->referenceName();
    if (!session->backToProject) {
        // Its work is in no project: the recovery file keeps it (written at once, kept at
        // exit, offered at the next start).
        session->autosave->saveNow();
        emit backgroundSessionStored(name, session->autosave->recoveryPath());
        return;
    }
    const QString path = document->filePath();
    writeProject(document->state(), path, [this, session, name, path](const QString &error) {
        const auto found = std::find_if(m_background.begin(), m_background.end(),
                                        [session](const auto &s) { return s.get() == session; });
        if (found == m_background.end())
            return;
        if (!error.isEmpty()) {
            // The recovery file still has it.
            session->autosave->saveNow();
            emit failed(error);
            return;
        }
        session->autosave->discard();
        m_background.erase(found);
        emit backgroundSessionStored(name, path);
    });
}

void ProjectController::writeProject(const DocumentState &state, const QString &path,
                                     std::function<void(const QString &error)> done)
{
    busy(+1);
    inBackground(
        this, &m_files,
        [state, path] {
            QString error;
            return ProjectFile::save(state, path, &error) ? QString() : error;
        },
        [this, done](const QString &error) {
            busy(-1);
            done(error);
        });
}

void ProjectController::open(const QString &path)
{
    busy(+1);
    inBackground(
        this, &m_files, [path] { return ProjectFile::load(path); },
        [this, path](const ProjectFile::Loaded &loaded) {
            busy(-1);
            if (!loaded.ok()) {
                m_recent.remove(path);
                emit failed(loaded.error);
                return;
            }
            adopt(loaded.state, path, false);
        });
}

void ProjectController::adopt(const DocumentState &state, const QString &path, bool recovered)
{
    auto next = std::make_unique<Document>();
    next->restore(state);
    next->setFilePath(path);
    if (!recovered) {
        next->markSaved();
        m_recent.add(path);
    }
    startSession(std::move(next));
    emit opened(path, recovered);
}

void ProjectController::save(const QString &path)
{
    Document *document = m_editing->document();
    const DocumentState state = document->state();
    const quint64 revision = document->revision();
    const QPointer<Document> target = document;
    m_saving.insert(document, revision);
    document->setFilePath(path);
    writeProject(state, path, [this, path, revision, target](const QString &error) {
        m_saving.remove(target.data());
        if (!error.isEmpty()) {
            emit failed(error);
            return;
        }
        if (Document *saved = target.data()) {
            saved->setFilePath(path);
            saved->markSaved(revision);
            const bool clean = saved->revision() == revision;
            if (saved == m_editing->document() && clean)
                m_autosave->discard();
        }
        m_recent.add(path);
        emit saved(path);
    });
}

void ProjectController::findRecoveryFiles()
{
    const QString dir = m_recoveryDir;
    inBackground(
        this, [dir] { return Autosave::findOrphans(dir); },
        [this](const QList<RecoveryFile> &orphans) { emit recoveryFilesFound(orphans); });
}

void ProjectController::recover(const RecoveryFile &file)
{
    busy(+1);
    const QString path = file.path;
    inBackground(
        this, &m_files, [path] { return ProjectFile::load(path); },
        [this, file](const ProjectFile::Loaded &loaded) {
            busy(-1);
            if (!loaded.ok()) {
                emit failed(loaded.error);
                return;
            }
            adopt(loaded.state, file.projectPath, true);
            m_recovered = m_editing->document();
            m_recoveredFrom = file.path;
            Autosave::removeOrphan(file);
            m_autosave->saveNow(); // this session owns the recovered work now
        });
}

void ProjectController::discardRecovery(const RecoveryFile &file)
{
    Autosave::removeOrphan(file);
}

void ProjectController::sessionClosed()
{
    // A save in flight finishes first.
    m_files.waitForDone();
    QThreadPool::globalInstance()->waitForDone();
    for (const auto &session : m_background)
        session->autosave->saveNow();
    m_autosave->discard();
}

} // namespace outframe
