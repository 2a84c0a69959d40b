#include "history.h"

#include "imageio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace outframe {

namespace {

constexpr qint64 kMaxSidecarBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::History", text);
}

std::optional<double> optionalNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() && std::isfinite(v.toDouble()) ? std::optional<double>(v.toDouble())
                                                       : std::nullopt;
}

QString sidecarFor(const QFileInfo &image)
{
    return image.dir().filePath(image.completeBaseName() + QStringLiteral(".json"));
}

} // namespace

Placement HistoryEntry::placement(QSize referenceNativeSize) const
{
    QSize native = referenceNativeSize;
    if (native.isEmpty() && referenceRect.isValid())
        native = QSize(int(std::lround(referenceRect.width() / referenceScale)),
                       int(std::lround(referenceRect.height() / referenceScale)));
    Placement p(canvasSize, native);
    p.setReferenceScale(referenceScale);
    p.setOffset(referenceOffset);
    p.setAutoCrop(autoCrop);
    return p;
}

ResultLayer HistoryEntry::toLayer(const QImage &image, QSize referenceNativeSize) const
{
    ResultLayer l;
    l.name = label.isEmpty() ? QFileInfo(imagePath).completeBaseName() : label;
    l.image = ImageIO::normalised(image);
    l.engine = engine;
    l.taskId = taskId;
    l.options = options;
    l.placement = placement(referenceNativeSize);
    l.referenceRect = referenceRect;
    l.cost = cost;
    l.created = created;
    l.elapsedSeconds = elapsedSeconds;
    l.sourcePath = imagePath;
    return l;
}

bool History::readSidecar(const QByteArray &json, HistoryEntry &e)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        e.problem = tr("The sidecar is not valid JSON (%1).").arg(error.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value("format").toString() != QLatin1String("outframe-result")) {
        e.problem = tr("The sidecar is not an Outframe result record.");
        return false;
    }
    if (o.value("version").toInt() > 1)
        e.problem = tr("The sidecar was written by a newer Outframe; some details may be missing.");

    if (const auto engine = resultEngineFromName(o.value("engine").toString()))
        e.engine = *engine;
    e.taskId = o.value("task_id").toString();
    const QDateTime created = QDateTime::fromString(o.value("created").toString(), Qt::ISODate);
    if (created.isValid())
        e.created = created;
    e.label = o.value("label").toString();
    e.sourcePath = o.value("source").toString();

    const QJsonObject p = o.value("parameters").toObject();
    e.canvasSize = QSize(p.value("width").toInt(-1), p.value("height").toInt(-1));
    e.referenceOffset =
        QPoint(p.value("reference_offset_x").toInt(), p.value("reference_offset_y").toInt());
    e.autoCrop = p.value("auto_crop").toBool();
    const double scale = p.value("reference_scale").toDouble(1.0);
    e.referenceScale = std::isfinite(scale) && scale > 0 && scale <= 1 ? scale : 1.0;
    e.options.prompt = p.value("prompt").toString();
    e.options.mode =
        generationModeFromName(p.value("mode").toString()).value_or(GenerationMode::High);
    e.options.outputFormat =
        imageFormatFromName(p.value("output_format").toString()).value_or(ImageFormat::Png);
    e.options.safetyTolerance =
        qBound(OutpaintOptions::kMinSafetyTolerance, p.value("safety_tolerance").toInt(2),
               OutpaintOptions::kMaxSafetyTolerance);

    const QJsonObject r = o.value("reference_rect").toObject();
    e.referenceRect = QRect(r.value("x").toInt(), r.value("y").toInt(), r.value("width").toInt(),
                            r.value("height").toInt());
    e.cost = optionalNumber(o, "cost");
    e.inputMegapixels = optionalNumber(o, "input_mp");
    e.outputMegapixels = optionalNumber(o, "output_mp");
    e.elapsedSeconds = optionalNumber(o.value("timings").toObject(), "elapsed_s").value_or(0.0);
    if (!e.canvasSize.isValid() && e.problem.isEmpty())
        e.problem = tr("The sidecar does not record the canvas size.");
    return e.problem.isEmpty();
}

HistoryEntry History::entryFor(const QString &imagePath)
{
    const QFileInfo info(imagePath);
    HistoryEntry e;
    e.imagePath = info.filePath();
    e.created = info.lastModified().toUTC();
    e.label = info.fileName();
    const QString sidecar = sidecarFor(info);
    QFile file(sidecar);
    if (!file.exists()) {
        e.problem = tr("There is no sidecar; only the image is known.");
        return e;
    }
    e.sidecarPath = sidecar;
    if (file.size() > kMaxSidecarBytes) {
        e.problem = tr("The sidecar is implausibly large.");
        return e;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        e.problem = tr("The sidecar cannot be read: %1").arg(file.errorString());
        return e;
    }
    readSidecar(file.readAll(), e);
    return e;
}

QList<HistoryEntry> History::scan(const QString &directory)
{
    QList<HistoryEntry> out;
    const QDir dir(directory);
    const QStringList images = {QStringLiteral("*.png"), QStringLiteral("*.jpg"),
                                QStringLiteral("*.jpeg"), QStringLiteral("*.webp")};
    for (const QFileInfo &info : dir.entryInfoList(images, QDir::Files | QDir::Readable)) {
        if (info.size() == 0)
            continue; // an interrupted write elsewhere; nothing to show
        out.append(entryFor(info.filePath()));
    }
    std::sort(out.begin(), out.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
        return a.created != b.created ? a.created > b.created : a.imagePath < b.imagePath;
    });
    return out;
}

} // namespace outframe
