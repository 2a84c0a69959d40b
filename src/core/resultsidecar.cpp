// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cmath>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::ResultSidecar", text);
}

QJsonValue optionalValue(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> optionalNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() && std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble())
                                                       : std::nullopt;
}

// Seconds, as the first release wrote them; an unknown time is an empty string.
QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromIso(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

} // namespace

ResultSidecar::Parameters ResultSidecar::Parameters::from(const Placement &placement,
                                                          const OutpaintOptions &options)
{
    Parameters p;
    p.canvasSize = placement.canvasSize();
    p.referenceOffset = placement.resolvedOffset();
    p.autoCrop = placement.autoCrop();
    p.referenceScale = placement.referenceScale();
    p.options = options;
    p.options.prompt = options.prompt.trimmed();
    p.options.disablePromptUpsampling = false; // not recorded
    return p;
}

QJsonObject ResultSidecar::Parameters::toJson() const
{
    QJsonObject json{
        {QStringLiteral("width"), canvasSize.width()},
        {QStringLiteral("height"), canvasSize.height()},
        {QStringLiteral("reference_offset_x"), referenceOffset.x()},
        {QStringLiteral("reference_offset_y"), referenceOffset.y()},
        {QStringLiteral("auto_crop"), autoCrop},
        {QStringLiteral("reference_scale"), referenceScale},
    };
    writeOutpaintOptions(options, json);
    return json;
}

ResultSidecar::Parameters ResultSidecar::Parameters::fromJson(const QJsonObject &p)
{
    Parameters out;
    out.canvasSize = QSize(p.value("width").toInt(-1), p.value("height").toInt(-1));
    out.referenceOffset =
        QPoint(p.value("reference_offset_x").toInt(), p.value("reference_offset_y").toInt());
    out.autoCrop = p.value("auto_crop").toBool();
    const double scale = p.value("reference_scale").toDouble(1.0);
    out.referenceScale = Placement::clampReferenceScale(scale) == scale ? scale : 1.0;
    out.options = readOutpaintOptions(p);
    return out;
}

QString ResultSidecar::pathFor(const QString &imagePath)
{
    const QFileInfo info(imagePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QJsonObject ResultSidecar::toJson() const
{
    QJsonObject out{
        {QStringLiteral("format"), QStringLiteral("outframe-result")},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("engine"), resultEngineName(engine)},
        {QStringLiteral("created"), isoUtc(created)},
        {QStringLiteral("label"), label},
        {QStringLiteral("parameters"), parameters.toJson()},
        {QStringLiteral("reference_rect"),
         QJsonObject{{QStringLiteral("x"), referenceRect.x()},
                     {QStringLiteral("y"), referenceRect.y()},
                     {QStringLiteral("width"), referenceRect.width()},
                     {QStringLiteral("height"), referenceRect.height()}}},
        {QStringLiteral("cost"), optionalValue(cost)},
        {QStringLiteral("input_mp"), optionalValue(inputMegapixels)},
        {QStringLiteral("output_mp"), optionalValue(outputMegapixels)},
        {QStringLiteral("timings"),
         QJsonObject{
             {QStringLiteral("submitted"), isoUtc(submitted)},
             {QStringLiteral("ready"), ready.isValid() ? QJsonValue(isoUtc(ready)) : QJsonValue()},
             {QStringLiteral("downloaded"), isoUtc(downloaded)},
             {QStringLiteral("elapsed_s"), elapsedSeconds},
         }},
    };
    if (engine == ResultEngine::Flux)
        out.insert(QStringLiteral("task_id"), taskId);
    if (!sourcePath.isEmpty())
        out.insert(QStringLiteral("source"), sourcePath);
    return out;
}

std::optional<ResultSidecar> ResultSidecar::fromJson(const QJsonObject &o, QString *error)
{
    const auto report = [error](const QString &why) {
        if (error)
            *error = why;
    };
    report(QString());
    if (o.value("format").toString() != QLatin1String("outframe-result")) {
        report(tr("The sidecar is not an Outframe result record."));
        return std::nullopt;
    }
    ResultSidecar s;
    s.version = o.value("version").toInt(kVersion);
    if (const auto engine = resultEngineFromName(o.value("engine").toString()))
        s.engine = *engine;
    s.taskId = o.value("task_id").toString();
    s.created = fromIso(o.value("created"));
    s.label = o.value("label").toString();
    s.sourcePath = o.value("source").toString();
    s.parameters = Parameters::fromJson(o.value("parameters").toObject());
    const QJsonObject r = o.value("reference_rect").toObject();
    s.referenceRect = QRect(r.value("x").toInt(), r.value("y").toInt(), r.value("width").toInt(),
                            r.value("height").toInt());
    s.cost = optionalNumber(o, "cost");
    s.inputMegapixels = optionalNumber(o, "input_mp");
    s.outputMegapixels = optionalNumber(o, "output_mp");
    const QJsonObject t = o.value("timings").toObject();
    s.submitted = fromIso(t.value("submitted"));
    s.ready = fromIso(t.value("ready"));
    s.downloaded = fromIso(t.value("downloaded"));
    s.elapsedSeconds = optionalNumber(t, "elapsed_s").value_or(0.0);

    if (s.version > kVersion)
        report(tr("The sidecar was written by a newer Outframe; some details may be missing."));
    else if (!s.parameters.canvasSize.isValid())
        report(tr("The sidecar does not record the canvas size."));
    return s;
}

} // namespace outframe
