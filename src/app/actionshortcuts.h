// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QWidget;

namespace outframe {

// The platform's keys for `key` when it has any (QKeySequence::Preferences has none on
// Linux, for one), else `fallback`: a standard key wherever one exists, and never none.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback);

// The one rule for naming a shortcut in a tooltip: "Generate (Ctrl+Return)", the action's
// first shortcut in the platform's own words (QKeySequence::NativeText: "⌘↩" on macOS).
// `text` unchanged when the action has no shortcut.
QString withShortcut(const QString &text, const QAction *action);

// The tooltip `action` should show: its own tooltip (or its text without the mnemonic) with
// its shortcut.
QString shortcutToolTip(const QAction *action);

// Every action in `window` (menus, toolbars, panels) shows its shortcut in its tooltip from
// now on, also when its text, tooltip or shortcut changes later (Undo's text follows the
// stack). Actions created afterwards need a call of their own.
void showShortcutsInToolTips(QWidget *window);
void showShortcutInToolTip(QAction *action);

} // namespace outframe
