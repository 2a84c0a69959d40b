// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace outframe {

class Document;

// A recovery file left by a session that ended without closing cleanly (a crash, a kill,
// a power cut).
struct RecoveryFile
{
    QString path;        // the recovery project file
    QString projectPath; // the project that session was editing; empty if never saved
    QDateTime saved;     // when it was last written
    QString problem;     // why it cannot be opened, if so (it is listed all the same)
};

// Crash recovery for one running session. After each change to the document it waits a
// short quiet period (so a drag is written once, not 300 times), but never longer than
// `maxDelay` while edits keep coming, and a new result is written at once. The file is a
// normal project file written atomically on a worker thread, so the GUI never waits and a
// crash mid-write leaves the previous recovery file whole.
//
// A session with jobs running is written at once too, even unchanged, unless a saved project
// holds all of it: a paid result that comes back after a crash must find its session on disk.
//
// Each session owns "<dir>/session-<id>.outframe" and holds "<dir>/session-<id>.lock" while
// it runs; a recovery file whose lock is free belongs to a session that is gone, which is
// how `findOrphans` tells a crash from another instance that is still running.
class Autosave : public QObject
{
    Q_OBJECT

public:
    Autosave(Document *document, const QString &recoveryDir, QObject *parent = nullptr);
    ~Autosave() override;

    void setDelays(int quietMs, int maxDelayMs);
    QString recoveryPath() const { return m_path; }
    const Document *document() const { return m_document; }
    bool isWriting() const { return m_writing; }

    // Writes now (if anything changed since the last write).
    void saveNow();
    // The session ended cleanly or was saved: the recovery file is no longer needed.
    void discard();

    // Recovery files of sessions that are gone, newest first. Reads each file: call it off
    // the GUI thread when there may be large ones.
    static QList<RecoveryFile> findOrphans(const QString &recoveryDir);
    // The recovery file exists and no running session holds it.
    static bool isOrphan(const QString &recoveryPath);
    // After the artist recovered or declined: removes a recovery file and its lock.
    static bool removeOrphan(const RecoveryFile &file);

signals:
    void saved(const QString &path);
    void failed(const QString &error);

private:
    void documentChanged();
    void jobsChanged();
    void writeFinished(quint64 generation, quint64 revision, bool ok, const QString &error);

    Document *m_document;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QTimer m_quiet;
    QTimer m_max;
    QThreadPool m_pool; // one writer at a time
    quint64 m_writtenRevision = 0;
    bool m_writing = false;
    bool m_pending = false;
    bool m_onDisk = false;     // the file holds some revision of this session
    bool m_forceWrite = false; // write even an unchanged revision (it is not on disk yet)
    quint64 m_generation = 0;  // bumped by discard(): a write finishing later is ignored
};

} // namespace outframe
