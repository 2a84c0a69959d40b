// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace outframe {

// Help > How to Outpaint: the steps from an image to an exported result, each with the
// shortcut that does it. The shortcuts are read from `window`'s actions (by object name:
// openAction, generateAction, exportAction, undoAction, settingsAction), so the text
// cannot drift from the keys that work.
QString howToOutpaintText(const QWidget *window);
void showHowToOutpaint(QWidget *window);

} // namespace outframe
