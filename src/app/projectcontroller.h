// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "autosave.h"
#include "jobsession.h"
#include "recentprojects.h"
#include "resultlayer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

namespace outframe {

class Document;
class EditingDocument;
struct DocumentState;

// The one owner of projects: save, open, autosave with crash recovery, recent projects, and
// the sessions the artist left while their jobs still run. No widgets: the window asks the
// questions (save first? which file?) and calls these.
//
// A new image or an opened project is a new session (startSession). The previous one is
// dropped at once unless jobs are still running for it; then it is kept, with its own
// autosave, until they have delivered: a session that was saved in a project goes back into
// that project, any other stays in its recovery file, offered again at the next start.
class ProjectController : public QObject
{
    Q_OBJECT

public:
    // `recoveryDir`: where autosave writes (the app's data folder/recovery by default).
    explicit ProjectController(EditingDocument *editing, const QString &recoveryDir = {},
                               QObject *parent = nullptr);
    ~ProjectController() override;

    static QString defaultRecoveryDirectory();

    RecentProjects &recent() { return m_recent; }
    Autosave *autosave() const { return m_autosave.get(); }
    bool isBusy() const { return m_busy > 0; }

    // The current session holds work that is in no project file: results, or changes since
    // the last save.
    bool hasUnsavedWork() const;

    // Makes `next` the session being edited (see the class comment for the previous one).
    void startSession(std::unique_ptr<Document> next);
    // A new session on a freshly loaded image.
    void startSession(const QImage &image, const QString &name, const QString &path);
    // Sessions left while their jobs run.
    int backgroundSessionCount() const { return int(m_background.size()); }

    // Opens a project in the background: opened() or failed().
    void open(const QString &path);
    // Saves the current session to `path` in the background: saved() or failed().
    void save(const QString &path);
    // Looks for the recovery files of sessions that did not close cleanly (in the
    // background): recoveryFilesFound().
    void findRecoveryFiles();
    // Opens a recovery file as the current session: opened() or failed().
    void recover(const RecoveryFile &file);
    static void discardRecovery(const RecoveryFile &file);

    // The files that stand for `document`'s session: its project (if saved to one) and its
    // recovery file; what a job records so its result can come back after a crash.
    JobSession sessionOf(const Document *document) const;
    // `document` is the session `session` names: the same project, or recovered from that
    // recovery file.
    bool isSession(const Document *document, const JobSession &session) const;
    // Adds `layer` as a new result to the project or recovery file at `path` (a session that
    // is not open), unless a layer of the same task is there already. Files are read and
    // written one at a time in the order asked, so an open() asked for later finds the layer.
    // `done` gets the error, empty when the layer is in the file.
    void addResultToFile(const QString &path, const ResultLayer &layer,
                         std::function<void(const QString &error)> done);

    // The window closes for good: writes are finished and the current session's recovery
    // file goes (background sessions keep theirs: their work is in no project).
    void sessionClosed();

signals:
    void opened(const QString &path, bool recovered);
    void saved(const QString &path);
    void failed(const QString &message);
    void recoveryFilesFound(const QList<outframe::RecoveryFile> &files);
    // A background session's last job delivered and the session went to `where` (its
    // project, or its recovery file).
    void backgroundSessionStored(const QString &name, const QString &where);
    void busyChanged(bool busy);
    void autosaveFailed(const QString &error);

private:
    struct Background;

    void busy(int delta);
    // Writes a project on a worker thread; `done` gets the error, empty when it worked.
    void writeProject(const DocumentState &state, const QString &path,
                      std::function<void(const QString &error)> done);
    void watch(Document *document);
    void adopt(const DocumentState &state, const QString &path, bool recovered);
    void retire(std::unique_ptr<Document> previous);
    void storeBackground(Background *session);

    EditingDocument *m_editing;
    QString m_recoveryDir;
    QSettings m_settings;
    RecentProjects m_recent;
    std::unique_ptr<Autosave> m_autosave;
    std::vector<std::unique_ptr<Background>> m_background;
    // The revision of each document whose save is under way: leaving a session that is being
    // saved counts as leaving a saved one.
    QHash<const Document *, quint64> m_saving;
    int m_busy = 0;
    // The session recover() opened and the recovery file it came from.
    QPointer<Document> m_recovered;
    QString m_recoveredFrom;
    // Project and recovery files are read and written here, one at a time (see
    // addResultToFile); autosave has its own writer.
    QThreadPool m_files;
};

} // namespace outframe
