// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainmanifest.h"

#include "imageio.h"
#include "placement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace outframe {

namespace {

constexpr auto kFormat = "outframe-chain";

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::ChainManifest", text);
}

QJsonObject rectJson(const QRect &r)
{
    return {{"x", r.x()}, {"y", r.y()}, {"width", r.width()}, {"height", r.height()}};
}

QRect rectFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return QRect(o.value("x").toInt(), o.value("y").toInt(), o.value("width").toInt(),
                 o.value("height").toInt());
}

const char *sideName(ChainSide side)
{
    switch (side) {
    case ChainSide::Whole:
        return "whole";
    case ChainSide::Top:
        return "top";
    case ChainSide::Bottom:
        return "bottom";
    case ChainSide::Left:
        return "left";
    case ChainSide::Right:
        return "right";
    }
    return "whole";
}

std::optional<ChainSide> sideFrom(const QString &name)
{
    for (ChainSide side :
         {ChainSide::Whole, ChainSide::Top, ChainSide::Bottom, ChainSide::Left, ChainSide::Right})
        if (name == QLatin1String(sideName(side)))
            return side;
    return std::nullopt;
}

// The rules a plan read from disk must keep before anything is sent for it.
QString planProblem(const ChainPlan &plan)
{
    const QRect canvas(QPoint(0, 0), plan.canvas);
    if (plan.canvas.width() < Placement::kMinSide || plan.canvas.height() < Placement::kMinSide ||
        plan.canvas.width() > ChainPlan::kMaxCanvasSide ||
        plan.canvas.height() > ChainPlan::kMaxCanvasSide)
        return QCoreApplication::translate("outframe::ChainManifest",
                                           "its canvas size is out of range");
    if (plan.original.isEmpty() || !canvas.contains(plan.original))
        return QCoreApplication::translate("outframe::ChainManifest",
                                           "its image lies outside the canvas");
    if (plan.tiles.isEmpty())
        return QCoreApplication::translate("outframe::ChainManifest", "it has no tiles");
    int wave = 0;
    for (const ChainTile &tile : plan.tiles) {
        if (qint64(tile.rect.width()) * tile.rect.height() > Placement::kMaxPixels ||
            tile.rect.width() < Placement::kMinSide || tile.rect.height() < Placement::kMinSide ||
            !canvas.contains(tile.rect) || tile.reference.isEmpty() ||
            !tile.rect.contains(tile.reference) || !tile.rect.contains(tile.fresh))
            return QCoreApplication::translate("outframe::ChainManifest",
                                               "tile %1 breaks the service's limits")
                .arg(tile.index + 1);
        if (tile.wave < wave || tile.wave > wave + 1)
            return QCoreApplication::translate("outframe::ChainManifest",
                                               "its tiles are out of order");
        wave = tile.wave;
    }
    return {};
}

} // namespace

QString ChainManifest::manifestPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("chain.json"));
}

QString ChainManifest::originalPath(const QString &folder)
{
    return QDir(folder).filePath(QStringLiteral("original.png"));
}

QString ChainManifest::tilePath(const QString &folder, int tileIndex)
{
    return QDir(folder).filePath(QStringLiteral("tile-%1.png").arg(tileIndex + 1));
}

std::optional<int> ChainManifest::tileIndexOf(const QString &folder, const QString &path)
{
    const QFileInfo info(path);
    if (QDir::cleanPath(info.absolutePath()) !=
        QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
        return std::nullopt;
    static const QRegularExpression name(QStringLiteral("^tile-([1-9][0-9]{0,5})\\.png$"));
    const auto match = name.match(info.fileName());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt() - 1;
}

bool ChainManifest::create(const QString &folder, const QImage &original, QString *error) const
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error =
                tr("Could not create the folder “%1” for the steps of this canvas.").arg(folder);
        return false;
    }
    QString encodeError;
    const QByteArray png = ImageIO::encode(original, ImageFormat::Png, 100, &encodeError);
    if (png.isEmpty()) {
        if (error)
            *error = encodeError;
        return false;
    }
    return ImageIO::writeFileAtomically(originalPath(folder), png, error) && save(folder, error);
}

bool ChainManifest::save(const QString &folder, QString *error) const
{
    QJsonArray tiles;
    for (const ChainTile &tile : plan.tiles)
        tiles.append(QJsonObject{{"wave", tile.wave},
                                 {"side", QLatin1String(sideName(tile.side))},
                                 {"rect", rectJson(tile.rect)},
                                 {"reference", rectJson(tile.reference)},
                                 {"fresh", rectJson(tile.fresh)}});
    QJsonObject tasks;
    for (auto it = taskIds.cbegin(); it != taskIds.cend(); ++it)
        tasks.insert(QString::number(it.key() + 1), it.value());
    QJsonObject optionsJson{{"disable_pup", options.disablePromptUpsampling}};
    writeOutpaintOptions(options, optionsJson);
    const QJsonObject json{
        {"format", QLatin1String(kFormat)},
        {"version", kVersion},
        {"label", label},
        {"source", sourcePath},
        {"output", outputPath},
        {"engine", resultEngineName(engine)},
        {"options", optionsJson},
        {"canvas", QJsonObject{{"width", plan.canvas.width()}, {"height", plan.canvas.height()}}},
        {"original", rectJson(plan.original)},
        {"tiles", tiles},
        {"tasks", tasks},
    };
    return ImageIO::writeFileAtomically(manifestPath(folder), QJsonDocument(json).toJson(), error);
}

std::optional<ChainManifest> ChainManifest::load(const QString &folder, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<ChainManifest> {
        if (error)
            *error = tr("The unfinished canvas in “%1” cannot be resumed: %2.").arg(folder, why);
        return std::nullopt;
    };
    QFile file(manifestPath(folder));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("its chain.json cannot be read"));
    if (file.size() > 16 * 1024 * 1024)
        return fail(tr("its chain.json is too large"));
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError ||
        o.value("format").toString() != QLatin1String(kFormat))
        return fail(tr("its chain.json is damaged"));
    if (o.value("version").toInt() > kVersion)
        return fail(tr("it was made by a newer Outframe"));

    ChainManifest m;
    m.label = o.value("label").toString();
    m.sourcePath = o.value("source").toString();
    m.outputPath = o.value("output").toString();
    m.engine = resultEngineFromName(o.value("engine").toString()).value_or(ResultEngine::Flux);
    const QJsonObject options = o.value("options").toObject();
    m.options = readOutpaintOptions(options);
    m.options.disablePromptUpsampling = options.value("disable_pup").toBool();

    const QJsonObject canvas = o.value("canvas").toObject();
    m.plan.canvas = QSize(canvas.value("width").toInt(), canvas.value("height").toInt());
    m.plan.original = rectFrom(o.value("original"));
    const QJsonArray tiles = o.value("tiles").toArray();
    if (tiles.size() > 100000)
        return fail(tr("its plan is damaged"));
    for (const QJsonValue &value : tiles) {
        const QJsonObject t = value.toObject();
        const auto side = sideFrom(t.value("side").toString());
        if (!side)
            return fail(tr("its plan is damaged"));
        m.plan.tiles.append(ChainTile{int(m.plan.tiles.size()), t.value("wave").toInt(), *side,
                                      rectFrom(t.value("rect")), rectFrom(t.value("reference")),
                                      rectFrom(t.value("fresh"))});
    }
    if (const QString problem = planProblem(m.plan); !problem.isEmpty())
        return fail(problem);
    const QJsonObject tasks = o.value("tasks").toObject();
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        const int index = it.key().toInt() - 1;
        if (index >= 0 && index < m.plan.tiles.size() && !it.value().toString().isEmpty())
            m.taskIds.insert(index, it.value().toString());
    }
    return m;
}

QImage ChainManifest::loadOriginal(const QString &folder, const ChainPlan &plan, QString *error)
{
    const LoadedImage loaded = ImageIO::load(originalPath(folder));
    if (!loaded.ok() || loaded.image.size() != plan.original.size()) {
        if (error)
            *error = loaded.ok()
                         ? tr("The image of the unfinished canvas in “%1” does not match its plan.")
                               .arg(folder)
                         : loaded.error;
        return {};
    }
    return loaded.image;
}

} // namespace outframe
