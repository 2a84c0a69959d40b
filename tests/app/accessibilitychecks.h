// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a screen reader and a keyboard user meet, checked over a whole widget tree: the name
// each control is announced by, the shortcut in each action's tooltip, and labels whose "&"
// would be shown as an ampersand instead of underlining a mnemonic.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>

namespace outframe::testing {

// The name assistive technology is given for `w`, as Qt's accessibility bridge reports it
// (its accessible name, a button's text, the text of the label it is the buddy of). A combo
// box counts only with a name or a label: on Linux Qt reports its current item as its name
// (and gives the label as a relation), which says nothing of what is being chosen.
inline QString accessibleNameOf(QWidget *w)
{
    if (qobject_cast<QComboBox *>(w)) {
        if (!w->accessibleName().isEmpty())
            return w->accessibleName();
        for (QLabel *label : w->window()->findChildren<QLabel *>())
            if (label->buddy() == w)
                return label->text().remove(QLatin1Char('&'));
        return QString();
    }
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

inline bool hasWords(const QString &name)
{
    for (const QChar c : name)
        if (c.isLetter())
            return true;
    return false;
}

// The controls a user operates, not the parts Qt builds inside them (a spin box's line edit,
// a line edit's clear button, a combo box's popup, a tab bar's scroll arrows, scroll bars,
// a view's header and editors).
inline bool isInteractiveControl(QWidget *w)
{
    if (qobject_cast<QScrollBar *>(w))
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false; // Qt's own parts: the toolbar's extension button, the spin box's line edit
    for (QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p) ||
            qobject_cast<QLineEdit *>(p) || qobject_cast<QTabBar *>(p) ||
            qobject_cast<QScrollBar *>(p) || qobject_cast<QAbstractItemView *>(p))
            return false;
    if (w->isWindow() && w->parentWidget() && qobject_cast<QComboBox *>(w->parentWidget()))
        return false; // a combo box's popup
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
           qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
           qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractItemView *>(w) ||
           qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w) ||
           qobject_cast<QGraphicsView *>(w);
}

inline QString describe(QWidget *w)
{
    QString text;
    if (auto *b = qobject_cast<QAbstractButton *>(w))
        text = b->text();
    return QStringLiteral("%1 \"%2\" text \"%3\" in %4")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text,
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                               : QStringLiteral("-"));
}

// Every interactive control under `root` with no name, or a name without a letter (✕, ▲).
inline QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!isInteractiveControl(w))
            continue;
        const QString name = accessibleNameOf(w);
        if (!hasWords(name))
            out << QStringLiteral("%1: name \"%2\"").arg(describe(w), name);
    }
    return out;
}

// Every action under `root` with a shortcut that its tooltip does not name.
inline QStringList actionsWithoutShortcutInToolTip(QWidget *root)
{
    QStringList out;
    for (QAction *action : root->findChildren<QAction *>()) {
        if (action->shortcut().isEmpty())
            continue;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        if (!action->toolTip().contains(key))
            out << QStringLiteral("%1: tooltip \"%2\" lacks %3")
                       .arg(action->text(), action->toolTip(), key);
    }
    return out;
}

// Labels that show "&" as an ampersand: a mnemonic written with no buddy to go to.
inline QStringList labelsShowingAmpersand(QWidget *root)
{
    QStringList out;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
            continue; // "&amp;" and friends are markup there
        const QString text = QString(label->text()).remove(QLatin1String("&&"));
        if (text.contains(QLatin1Char('&')) && !label->buddy())
            out << QStringLiteral("label \"%1\" (%2)").arg(label->text(), label->objectName());
    }
    return out;
}

} // namespace outframe::testing
