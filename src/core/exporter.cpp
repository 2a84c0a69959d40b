// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "imageio.h"
#include "layerrenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSet>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::Exporter", text);
}

const ResultLayer *findLayer(const DocumentState &state, quint64 id)
{
    for (const ResultLayer &l : state.layers)
        if (l.id == id)
            return &l;
    return nullptr;
}

// A layer name made safe as part of a file name on every desktop system.
QString fileSafe(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString s = name.trimmed();
    s.replace(unsafe, QStringLiteral("_"));
    return s.isEmpty() ? QStringLiteral("layer") : s.left(80);
}

} // namespace

QImage Exporter::renderComposite(const DocumentState &state, bool nativeResolution)
{
    return nativeResolution ? renderCompositeNative(state) : outframe::renderComposite(state);
}

QImage Exporter::renderLayer(const DocumentState &state, quint64 layerId, bool nativeResolution)
{
    const ResultLayer *layer = findLayer(state, layerId);
    if (!layer)
        return {};
    return withoutOpaqueAlpha(nativeResolution ? renderLayerNative(*layer, state.reference)
                                               : outframe::renderLayer(*layer, state.reference));
}

ExportMetadata Exporter::metadataFor(const DocumentState &state, const ResultLayer *layer,
                                     QSize imageSize, bool nativeResolution)
{
    if (!layer) {
        layer = findLayer(state, state.activeLayerId);
        if (!layer || !layer->visible)
            for (auto it = state.layers.crbegin(); it != state.layers.crend(); ++it)
                if (it->visible) {
                    layer = &*it;
                    break;
                }
    }
    ExportMetadata m;
    m.software = QStringLiteral("Outframe %1").arg(QCoreApplication::applicationVersion());
    if (QCoreApplication::applicationVersion().isEmpty())
        m.software = QStringLiteral("Outframe");
    m.canvasSize = imageSize;
    const Placement &p = layer ? layer->placement : state.placement;
    const bool native = nativeResolution && p.referenceScale() < 1.0;
    m.referenceRect = native ? nativeReferenceRect(p)
                             : (layer && layer->referenceRect.isValid() ? layer->referenceRect
                                                                        : p.referenceRect());
    m.referenceScale = native ? 1.0 : p.referenceScale();
    m.autoCrop = p.autoCrop();
    m.aiGenerated = layer != nullptr;
    if (layer) {
        m.prompt = layer->options.prompt;
        m.engine = resultEngineName(layer->engine);
        m.taskId = layer->taskId;
        m.mode = generationModeName(layer->options.mode);
        m.created = layer->created;
    }
    return m;
}

QByteArray Exporter::encode(const QImage &image, const ExportSettings &settings,
                            const ExportMetadata &metadata, QString *error)
{
    if (image.isNull()) {
        if (error)
            *error = tr("There is nothing to export.");
        return {};
    }
    // An export is a final file: PNG gets zlib level 5, as small as the default (6) for
    // photographs and a third faster.
    constexpr int kExportZlibLevel = 5;
    QByteArray bytes =
        ImageIO::encode(image, settings.format, settings.quality, error, kExportZlibLevel);
    if (bytes.isEmpty())
        return {};
    if (settings.writeMetadata) {
        bytes = embedXmp(bytes, settings.format, image.size(), buildXmp(metadata), error);
        if (bytes.isEmpty())
            return {};
    }
    // The promise is full size in the chosen format: check the bytes say so.
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    if (reader.format() != imageFormatName(settings.format).toLatin1() ||
        reader.size() != image.size()) {
        if (error)
            *error = tr("The encoder did not produce a full-size %1 image.")
                         .arg(imageFormatName(settings.format).toUpper());
        return {};
    }
    return bytes;
}

QString Exporter::pathForFormat(const QString &path, ImageFormat format)
{
    const QFileInfo info(path);
    const QString wanted = imageFormatSuffix(format);
    const QString suffix = info.suffix().toLower();
    if (imageFormatFromName(suffix) == format)
        return path;
    static const QSet<QString> imageSuffixes = {QStringLiteral("png"),  QStringLiteral("jpg"),
                                                QStringLiteral("jpeg"), QStringLiteral("webp"),
                                                QStringLiteral("tif"),  QStringLiteral("tiff"),
                                                QStringLiteral("bmp")};
    if (imageSuffixes.contains(suffix))
        return path.left(path.size() - info.suffix().size()) + wanted;
    return path + QLatin1Char('.') + wanted;
}

ExportResult Exporter::write(const QImage &image, const ExportMetadata &metadata,
                             const QString &path, const ExportSettings &settings)
{
    ExportResult result;
    const QString target = pathForFormat(path, settings.format);
    QString error;
    const QByteArray bytes = encode(image, settings, metadata, &error);
    if (bytes.isEmpty()) {
        result.errors << tr("Could not export “%1”: %2").arg(QFileInfo(target).fileName(), error);
        return result;
    }
    if (!ImageIO::writeFileAtomically(target, bytes, &error))
        result.errors << error;
    else
        result.writtenPaths << target;
    return result;
}

ExportResult Exporter::exportComposite(const DocumentState &state, const QString &path,
                                       const ExportSettings &settings)
{
    const QImage image = renderComposite(state, settings.nativeResolution);
    return write(image, metadataFor(state, nullptr, image.size(), settings.nativeResolution), path,
                 settings);
}

ExportResult Exporter::exportLayer(const DocumentState &state, quint64 layerId, const QString &path,
                                   const ExportSettings &settings)
{
    const ResultLayer *layer = findLayer(state, layerId);
    if (!layer) {
        ExportResult r;
        r.errors << tr("The layer to export no longer exists.");
        return r;
    }
    const QImage image = renderLayer(state, layerId, settings.nativeResolution);
    return write(image, metadataFor(state, layer, image.size(), settings.nativeResolution), path,
                 settings);
}

ExportResult Exporter::exportStarred(const DocumentState &state, const QString &directory,
                                     const QString &baseName, const ExportSettings &settings)
{
    ExportResult all;
    QSet<QString> used;
    for (const ResultLayer &layer : state.layers) {
        if (!layer.starred)
            continue;
        QString name = QStringLiteral("%1-%2").arg(fileSafe(baseName), fileSafe(layer.name));
        // Two layers of the same name must not overwrite each other.
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = QStringLiteral("%1-%2-%3").arg(fileSafe(baseName), fileSafe(layer.name)).arg(n);
        used.insert(name.toLower());
        const QString path =
            QDir(directory).filePath(name + QLatin1Char('.') + imageFormatSuffix(settings.format));
        const ExportResult one = exportLayer(state, layer.id, path, settings);
        all.writtenPaths << one.writtenPaths;
        all.errors << one.errors;
    }
    if (all.writtenPaths.isEmpty() && all.errors.isEmpty())
        all.errors << tr("No variation is starred.");
    return all;
}

} // namespace outframe
