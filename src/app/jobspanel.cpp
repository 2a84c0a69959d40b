// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobspanel.h"

#include "generationcontroller.h"
#include "jobqueue.h"
#include "statuscolours.h"

#include "numberformat.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outframe {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
// 0..1 while the job runs and says how far it is; negative when it runs without saying;
// unset (invalid) when no bar is drawn.
constexpr int kProgressRole = Qt::UserRole + 2;

// Draws the status cell of a running job as a progress bar carrying the status text, so the
// percentage needs no column of its own.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant progress = index.data(kProgressRole);
        if (!progress.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(1, 2, -1, -2);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        bar.minimum = 0;
        bar.maximum = 1000;
        const double value = progress.toDouble();
        bar.progress = value < 0 ? 0 : qRound(value * 1000);
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

// The status as the narrow cell says it; the tooltip has the whole of it.
QString shortStatusText(JobStatus status)
{
    if (status == JobStatus::Waiting)
        return JobsPanel::tr("Waiting");
    return jobStatusText(status);
}

int textWidth(const QWidget *widget, const QStringList &samples)
{
    int width = 0;
    for (const QString &sample : samples)
        width = std::max(width, widget->fontMetrics().horizontalAdvance(sample));
    return width + 14; // the cell's margins
}

} // namespace

namespace {

// "12.3 s", "1:05": elapsed time in the narrow column of the list.
QString compactElapsed(qint64 ms)
{
    if (ms < 60'000)
        return formatElapsed(ms);
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString formatElapsed(qint64 ms)
{
    if (ms < 60'000)
        return NumberFormat::seconds(ms / 1000.0, 1);
    const qint64 seconds = ms / 1000;
    return JobsPanel::tr("%1 min %2 s")
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

JobsPanel::JobsPanel(GenerationController *generation, QWidget *parent)
    : QWidget(parent), m_generation(generation), m_queue(generation->queue())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("jobsList"));
    m_list->setAccessibleName(tr("Jobs"));
    m_list->setRootIsDecorated(false);
    m_list->setIndentation(10);
    // The variation number leads a job's name ("2 of 4 · photo.jpg"): it is what must stay.
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setItemDelegateForColumn(StatusColumn, new StatusDelegate(m_list));
    m_list->setHeaderLabels({tr("Job"), tr("Status"), tr("Time"), tr("Cost"), QString()});
    // Only the name stretches: the other columns are as wide as their longest text, so
    // nothing moves while the jobs run and the button column is always in view.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(20);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setSectionResizeMode(JobColumn, QHeaderView::Stretch);
    QStringList statuses;
    for (const JobStatus status :
         {JobStatus::Queued, JobStatus::Preparing, JobStatus::Submitting, JobStatus::Waiting,
          JobStatus::Generating, JobStatus::Downloading, JobStatus::Done, JobStatus::Failed,
          JobStatus::Cancelled})
        statuses << shortStatusText(status);
    m_list->setColumnWidth(StatusColumn, textWidth(m_list, statuses));
    m_list->setColumnWidth(TimeColumn, textWidth(m_list, {formatElapsed(59'900), tr("Time")}));
    m_list->setColumnWidth(
        CostColumn,
        textWidth(m_list, {tr("%1 cr").arg(NumberFormat::decimal(99.9, 1)), tr("Cost")}));
    m_list->setColumnWidth(ActionColumn, 26);
    m_list->installEventFilter(this);
    // Room for a few jobs however the docks share the height.
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 8);
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
    connect(m_list, &QWidget::customContextMenuRequested, this, &JobsPanel::showContextMenu);
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

QTreeWidgetItem *JobsPanel::reasonItem(QTreeWidgetItem *row)
{
    return row && row->childCount() > 0 ? row->child(0) : nullptr;
}

void JobsPanel::addJob(int id)
{
    auto *item = new QTreeWidgetItem;
    item->setData(JobColumn, kIdRole, id);
    // Every row as tall as one with its Cancel button, so rows keep their places when a
    // job finishes and its button goes.
    QToolButton probe;
    probe.setAutoRaise(true);
    probe.setText(QStringLiteral("✕"));
    item->setSizeHint(JobColumn, QSize(0, probe.sizeHint().height()));
    item->setTextAlignment(StatusColumn, Qt::AlignCenter);
    item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(CostColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_list->addTopLevelItem(item);
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
    const bool running = !isFinal(s.status) && s.status != JobStatus::Queued;
    item->setText(StatusColumn, shortStatusText(s.status));
    item->setData(StatusColumn, kProgressRole, running ? QVariant(s.progress) : QVariant());
    const QString reason = jobErrorText(s);
    QString status = jobStatusText(s.status);
    if (running && s.progress >= 0)
        status = tr("%1, %2").arg(status, NumberFormat::percent(qRound(s.progress * 100), 0));
    item->setToolTip(StatusColumn, reason.isEmpty() ? status : reason);
    if (s.status == JobStatus::Failed)
        item->setForeground(StatusColumn,
                            statusColour(Status::Error, m_list->palette(), QPalette::Base));
    else if (s.status == JobStatus::Done)
        item->setForeground(StatusColumn,
                            statusColour(Status::Success, m_list->palette(), QPalette::Base));
    item->setText(TimeColumn, s.elapsedMs > 0 ? compactElapsed(s.elapsedMs) : QString());
    item->setToolTip(TimeColumn, s.elapsedMs > 0 ? formatElapsed(s.elapsedMs) : QString());
    item->setText(CostColumn,
                  s.cost ? tr("%1 cr").arg(NumberFormat::significant(*s.cost, 3)) : QString());
    showReason(item, s.status == JobStatus::Failed ? reason : QString());
    setAction(item, id);
}

void JobsPanel::showReason(QTreeWidgetItem *item, const QString &reason)
{
    QTreeWidgetItem *line = reasonItem(item);
    if (reason.isEmpty()) {
        delete line;
        return;
    }
    if (!line) {
        line = new QTreeWidgetItem(item);
        line->setFlags(Qt::ItemIsEnabled);
        line->setFirstColumnSpanned(true);
        line->setForeground(JobColumn,
                            statusColour(Status::Error, m_list->palette(), QPalette::Base));
    }
    line->setText(JobColumn, reason);
    line->setToolTip(JobColumn, reason);
    item->setExpanded(true);
}

// The row's one button: Cancel while the job can still be stopped, Retry once it failed or
// was cancelled, none once it delivered.
void JobsPanel::setAction(QTreeWidgetItem *item, int id)
{
    const JobStatus status = m_queue->snapshot(id).status;
    const bool cancellable = !isFinal(status);
    const bool retryable = m_generation->canRetry(id);
    auto *button = qobject_cast<QToolButton *>(m_list->itemWidget(item, ActionColumn));
    if (!cancellable && !retryable) {
        // The view would show a merely hidden button again: it goes.
        if (button)
            m_list->removeItemWidget(item, ActionColumn);
        return;
    }
    const QString name = cancellable ? tr("Cancel") : tr("Retry");
    if (button && button->accessibleName() == name)
        return;
    if (!button) {
        button = new QToolButton;
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, id] { cancelOrRetry(id); });
        m_list->setItemWidget(item, ActionColumn, button);
    }
    button->setText(cancellable ? QStringLiteral("✕") : QStringLiteral("↻"));
    button->setAccessibleName(name);
    button->setToolTip(cancellable ? tr("Cancel this job (Del)") : tr("Run this job again"));
}

void JobsPanel::cancelOrRetry(int id)
{
    if (!isFinal(m_queue->snapshot(id).status))
        m_queue->cancel(id);
    else
        retry(id);
}

void JobsPanel::retry(int id)
{
    // The new job takes the failed one's place in the list.
    if (m_generation->retry(id) > 0)
        removeJob(id);
}

void JobsPanel::removeJob(int id)
{
    delete itemFor(id);
    m_queue->remove(id);
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
        if (isFinal(m_queue->snapshot(id).status))
            removeJob(id);
    }
}

void JobsPanel::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (item && item->parent())
        item = item->parent(); // the reason line stands for its job
    if (!item)
        return;
    const int id = item->data(JobColumn, kIdRole).toInt();
    const JobStatus status = m_queue->snapshot(id).status;
    QMenu menu(this);
    menu.addAction(tr("Cancel"), this, [this, id] { m_queue->cancel(id); })
        ->setEnabled(!isFinal(status));
    menu.addAction(tr("Retry"), this, [this, id] { retry(id); })
        ->setEnabled(m_generation->canRetry(id));
    menu.addSeparator();
    menu.addAction(tr("Remove from List"), this, [this, id] { removeJob(id); })
        ->setEnabled(isFinal(status));
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

bool JobsPanel::eventFilter(QObject *watched, QEvent *event)
{
    const bool del =
        (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride) &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete;
    if (watched != m_list || !del)
        return QWidget::eventFilter(watched, event);
    // In the list, Del is the list's (the window's Delete Layer waits for the canvas).
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    // Del cancels the selected jobs that still run.
    for (QTreeWidgetItem *item : m_list->selectedItems()) {
        const int id = (item->parent() ? item->parent() : item)->data(JobColumn, kIdRole).toInt();
        m_queue->cancel(id);
    }
    return true;
}

QString jobErrorText(const JobSnapshot &snapshot)
{
    if (!snapshot.error || !snapshot.error->taskKept)
        return snapshot.errorMessage;
    return snapshot.errorMessage + u' ' +
           JobsPanel::tr("The task is kept: Outframe fetches its result on its next start.");
}

} // namespace outframe
