// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historybrowser.h"

#include "numberformat.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIcon>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace outframe {

namespace {

constexpr int kThumb = 128;

// Decodes straight to thumbnail size: a 4 MP result costs a fraction of a full decode.
QImage thumbnail(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(size.scaled(kThumb, kThumb, Qt::KeepAspectRatio));
    return reader.read();
}

QString describe(const HistoryEntry &e)
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(QFileInfo(e.imagePath).fileName().toHtmlEscaped());
    lines << HistoryBrowser::tr("%1, %2").arg(
        e.engine == ResultEngine::Local ? HistoryBrowser::tr("offline engine")
                                        : HistoryBrowser::tr("FLUX"),
        QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat));
    if (!e.options.prompt.isEmpty())
        lines << HistoryBrowser::tr("Prompt: %1").arg(e.options.prompt.toHtmlEscaped());
    if (e.canvasSize.isValid())
        lines << HistoryBrowser::tr("%1 × %2 px")
                     .arg(e.canvasSize.width())
                     .arg(e.canvasSize.height());
    if (e.cost)
        lines << HistoryBrowser::tr("Cost: %1 credits").arg(NumberFormat::significant(*e.cost, 4));
    if (e.elapsedSeconds > 0)
        lines << HistoryBrowser::tr("Time: %1").arg(NumberFormat::seconds(e.elapsedSeconds, 1));
    if (!e.sourcePath.isEmpty())
        lines << HistoryBrowser::tr("Made from: %1").arg(e.sourcePath.toHtmlEscaped());
    if (!e.problem.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(e.problem.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

} // namespace

HistoryBrowser::HistoryBrowser(const QString &directory, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("History"));
    resize(860, 600);
    m_folder = new QLineEdit(directory);
    m_folder->setReadOnly(true);
    auto *choose = new QPushButton(tr("Folder…"));
    auto *refresh = new QPushButton(tr("Refresh"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Results in")));
    top->addWidget(m_folder, 1);
    top->addWidget(choose);
    top->addWidget(refresh);

    m_list = new QListWidget;
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumb, kThumb));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    // Room for the whole thumbnail and a two-line caption from the first paint, before any
    // thumbnail has loaded: a grid sized by the items would be sized by empty ones.
    m_list->setWordWrap(true);
    const int lines = 2 * m_list->fontMetrics().lineSpacing();
    m_list->setGridSize(QSize(kThumb + 24, kThumb + lines + 16));
    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_details->setMinimumWidth(240);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_add = buttons->addButton(tr("Add to Project"), QDialogButtonBox::AcceptRole);
    m_add->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QList<HistoryEntry> chosen = selectedEntries();
        if (!chosen.isEmpty())
            emit addRequested(chosen);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, m_add, &QPushButton::click);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &HistoryBrowser::updateDetails);
    connect(refresh, &QPushButton::clicked, this, &HistoryBrowser::rescan);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Results folder"), m_folder->text());
        if (!dir.isEmpty())
            setDirectory(dir);
    });
    rescan();
}

QString HistoryBrowser::directory() const
{
    return m_folder->text();
}

void HistoryBrowser::setDirectory(const QString &directory)
{
    m_folder->setText(directory);
    rescan();
}

QList<HistoryEntry> HistoryBrowser::selectedEntries() const
{
    QList<HistoryEntry> out;
    for (const QListWidgetItem *item : m_list->selectedItems())
        out << m_entries.value(item->data(Qt::UserRole).toInt());
    return out;
}

void HistoryBrowser::rescan()
{
    const quint64 generation = ++m_generation;
    m_list->clear();
    m_details->setText(tr("Reading %1…").arg(directory().toHtmlEscaped()));
    auto *watcher = new QFutureWatcher<QList<HistoryEntry>>(this);
    connect(watcher, &QFutureWatcher<QList<HistoryEntry>>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer scan was started
                showEntries(watcher->result());
                loadThumbnails(generation);
            });
    const QString dir = directory();
    watcher->setFuture(QtConcurrent::run([dir] { return History::scan(dir); }));
}

void HistoryBrowser::showEntries(const QList<HistoryEntry> &entries)
{
    m_entries = entries;
    m_list->clear();
    // Every item has an icon of the thumbnails' full size until its own arrives.
    QPixmap blank(kThumb, kThumb);
    blank.fill(palette().color(QPalette::Mid));
    const QIcon placeholder(blank);
    for (int i = 0; i < entries.size(); ++i) {
        const HistoryEntry &e = entries.at(i);
        auto *item =
            new QListWidgetItem(QLocale().toString(e.created.toLocalTime(), QLocale::ShortFormat));
        item->setData(Qt::UserRole, i);
        item->setIcon(placeholder);
        item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
        item->setToolTip(e.options.prompt.isEmpty() ? QFileInfo(e.imagePath).fileName()
                                                    : e.options.prompt);
        m_list->addItem(item);
    }
    m_details->setText(entries.isEmpty() ? tr("No results in this folder yet.")
                                         : tr("%n result(s). Select to see details; add them "
                                              "to the project as layers.",
                                              nullptr, int(entries.size())));
    emit scanned(int(entries.size()));
}

void HistoryBrowser::loadThumbnails(quint64 generation)
{
    // One worker task per image; each fills its item in when done.
    for (int i = 0; i < m_entries.size(); ++i) {
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, generation, i] {
            watcher->deleteLater();
            if (generation != m_generation || i >= m_list->count())
                return;
            const QImage img = watcher->result();
            if (!img.isNull())
                m_list->item(i)->setIcon(QIcon(QPixmap::fromImage(img)));
        });
        const QString path = m_entries.at(i).imagePath;
        watcher->setFuture(QtConcurrent::run([path] { return thumbnail(path); }));
    }
}

void HistoryBrowser::updateDetails()
{
    const QList<HistoryEntry> chosen = selectedEntries();
    m_add->setEnabled(!chosen.isEmpty());
    if (chosen.size() == 1)
        m_details->setText(describe(chosen.first()));
    else if (!chosen.isEmpty())
        m_details->setText(tr("%n result(s) selected.", nullptr, int(chosen.size())));
}

} // namespace outframe
