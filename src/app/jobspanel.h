// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace outframe {

class GenerationController;
class JobQueue;
struct JobSnapshot;

// The list of outpainting jobs, made to work at the Generate dock's default width: the name
// (elided in the middle, whole in its tooltip), the status with a progress bar while it runs,
// the time and the cost in columns of fixed width (no horizontal scrolling), and one button
// per row that is always in view: Cancel while the job runs, Retry once it failed or was
// cancelled. A failed job shows its reason on a line under it. The context menu and Del do
// the same as the button.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(GenerationController *generation, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The row of job `id` (tests and the window).
    QTreeWidgetItem *itemFor(int id) const;
    // The line under a failed job's row that says why, if it has one.
    static QTreeWidgetItem *reasonItem(QTreeWidgetItem *row);

    enum Column { JobColumn, StatusColumn, TimeColumn, CostColumn, ActionColumn };

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addJob(int id);
    void refresh(int id);
    void refreshRunning();
    void removeFinished();
    void showContextMenu(const QPoint &pos);
    void cancelOrRetry(int id);
    void retry(int id);
    void removeJob(int id);
    void setAction(QTreeWidgetItem *item, int id);
    void showReason(QTreeWidgetItem *item, const QString &reason);

    GenerationController *m_generation;
    JobQueue *m_queue;
    QTreeWidget *m_list;
    QTimer *m_clock;
};

// Why a job failed, in the app's words: the error's message, and when its paid task was kept,
// that the next start fetches it.
QString jobErrorText(const JobSnapshot &snapshot);

// "1.2 s", "1 min 05 s": elapsed time as the jobs list shows it.
QString formatElapsed(qint64 ms);

} // namespace outframe
