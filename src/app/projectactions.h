// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace outframe {

class EditingDocument;
class MessageBar;
class ProjectController;
struct RecoveryFile;

// The project commands of the window — Open Project, Recent Projects, Save, Save As — and
// the questions they ask: save first, where to save, recover a crashed session. The work
// itself is the ProjectController's.
class ProjectActions : public QObject
{
    Q_OBJECT

public:
    ProjectActions(QWidget *window, MessageBar *messages, EditingDocument *document,
                   ProjectController *projects);

    void addToMenu(QMenu *file);

    // Opens a project, asking first when the session has unsaved work.
    void open(const QString &path);
    // Saves to the current project file, or asks where. False when cancelled.
    bool save();
    bool saveAs();

    // Before the session is replaced or the window closes: with unsaved work asks Save,
    // Discard or Cancel (`what`: "opening photo.jpg", "closing"). True when it is fine to go
    // on; Save saves first.
    bool confirmNewSession(const QString &what);

signals:
    void projectOpened(const QString &path);
    void projectSaved(const QString &path);

private:
    void rebuildRecentMenu();
    void offerRecovery(const QList<RecoveryFile> &files);

    QWidget *m_window;
    MessageBar *m_messages;
    EditingDocument *m_document;
    ProjectController *m_projects;
    QMenu *m_recentMenu = nullptr;
};

} // namespace outframe
