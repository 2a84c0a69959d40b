// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace outframe {

// Every number the artist reads (megapixels, percentages, credits, prices, pixel counts,
// seconds) is formatted here, in one locale, so a German window shows "4,19 MP" beside
// "67,5 %" rather than two styles. Machine-readable output (JSON, file names, metadata) does
// not come here: it stays in the C locale.
namespace NumberFormat {

// The locale numbers are shown in: the default QLocale (the system's, unless a test or the
// start-up code set another). The C locale, where no locale is set (CI, tests, `LANG=C`),
// shows English numbers, the language of the source texts: "4,194,304", not "4194304".
QLocale locale();

// "67.5" / "67,5"; with decimals < 0, the shortest exact form ("0.4", "12").
QString decimal(double value, int decimals);
// `digits` significant digits: "1.25", "12.5", "125".
QString significant(double value, int digits);
// With group separators: "4,194,304" / "4.194.304".
QString integer(qint64 value);
// In the service's megapixels (1024 x 1024 px), two decimals at most: "4 MP", "3.89 MP" /
// "3,89 MP".
QString megapixels(qint64 pixels);
// "67.5 %" / "67,5 %" (the value is already in per cent).
QString percent(double value, int decimals);
// "1.5 s" / "1,5 s".
QString seconds(double value, int decimals);
// "1.2 GB", "134 MB" (decimal units, as file managers show them).
QString bytes(qint64 value);
// "$0.40" / "0,40 $".
QString dollars(double value);

} // namespace NumberFormat
} // namespace outframe
