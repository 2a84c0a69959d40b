// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobsession.h"
#include "resultlayer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QRect>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace outframe {

// One submitted task the service may still hold a paid result for.
struct JournalEntry
{
    QString taskId;
    QUrl pollingUrl; // the exact URL the service returned (may be a regional host)
    QUrl apiBase;    // the base URL it was submitted to
    ResultEngine engine = ResultEngine::Flux;
    QString label;
    QString sourcePath;
    QString outputPath;       // the front end's destination, if it gave one (the CLI's -o)
    bool keepOriginal = true; // paste the sent reference back when writing outputPath
    JobSession session;       // the app's session the result goes back to
    QDateTime submitted;
    QJsonObject parameters; // as in the result sidecar's "parameters"
    QRect referenceRect;    // where the sent pixels landed on the canvas
    std::optional<double> cost;
    std::optional<double> inputMegapixels;
    std::optional<double> outputMegapixels;

    QJsonObject toJson() const;
    static std::optional<JournalEntry> fromJson(const QJsonObject &object);
};

// The journal of submitted, unfinished tasks, so a crash, kill or power cut between submit and
// download never loses a paid result.
//
// One small JSON file per task in the journal directory (default: the app's data directory,
// QStandardPaths::AppDataLocation + "/journal"), written atomically *before* the client waits
// on the task and removed once its result is on disk. One file per task keeps the app and
// the CLI from overwriting each other's entries. Beside it, the reference pixels that were
// sent (PNG), so a resumed task can still paste them back exactly.
//
// Exclusive right to work on one task, held as an flock() on a lock file: the kernel drops it
// when the holder exits or is killed, so a crashed process never blocks a later resume.
class TaskClaim
{
public:
    explicit TaskClaim(int fd) : m_fd(fd) {}
    ~TaskClaim();
    TaskClaim(const TaskClaim &) = delete;
    TaskClaim &operator=(const TaskClaim &) = delete;

private:
    int m_fd;
};

// A process working on a task holds a claim on it, so resuming (from the app or the CLI, or
// twice) never runs one task twice at once.
class TaskJournal
{
public:
    // An empty directory means the default one.
    explicit TaskJournal(const QString &directory = QString());
    ~TaskJournal();

    static QString defaultDirectory();
    QString directory() const { return m_dir; }

    // Writes the reference pixels, then the entry. False (and a message) when the disk refuses.
    bool add(const JournalEntry &entry, const QByteArray &referencePng, QString *error) const;

    // Before a submit: writes the reference pixels and a placeholder entry (no task id yet)
    // padded to more than the final entry needs, so the disk space for the entry is held
    // before anything is sent. Returns the reservation's key, or "" (and a message) when the
    // disk refuses: then nothing may be submitted.
    QString reserve(const JournalEntry &entry, const QByteArray &referencePng,
                    QString *error) const;
    // After the service answered with a task id: turns the reservation into the task's entry
    // (the reference is renamed, the placeholder's space freed for the entry).
    bool commit(const QString &reservation, const JournalEntry &entry, QString *error) const;
    // The submit surely or possibly failed without a task id: nothing to resume.
    void release(const QString &reservation) const;
    // Rewrites an entry (e.g. a fresher polling URL or the settled cost).
    bool update(const JournalEntry &entry, QString *error) const;
    void remove(const QString &taskId) const;

    QList<JournalEntry> entries() const; // oldest first; unreadable files are skipped
    std::optional<JournalEntry> entry(const QString &taskId) const;
    QString referencePath(const QString &taskId) const;

    // Exclusive right to work on `taskId` while the returned lock lives; null when another
    // running process holds it.
    std::unique_ptr<TaskClaim> claim(const QString &taskId) const;

private:
    QString fileStem(const QString &taskId) const;

    QString m_dir;
};

} // namespace outframe
