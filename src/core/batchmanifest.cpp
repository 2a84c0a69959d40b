// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchmanifest.h"

#include "imageio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace outframe {

namespace {

constexpr auto kFormat = "outframe-batch";
constexpr qint64 kMaxManifestBytes = 64 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::BatchManifest", text);
}

const char *stateName(BatchItem::State state)
{
    switch (state) {
    case BatchItem::State::Pending:
        return "pending";
    case BatchItem::State::Done:
        return "done";
    case BatchItem::State::Failed:
        return "failed";
    }
    return "pending";
}

std::optional<BatchItem::State> stateFrom(const QString &name)
{
    for (auto state : {BatchItem::State::Pending, BatchItem::State::Done, BatchItem::State::Failed})
        if (name == QLatin1String(stateName(state)))
            return state;
    return std::nullopt;
}

} // namespace

QString BatchManifest::batchesDirectory(const QString &resultsDirectory)
{
    return QDir(resultsDirectory).filePath(QStringLiteral("batches"));
}

QString BatchManifest::manifestPath(const QString &folder)
{
    return QDir(folder).filePath(QLatin1String(kFileName));
}

int BatchManifest::settledCount() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const BatchItem &item) {
        return item.state != BatchItem::State::Pending;
    }));
}

bool BatchManifest::save(const QString &folder, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Could not create the folder “%1” for the batch.").arg(folder);
        return false;
    }
    QJsonArray list;
    for (const BatchItem &item : items)
        list.append(QJsonObject{
            {"input", item.input},
            {"output", item.output},
            {"frame", frameRuleJson(item.frame)},
            {"state", QLatin1String(stateName(item.state))},
            {"task_id", item.taskId},
            {"error", item.error},
            {"cost", item.cost ? QJsonValue(*item.cost) : QJsonValue()},
            {"elapsed_s", item.elapsedS},
            {"chain", item.chainFolder},
            {"seed", item.seed ? QJsonValue(QString::number(*item.seed)) : QJsonValue()},
        });
    QJsonObject optionsJson{{"disable_pup", options.disablePromptUpsampling}};
    writeOutpaintOptions(options, optionsJson);
    const QJsonObject json{
        {"format", QLatin1String(kFormat)},
        {"version", kVersion},
        {"engine", resultEngineName(engine)},
        {"keep_original", keepOriginal},
        // A string: JSON numbers lose 64-bit seeds.
        {"seed", seed ? QJsonValue(QString::number(*seed)) : QJsonValue()},
        {"options", optionsJson},
        {"items", list},
    };
    return ImageIO::writeFileAtomically(manifestPath(folder), QJsonDocument(json).toJson(), error);
}

std::optional<BatchManifest> BatchManifest::load(const QString &folder, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<BatchManifest> {
        if (error)
            *error = tr("The unfinished batch in “%1” cannot be resumed: %2.").arg(folder, why);
        return std::nullopt;
    };
    QFile file(manifestPath(folder));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("its batch.json cannot be read"));
    if (file.size() > kMaxManifestBytes)
        return fail(tr("its batch.json is too large"));
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError ||
        o.value("format").toString() != QLatin1String(kFormat))
        return fail(tr("its batch.json is damaged"));
    if (o.value("version").toInt() > kVersion)
        return fail(tr("it was made by a newer Outframe"));

    BatchManifest m;
    const auto engine = resultEngineFromName(o.value("engine").toString());
    if (!engine)
        return fail(tr("its batch.json is damaged"));
    m.engine = *engine;
    m.keepOriginal = o.value("keep_original").toBool(true);
    if (const QString seed = o.value("seed").toString(); !seed.isEmpty()) {
        bool ok = false;
        m.seed = seed.toULongLong(&ok);
        if (!ok)
            return fail(tr("its batch.json is damaged"));
    }
    const QJsonObject options = o.value("options").toObject();
    m.options = readOutpaintOptions(options);
    m.options.disablePromptUpsampling = options.value("disable_pup").toBool();
    for (const QJsonValue &value : o.value("items").toArray()) {
        const QJsonObject i = value.toObject();
        BatchItem item;
        item.input = i.value("input").toString();
        item.output = i.value("output").toString();
        const auto frame = frameRuleFrom(i.value("frame").toObject());
        const auto state = stateFrom(i.value("state").toString());
        if (item.input.isEmpty() || item.output.isEmpty() || !frame || !state)
            return fail(tr("item %1 is damaged").arg(m.items.size() + 1));
        item.frame = *frame;
        item.state = *state;
        item.taskId = i.value("task_id").toString();
        item.error = i.value("error").toString();
        if (i.value("cost").isDouble())
            item.cost = i.value("cost").toDouble();
        item.elapsedS = i.value("elapsed_s").toDouble();
        item.chainFolder = i.value("chain").toString();
        if (const QString seed = i.value("seed").toString(); !seed.isEmpty()) {
            bool ok = false;
            item.seed = seed.toULongLong(&ok);
            if (!ok)
                return fail(tr("item %1 is damaged").arg(m.items.size() + 1));
        }
        m.items << item;
    }
    if (m.items.isEmpty())
        return fail(tr("it has no items"));
    return m;
}

QList<BatchItem> batchItems(const QStringList &inputs, const QList<BatchFrame> &frames,
                            const QString &outputFolder, const QString &suffix, const QString &stem)
{
    QList<BatchItem> items;
    QSet<QString> taken;
    const QDir folder(outputFolder);
    for (const QString &input : inputs) {
        const QString base =
            folder.filePath(stem.isEmpty() ? QFileInfo(input).completeBaseName() : stem);
        for (const BatchFrame &frame : frames) {
            const QString tagged = frame.tag.isEmpty() ? base : base + u'-' + frame.tag;
            QString output = QFileInfo(tagged + u'.' + suffix).absoluteFilePath();
            for (int n = 2; taken.contains(output); ++n)
                output = QFileInfo(tagged + u'-' + QString::number(n) + u'.' + suffix)
                             .absoluteFilePath();
            taken.insert(output);
            BatchItem item;
            item.input = QFileInfo(input).absoluteFilePath();
            item.output = output;
            item.frame = frame.rule;
            items << item;
        }
    }
    return items;
}

} // namespace outframe
