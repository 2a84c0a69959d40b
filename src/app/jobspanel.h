// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace outframe {

class JobQueue;
struct JobSnapshot;

// The list of outpainting jobs: each one's status, progress, elapsed time and cost, with a
// Cancel button while it runs.
class JobsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPanel(JobQueue *queue, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The row of job `id` (tests and the window).
    QTreeWidgetItem *itemFor(int id) const;

    enum Column { JobColumn, StatusColumn, ProgressColumn, TimeColumn, CostColumn, CancelColumn };

private:
    void addJob(int id);
    void refresh(int id);
    void refreshRunning();
    void removeFinished();

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
