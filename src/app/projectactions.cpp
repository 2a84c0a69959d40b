// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectactions.h"

#include "actionshortcuts.h"
#include "editingdocument.h"
#include "messagebar.h"
#include "projectcontroller.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace outframe {

ProjectActions::ProjectActions(QWidget *window, MessageBar *messages, EditingDocument *document,
                               ProjectController *projects)
    : QObject(window), m_window(window), m_messages(messages), m_document(document),
      m_projects(projects)
{
    connect(projects, &ProjectController::failed, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Kind::Error);
    });
    connect(projects, &ProjectController::autosaveFailed, this, [this](const QString &error) {
        m_messages->showMessage(tr("Autosave failed: %1").arg(error), MessageBar::Kind::Warning);
    });
    connect(projects, &ProjectController::saved, this, [this](const QString &path) {
        m_messages->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()),
                                MessageBar::Kind::Information);
        emit projectSaved(path);
    });
    connect(projects, &ProjectController::opened, this,
            [this](const QString &path, bool) { emit projectOpened(path); });
    connect(projects, &ProjectController::backgroundSessionStored, this,
            [this](const QString &name, const QString &where) {
                m_messages->showMessage(tr("The last result for %1 arrived and was saved in %2.")
                                            .arg(name, QDir::toNativeSeparators(where)),
                                        MessageBar::Kind::Information);
            });
    connect(projects, &ProjectController::recoveryFilesFound, this, &ProjectActions::offerRecovery);
}

void ProjectActions::addToMenu(QMenu *file)
{
    QAction *openProject = file->addAction(tr("Open &Project…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Project"), QString(),
                                                          tr("Outframe projects (*.outframe)"));
        if (!path.isEmpty())
            open(path);
    });
    openProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Recent P&rojects"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ProjectActions::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(tr("&Save Project"), this, [this] { save(); })->setShortcut(QKeySequence::Save);
    file->addAction(tr("Save Project &As…"), this, [this] { saveAs(); })
        ->setShortcuts(
            standardOr(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
}

void ProjectActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_projects->recent().paths();
    for (const QString &path : paths)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { open(path); })
            ->setToolTip(path);
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    else
        m_recentMenu->addAction(tr("&Clear List"), this, [this] { m_projects->recent().clear(); });
}

void ProjectActions::open(const QString &path)
{
    if (!confirmNewSession(tr("opening %1").arg(QFileInfo(path).fileName())))
        return;
    m_projects->open(path);
}

bool ProjectActions::save()
{
    const QString path = m_document->document()->filePath();
    if (path.isEmpty())
        return saveAs();
    m_projects->save(path);
    return true;
}

bool ProjectActions::saveAs()
{
    const Document *document = m_document->document();
    QString start = document->filePath();
    if (start.isEmpty() && !document->referencePath().isEmpty()) {
        const QFileInfo reference(document->referencePath());
        start =
            reference.dir().filePath(reference.completeBaseName() + QStringLiteral(".outframe"));
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project"), start,
                                                tr("Outframe projects (*.outframe)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".outframe"), Qt::CaseInsensitive))
        path += QStringLiteral(".outframe");
    m_projects->save(path);
    return true;
}

bool ProjectActions::confirmNewSession(const QString &what)
{
    if (!m_projects->hasUnsavedWork())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("The session has results or changes that are not saved in a project. Save them "
           "before %1?")
            .arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

void ProjectActions::offerRecovery(const QList<RecoveryFile> &files)
{
    // Unreadable ones are named and left in place: they may still be worth rescuing.
    for (const RecoveryFile &file : files)
        if (!file.problem.isEmpty())
            m_messages->showMessage(tr("A recovery file cannot be read and was left in %1: %2")
                                        .arg(QDir::toNativeSeparators(file.path), file.problem),
                                    MessageBar::Kind::Warning);
    const auto newest = std::find_if(files.cbegin(), files.cend(),
                                     [](const RecoveryFile &f) { return f.problem.isEmpty(); });
    if (newest == files.cend())
        return;
    const RecoveryFile file = *newest;
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Recover session"));
    box.setIcon(QMessageBox::Question);
    box.setText(tr("Outframe did not close properly. Recover the session autosaved at %1%2?")
                    .arg(QLocale().toString(file.saved, QLocale::ShortFormat),
                         file.projectPath.isEmpty()
                             ? QString()
                             : tr(" (project %1)").arg(QFileInfo(file.projectPath).fileName())));
    auto *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    auto *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == discard)
        ProjectController::discardRecovery(file);
    else if (box.clickedButton() == recover && confirmNewSession(tr("recovering")))
        m_projects->recover(file);
}

} // namespace outframe
