// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace outframe {

// Browses the results the service saved (the results folder and its sidecars), newest
// first, with thumbnails, and brings the chosen ones back into the project as layers.
// Scanning and thumbnail decoding run on worker threads.
class HistoryBrowser : public QDialog
{
    Q_OBJECT

public:
    explicit HistoryBrowser(const QString &directory, QWidget *parent = nullptr);

    QString directory() const;
    void setDirectory(const QString &directory);
    const QList<HistoryEntry> &entries() const { return m_entries; }
    QList<HistoryEntry> selectedEntries() const;

signals:
    void addRequested(const QList<outframe::HistoryEntry> &entries);
    void scanned(int count);

private:
    void rescan();
    void showEntries(const QList<HistoryEntry> &entries);
    void updateDetails();
    void loadThumbnails(quint64 generation);

    QLineEdit *m_folder;
    QListWidget *m_list;
    QLabel *m_details;
    QPushButton *m_add;
    QList<HistoryEntry> m_entries;
    quint64 m_generation = 0;
};

} // namespace outframe
