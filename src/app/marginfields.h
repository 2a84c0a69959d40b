// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMargins>
#include <QWidget>

class QPushButton;
class QSpinBox;

namespace outframe {

// "Add 500 px on the left": four fields, one a side, and Add (or Enter in any of them)
// grows the frame by what they say in one undo step; they go back to 0 after. Negative
// values crop.
class MarginFields : public QWidget
{
    Q_OBJECT

public:
    explicit MarginFields(QWidget *parent = nullptr);

    QSpinBox *field(Qt::Edge side) const;
    QPushButton *addButton() const { return m_add; }

signals:
    void addRequested(QMargins margins);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void add();

    QSpinBox *m_left;
    QSpinBox *m_right;
    QSpinBox *m_top;
    QSpinBox *m_bottom;
    QPushButton *m_add;
};

} // namespace outframe
