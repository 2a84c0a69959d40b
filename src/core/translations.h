// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace outframe {

// Puts the app (or the CLI) into the language of `locale`: the English plurals first, then
// Outframe's own translation (compiled into the program, so it is found the same from the
// build tree and installed), then Qt's qtbase translation (the standard buttons and dialogs,
// from Qt's translations folder; Debian's qt6-translations-l10n). Later translators win, so a
// real translation beats the English plurals. Returns whether Outframe's translation for the
// locale was found (false for English, which needs none).
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale());

// Where Outframe's .qm files are: the resource folder qt_add_translations fills.
inline constexpr const char *kTranslationsFolder = ":/i18n";

} // namespace outframe
