// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "englishplurals.h"

#include <QCoreApplication>

#include <cstring>

namespace outframe {

QString EnglishPlurals::pluralise(const QString &text, int n)
{
    QString out = text;
    out.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

QString EnglishPlurals::translate(const char *, const char *sourceText, const char *, int n) const
{
    // A null string tells Qt "not translated here": it then uses the source text.
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
        return QString();
    return pluralise(QString::fromUtf8(sourceText), n);
}

void installEnglishPlurals(QCoreApplication *app)
{
    QCoreApplication::installTranslator(new EnglishPlurals(app));
}

} // namespace outframe
