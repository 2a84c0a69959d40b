// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include <cmath>

#include <QCoreApplication>

namespace outframe::NumberFormat {

namespace {

// The units are translatable texts: a language may put them before the number or without a
// space. The context is the one lupdate files them under.
QString unit(const char *text, const QString &number)
{
    return QCoreApplication::translate("outframe::NumberFormat", text).arg(number);
}

} // namespace

QLocale locale()
{
    const QLocale current;
    if (current.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return current;
}

QString decimal(double value, int decimals)
{
    if (decimals < 0)
        return locale().toString(value, 'g', QLocale::FloatingPointShortest);
    return locale().toString(value, 'f', decimals);
}

QString significant(double value, int digits)
{
    return locale().toString(value, 'g', digits);
}

QString integer(qint64 value)
{
    return locale().toString(value);
}

QString megapixels(qint64 pixels)
{
    // The service's megapixel (Placement::kPixelsPerMegapixel), to two decimals at most:
    // its limit reads "4 MP", a 2.5 x 1024² px canvas "2.5 MP".
    const double value = std::round(double(pixels) / (1024.0 * 1024.0) * 100) / 100;
    return unit(QT_TRANSLATE_NOOP("outframe::NumberFormat", "%1 MP"), decimal(value, -1));
}

QString percent(double value, int decimals)
{
    return unit(QT_TRANSLATE_NOOP("outframe::NumberFormat", "%1 %"), decimal(value, decimals));
}

QString seconds(double value, int decimals)
{
    return unit(QT_TRANSLATE_NOOP("outframe::NumberFormat", "%1 s"), decimal(value, decimals));
}

QString bytes(qint64 value)
{
    if (value >= 1'000'000'000)
        return unit(QT_TRANSLATE_NOOP("outframe::NumberFormat", "%1 GB"),
                    decimal(double(value) / 1e9, 1));
    return unit(QT_TRANSLATE_NOOP("outframe::NumberFormat", "%1 MB"),
                decimal(double(value) / 1e6, 0));
}

QString dollars(double value)
{
    return unit(QT_TRANSLATE_NOOP("outframe::NumberFormat", "$%1"), decimal(value, 2));
}

} // namespace outframe::NumberFormat
