#include "history.h"

#include "imageio.h"
#include "resultsidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace outframe {

namespace {

constexpr qint64 kMaxSidecarBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::History", text);
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
    QString problem;
    const std::optional<ResultSidecar> sidecar = ResultSidecar::fromJson(doc.object(), &problem);
    e.problem = problem;
    if (!sidecar)
        return false;
    e.engine = sidecar->engine;
    e.taskId = sidecar->taskId;
    if (sidecar->created.isValid())
        e.created = sidecar->created;
    e.label = sidecar->label;
    e.sourcePath = sidecar->sourcePath;
    const ResultSidecar::Parameters &p = sidecar->parameters;
    e.canvasSize = p.canvasSize;
    e.referenceOffset = p.referenceOffset;
    e.autoCrop = p.autoCrop;
    e.referenceScale = p.referenceScale;
    e.options = p.options;
    e.referenceRect = sidecar->referenceRect;
    e.cost = sidecar->cost;
    e.inputMegapixels = sidecar->inputMegapixels;
    e.outputMegapixels = sidecar->outputMegapixels;
    e.elapsedSeconds = sidecar->elapsedSeconds;
    return e.problem.isEmpty();
}

HistoryEntry History::entryFor(const QString &imagePath)
{
    const QFileInfo info(imagePath);
    HistoryEntry e;
    e.imagePath = info.filePath();
    e.created = info.lastModified().toUTC();
    e.label = info.fileName();
    const QString sidecar = ResultSidecar::pathFor(info.filePath());
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
