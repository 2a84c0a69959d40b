// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clijson.h"

#include <QJsonDocument>

#include <cstdio>

namespace outframe::CliJson {

QJsonValue seed(std::optional<std::uint64_t> value)
{
    if (!value)
        return {};
    if (*value < (std::uint64_t(1) << 53))
        return double(*value);
    return QString::number(*value);
}

QJsonValue optional(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

namespace {

QJsonObject summaryTemplate()
{
    QJsonObject summary;
    for (const char *key :
         {"status", "exit_code", "error", "id", "engine", "cost", "input", "input_mp", "output_mp",
          "output", "saved", "layer", "elapsed_s", "seed"})
        summary.insert(QLatin1String(key), QJsonValue());
    return summary;
}

} // namespace

QJsonValue optional(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

void print(const QJsonObject &fields)
{
    QJsonObject object = summaryTemplate();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        object.insert(it.key(), it.value());
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace outframe::CliJson
