// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractSpinBox;
class QWidget;

namespace outframe {

// Lets the window's Undo and Redo reach the session from a number field: a spin box claims
// Ctrl+Z for its own text even once its value is committed, so after typing W and Enter the
// artist's Ctrl+Z did nothing until the canvas was clicked. While a value is still being
// typed, Ctrl+Z stays the field's (it takes back the typing).
//
//     qApp->installEventFilter(new FieldShortcuts(window));
class FieldShortcuts : public QObject
{
    Q_OBJECT

public:
    // Acts on fields inside `window`; a child of it.
    explicit FieldShortcuts(QWidget *window);

    // True while `box` shows text that is not yet its value (typed, Enter not pressed).
    static bool isEditPending(const QAbstractSpinBox *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
};

} // namespace outframe
