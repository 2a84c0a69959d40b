// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace outframe {

// A line across the top of the canvas for things the artist must read: why a file could not
// be opened, a job that failed, a note about what was done. Never modal: work continues.
// It lies over its parent (the canvas) rather than taking room from it, so the canvas never
// moves when a message comes or goes.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Information fades after a while; warnings and errors stay until dismissed or replaced.
    void showMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToParent();

    QLabel *m_label;
    QTimer *m_timer;
    Kind m_kind = Kind::Information;
};

} // namespace outframe
