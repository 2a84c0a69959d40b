// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <optional>

namespace outframe::CliJson {

// A number when a double holds the seed exactly (fresh seeds always do), else its digits.
QJsonValue seed(std::optional<std::uint64_t> seed);
QJsonValue optional(std::optional<double> value);
QJsonValue optional(const QString &text); // null when empty

// Prints one --json line: `fields` over the summary's every key. Every --json object has the
// same keys (documented in --help and the man page): a value that does not apply or is not
// known is null, never missing.
void print(const QJsonObject &fields);

} // namespace outframe::CliJson
