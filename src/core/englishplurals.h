// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

class QCoreApplication;

namespace outframe {

// English plural forms for the "%n item(s)" texts: "1 time", "2 times". Outframe ships no
// English translation file, and without one Qt prints the "(s)" verbatim. Installed first, so
// any real translation installed later takes precedence.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;

    // "(s)" becomes "" for n == 1 and "s" otherwise; texts without a count are left alone.
    static QString pluralise(const QString &text, int n);
};

void installEnglishPlurals(QCoreApplication *app);

} // namespace outframe
