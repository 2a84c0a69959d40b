// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspanel.h"

#include "jobqueue.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outframe {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

QString formatElapsed(qint64 ms)
{
    if (ms < 60'000)
        return JobsPanel::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    return JobsPanel::tr("%1 min %2 s")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

JobsPanel::JobsPanel(JobQueue *queue, QWidget *parent) : QWidget(parent), m_queue(queue)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("jobsList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels(
        {tr("Job"), tr("Status"), tr("Progress"), tr("Time"), tr("Cost"), QString()});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(JobColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(CancelColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(ProgressColumn, 62);
    m_list->setColumnWidth(TimeColumn, 56);
    m_list->setColumnWidth(CostColumn, 48);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    auto *clear = new QPushButton(tr("Remove finished"));
    buttons->addStretch();
    buttons->addWidget(clear);
    layout->addLayout(buttons);

    m_clock = new QTimer(this);
    m_clock->setInterval(250);
    connect(m_clock, &QTimer::timeout, this, &JobsPanel::refreshRunning);
    connect(clear, &QPushButton::clicked, this, &JobsPanel::removeFinished);
    connect(m_queue, &JobQueue::jobAdded, this, &JobsPanel::addJob);
    connect(m_queue, &JobQueue::jobChanged, this, &JobsPanel::refresh);
    connect(m_queue, &JobQueue::jobFinished, this, &JobsPanel::refresh);
    for (int id : m_queue->ids())
        addJob(id);
}

QTreeWidgetItem *JobsPanel::itemFor(int id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(JobColumn, kIdRole).toInt() == id)
            return item;
    }
    return nullptr;
}

void JobsPanel::addJob(int id)
{
    auto *item = new QTreeWidgetItem;
    item->setData(JobColumn, kIdRole, id);
    item->setTextAlignment(ProgressColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_list->addTopLevelItem(item);
    auto *cancel = new QToolButton;
    cancel->setText(QStringLiteral("✕"));
    cancel->setAutoRaise(true);
    cancel->setToolTip(tr("Cancel this job"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(cancel, &QToolButton::clicked, this, [this, id] { m_queue->cancel(id); });
    m_list->setItemWidget(item, CancelColumn, cancel);
    m_list->scrollToItem(item);
    refresh(id);
    m_clock->start();
}

void JobsPanel::refresh(int id)
{
    QTreeWidgetItem *item = itemFor(id);
    if (!item)
        return;
    const JobSnapshot s = m_queue->snapshot(id);
    item->setText(JobColumn, s.label);
    item->setToolTip(JobColumn, s.label);
    item->setText(StatusColumn, jobStatusText(s.status));
    item->setToolTip(StatusColumn, jobErrorText(s));
    if (s.status == JobStatus::Failed)
        item->setForeground(StatusColumn, QColor(0xff, 0x6b, 0x6b));
    else if (s.status == JobStatus::Done)
        item->setForeground(StatusColumn, QColor(0x6b, 0xd3, 0x7a));
    item->setText(ProgressColumn, s.status == JobStatus::Done ? QStringLiteral("100 %")
                                  : s.progress >= 0
                                      ? QStringLiteral("%1 %").arg(qRound(s.progress * 100))
                                      : QString());
    item->setText(TimeColumn, s.elapsedMs > 0 ? formatElapsed(s.elapsedMs) : QString());
    item->setText(CostColumn,
                  s.cost ? tr("%1 cr").arg(QLocale().toString(*s.cost, 'g', 4)) : QString());
    // A job that is over has nothing to cancel: its button goes (the view would show a
    // merely hidden one again).
    if (isFinal(s.status) && m_list->itemWidget(item, CancelColumn))
        m_list->removeItemWidget(item, CancelColumn);
}

void JobsPanel::refreshRunning()
{
    bool anyRunning = false;
    for (int id : m_queue->ids()) {
        if (!isFinal(m_queue->snapshot(id).status)) {
            anyRunning = true;
            refresh(id);
        }
    }
    if (!anyRunning)
        m_clock->stop();
}

void JobsPanel::removeFinished()
{
    for (int id : m_queue->ids()) {
        if (isFinal(m_queue->snapshot(id).status)) {
            delete itemFor(id);
            m_queue->remove(id);
        }
    }
}

QString jobErrorText(const JobSnapshot &snapshot)
{
    if (!snapshot.error || !snapshot.error->taskKept)
        return snapshot.errorMessage;
    return snapshot.errorMessage + u' ' +
           JobsPanel::tr("The task is kept: Outframe fetches its result on its next start.");
}

} // namespace outframe
