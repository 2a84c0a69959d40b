// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldshortcuts.h"

#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QSpinBox>

namespace outframe {

namespace {

// What the box shows for its value: QSpinBox's and QDoubleSpinBox's own formatting.
QString committedText(const QAbstractSpinBox *box)
{
    const QLocale locale = box->locale();
    QString number;
    QString prefix;
    QString suffix;
    if (const auto *spin = qobject_cast<const QSpinBox *>(box)) {
        number = spin->displayIntegerBase() == 10
                     ? locale.toString(spin->value())
                     : QString::number(spin->value(), spin->displayIntegerBase());
        prefix = spin->prefix();
        suffix = spin->suffix();
        if (spin->value() == spin->minimum() && !spin->specialValueText().isEmpty())
            return spin->specialValueText();
    } else if (const auto *real = qobject_cast<const QDoubleSpinBox *>(box)) {
        number = locale.toString(real->value(), 'f', real->decimals());
        prefix = real->prefix();
        suffix = real->suffix();
        if (real->value() == real->minimum() && !real->specialValueText().isEmpty())
            return real->specialValueText();
    } else {
        return box->text(); // another kind of box: never counted as pending
    }
    if (!box->isGroupSeparatorShown())
        number.remove(locale.groupSeparator());
    return prefix + number + suffix;
}

QAbstractSpinBox *spinBoxOf(QObject *object)
{
    // Key events reach the box, or the line edit inside it.
    if (auto *box = qobject_cast<QAbstractSpinBox *>(object))
        return box;
    return object ? qobject_cast<QAbstractSpinBox *>(object->parent()) : nullptr;
}

bool isUndoOrRedo(const QKeyEvent *event)
{
    const QKeySequence pressed(event->keyCombination());
    for (const auto key : {QKeySequence::Undo, QKeySequence::Redo}) {
        if (QKeySequence::keyBindings(key).contains(pressed))
            return true;
    }
    return pressed == QKeySequence(Qt::CTRL | Qt::Key_Y); // the window's other Redo
}

} // namespace

FieldShortcuts::FieldShortcuts(QWidget *window) : QObject(window), m_window(window) {}

bool FieldShortcuts::isEditPending(const QAbstractSpinBox *box)
{
    return box->text() != committedText(box);
}

bool FieldShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    QAbstractSpinBox *box = spinBoxOf(watched);
    if (!box || box->window() != m_window || isEditPending(box) ||
        !isUndoOrRedo(static_cast<QKeyEvent *>(event)))
        return false;
    // Not overridden: the shortcut goes to the window's action.
    event->ignore();
    return true;
}

} // namespace outframe
