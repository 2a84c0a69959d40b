// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "document.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <algorithm>

namespace outframe {

namespace {

constexpr int kDefaultQuietMs = 2000;
constexpr int kDefaultMaxDelayMs = 8000;

QString lockPathFor(const QString &recoveryPath)
{
    return recoveryPath.left(recoveryPath.size() - QStringLiteral(".outframe").size()) +
           QStringLiteral(".lock");
}

} // namespace

Autosave::Autosave(Document *document, const QString &recoveryDir, QObject *parent)
    : QObject(parent), m_document(document)
{
    QDir().mkpath(recoveryDir);
    const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_path = QDir(recoveryDir).filePath(QStringLiteral("session-%1.outframe").arg(id));
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_path));
    m_lock->setStaleLockTime(0); // only a dead process makes it stale, never age
    m_lock->tryLock(0);
    m_pool.setMaxThreadCount(1);
    m_writtenRevision = document->revision();

    m_quiet.setSingleShot(true);
    m_quiet.setInterval(kDefaultQuietMs);
    m_max.setSingleShot(true);
    m_max.setInterval(kDefaultMaxDelayMs);
    connect(&m_quiet, &QTimer::timeout, this, &Autosave::saveNow);
    connect(&m_max, &QTimer::timeout, this, &Autosave::saveNow);
    connect(document, &Document::changed, this, &Autosave::documentChanged);
    connect(document, &Document::pendingJobsChanged, this, &Autosave::jobsChanged);
    // A result costs money: it goes to disk at once, not after a quiet period.
    connect(document, &Document::layerInserted, this,
            [this] { QMetaObject::invokeMethod(this, &Autosave::saveNow, Qt::QueuedConnection); });
}

Autosave::~Autosave()
{
    m_pool.waitForDone();
}

void Autosave::setDelays(int quietMs, int maxDelayMs)
{
    m_quiet.setInterval(quietMs);
    m_max.setInterval(maxDelayMs);
}

void Autosave::documentChanged()
{
    m_quiet.start(); // restarts: waits for a pause in the edits
    if (!m_max.isActive())
        m_max.start(); // but not forever
}

void Autosave::jobsChanged()
{
    const bool inProject = !m_document->filePath().isEmpty() && !m_document->isModified();
    if (!m_document->hasPendingJobs() || m_onDisk || inProject)
        return;
    m_forceWrite = true;
    saveNow();
}

void Autosave::saveNow()
{
    m_quiet.stop();
    m_max.stop();
    if (m_document->revision() == m_writtenRevision && !m_forceWrite)
        return;
    if (m_writing) {
        m_pending = true;
        return;
    }
    m_writing = true;
    m_forceWrite = false;
    const DocumentState state = m_document->state(); // shared images: a cheap copy
    const quint64 revision = m_document->revision();
    const QString sessionPath = m_document->filePath();
    const QString path = m_path;
    const quint64 generation = m_generation;
    m_pool.start([this, state, revision, sessionPath, path, generation] {
        QString error;
        const bool ok = ProjectFile::save(state, path, &error, sessionPath);
        QMetaObject::invokeMethod(
            this, [=, this] { writeFinished(generation, revision, ok, error); },
            Qt::QueuedConnection);
    });
}

void Autosave::writeFinished(quint64 generation, quint64 revision, bool ok, const QString &error)
{
    if (generation != m_generation)
        return; // discarded meanwhile
    m_writing = false;
    if (ok) {
        m_writtenRevision = revision;
        m_onDisk = true;
        emit saved(m_path);
    } else {
        emit failed(error);
    }
    if (m_pending) {
        m_pending = false;
        saveNow();
    }
}

void Autosave::discard()
{
    m_quiet.stop();
    m_max.stop();
    m_pending = false;
    m_pool.waitForDone();
    ++m_generation;
    m_writing = false;
    m_forceWrite = false;
    m_onDisk = false;
    QFile::remove(m_path);
    m_writtenRevision = m_document->revision();
}

QList<RecoveryFile> Autosave::findOrphans(const QString &recoveryDir)
{
    QList<RecoveryFile> out;
    const QDir dir(recoveryDir);
    for (const QFileInfo &info :
         dir.entryInfoList({QStringLiteral("session-*.outframe")}, QDir::Files)) {
        QLockFile lock(lockPathFor(info.filePath()));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its session is still running
        lock.unlock();
        RecoveryFile file;
        file.path = info.filePath();
        file.saved = info.lastModified();
        // Only the manifest is needed here, but a full read also proves the file is usable.
        const ProjectFile::Loaded loaded = ProjectFile::load(file.path);
        file.projectPath = loaded.sessionPath;
        file.problem = loaded.error;
        out.append(file);
    }
    std::sort(out.begin(), out.end(),
              [](const RecoveryFile &a, const RecoveryFile &b) { return a.saved > b.saved; });
    return out;
}

bool Autosave::isOrphan(const QString &recoveryPath)
{
    if (!QFileInfo::exists(recoveryPath))
        return false;
    QLockFile lock(lockPathFor(recoveryPath));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}

bool Autosave::removeOrphan(const RecoveryFile &file)
{
    QFile::remove(lockPathFor(file.path));
    return QFile::remove(file.path);
}

} // namespace outframe
