#include "outputwriter.h"

#include "compositing.h"
#include "imageio.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace outframe {

bool OutputWriter::write(const JobResult &result, const QString &path, bool keepOriginal,
                         QString *error)
{
    const ImageFormat format = imageFormatFromPath(path).value_or(ImageFormat::Png);
    // Without paste-back, in the format the service delivered: the saved bytes as they came.
    if (!keepOriginal && !result.savedPath.isEmpty() &&
        imageFormatFromPath(result.savedPath) == format) {
        QFile saved(result.savedPath);
        if (saved.open(QIODevice::ReadOnly))
            return ImageIO::writeFileAtomically(path, saved.readAll(), error);
    }
    QImage image = result.image;
    if (keepOriginal && !result.sent.image.isNull())
        image = pasteBackOriginal(image, result.sent.image, result.sent.canvasRect);
    const QByteArray bytes = ImageIO::encode(image, format, 95, error);
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
