// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputwriter.h"

#include "compositing.h"
#include "exporter.h"
#include "imageio.h"

#include <QCoreApplication>
#include <QFile>
#include <QImageReader>

namespace outframe {

ExportMetadata OutputWriter::metadataFor(const JobResult &result, const OutpaintJobSpec &spec,
                                         QSize imageSize)
{
    // The fields Exporter::metadataFor takes from a result layer, from the job instead.
    ExportMetadata m;
    m.software = QStringLiteral("Outframe %1").arg(QCoreApplication::applicationVersion());
    m.canvasSize = imageSize;
    m.referenceRect =
        result.sent.canvasRect.isValid() ? result.sent.canvasRect : spec.placement.referenceRect();
    m.referenceScale = spec.placement.referenceScale();
    m.autoCrop = spec.placement.autoCrop();
    m.prompt = spec.options.prompt;
    m.engine = resultEngineName(result.engine);
    m.taskId = result.taskId;
    m.mode = generationModeName(spec.options.mode);
    m.created = QDateTime::currentDateTimeUtc();
    m.aiGenerated = true;
    return m;
}

QByteArray OutputWriter::encode(const JobResult &result, const OutpaintJobSpec &spec,
                                ImageFormat format, QString *error)
{
    // Without paste-back, in the format the service delivered: the saved bytes as they came,
    // with the metadata added and not re-encoded.
    if (!spec.keepOriginal && !result.savedPath.isEmpty() &&
        imageFormatFromPath(result.savedPath) == format) {
        QFile saved(result.savedPath);
        if (saved.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = saved.readAll();
            const QSize size = QImageReader(result.savedPath).size();
            return embedXmp(bytes, format, size, buildXmp(metadataFor(result, spec, size)), error);
        }
    }
    QImage image = result.image;
    if (spec.keepOriginal && !result.sent.image.isNull())
        image = pasteBackOriginal(image, result.sent.image, result.sent.canvasRect);
    ExportSettings settings;
    settings.format = format;
    settings.quality = 95;
    return Exporter::encode(image, settings, metadataFor(result, spec, image.size()), error);
}

bool OutputWriter::write(const JobResult &result, const OutpaintJobSpec &spec, const QString &path,
                         ImageFormat format, QString *error)
{
    const QByteArray bytes = encode(result, spec, format, error);
    if (bytes.isEmpty()) {
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("outframe::OutputWriter",
                                                 "The image could not be encoded as %1.")
                         .arg(imageFormatName(format));
        return false;
    }
    return ImageIO::writeFileAtomically(path, bytes, error);
}

} // namespace outframe
