// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionshortcuts.h"

#include <QAction>
#include <QWidget>

namespace outframe {

namespace {

// The tooltip the action was given (empty: derived from its text), and the one last shown.
constexpr char kBase[] = "outframe_toolTipBase";
constexpr char kShown[] = "outframe_toolTipShown";

// What QAction derives a tooltip from: the text without mnemonics or a trailing ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    else if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

} // namespace

QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

QString withShortcut(const QString &text, const QAction *action)
{
    const QKeySequence key = action->shortcut();
    if (key.isEmpty())
        return text;
    return QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText));
}

QString shortcutToolTip(const QAction *action)
{
    const QString base = action->property(kBase).toString();
    return withShortcut(base.isEmpty() ? plainText(action) : base, action);
}

void showShortcutInToolTip(QAction *action)
{
    if (action->property(kShown).isValid())
        return; // already followed
    const auto apply = [action] {
        const QString current = action->toolTip();
        // A tooltip set by someone else since: the new base text.
        if (current != action->property(kShown).toString())
            action->setProperty(kBase, current == plainText(action) ? QString() : current);
        const QString tip = shortcutToolTip(action);
        action->setProperty(kShown, tip);
        if (current != tip)
            action->setToolTip(tip); // emits changed(): apply() then finds nothing to do
    };
    action->setProperty(kShown, QString());
    apply();
    QObject::connect(action, &QAction::changed, action, apply);
}

void showShortcutsInToolTips(QWidget *window)
{
    for (QAction *action : window->findChildren<QAction *>())
        showShortcutInToolTip(action);
}

} // namespace outframe
