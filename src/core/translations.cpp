// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "englishplurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

// The .qm files are a resource of this static library: without this reference a program
// linking it could drop them.
static void initTranslationResources()
{
    Q_INIT_RESOURCE(outframe_core_translations);
}

namespace outframe {

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    initTranslationResources();
    installEnglishPlurals(app);
    bool found = false;
    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("outframe"), QStringLiteral("_"),
                  QString::fromLatin1(kTranslationsFolder))) {
        QCoreApplication::installTranslator(own);
        found = true;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return found;
}

} // namespace outframe
