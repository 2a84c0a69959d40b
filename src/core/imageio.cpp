// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageio.h"

#include "numberformat.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>

#include <optional>

#include <cerrno>
#include <cstring>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::ImageIO", text);
}

QString failure(const QString &name, const QString &reason)
{
    return QCoreApplication::translate("outframe::ImageIO", "Cannot open “%1”: %2")
        .arg(name, reason);
}

// Walks a JPEG's segments and scans to its end-of-image marker: true when it gets there,
// false when the data ends first, nullopt when the layout is too odd to follow (libjpeg
// tolerates more than this walk does). Following the segments skips an EXIF thumbnail's own
// end marker and stops at the photo's, whatever comes after it (a phone's motion-photo video).
std::optional<bool> jpegReachesItsEnd(const QByteArray &data)
{
    const qsizetype n = data.size();
    const auto at = [&data](qsizetype i) { return quint8(data[i]); };
    qsizetype i = 2; // after SOI
    bool inScan = false;
    while (i < n) {
        if (inScan) {
            // Entropy-coded data runs to the next 0xFF that is neither a stuffed 0xFF00, a
            // restart marker (0xD0-0xD7) nor fill.
            const qsizetype ff = data.indexOf('\xFF', i);
            if (ff < 0 || ff + 1 >= n)
                return false;
            const quint8 m = at(ff + 1);
            if (m == 0x00 || (m >= 0xD0 && m <= 0xD7) || m == 0xFF) {
                i = ff + 1;
                continue;
            }
            inScan = false;
            i = ff;
        }
        if (at(i) != 0xFF)
            return std::nullopt;
        if (i + 1 >= n)
            return false;
        const quint8 marker = at(i + 1);
        if (marker == 0xFF) { // fill byte before a marker
            ++i;
            continue;
        }
        if (marker == 0xD9)
            return true;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length field
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return false;
        const int length = (at(i + 2) << 8) | at(i + 3);
        if (length < 2)
            return std::nullopt;
        i += 2 + length;
        inScan = marker == 0xDA; // SOS: its header, then entropy-coded data
    }
    return false;
}

// libjpeg pads a truncated file with grey and reports success, so look for the
// end-of-image marker ourselves.
bool jpegLooksComplete(const QByteArray &data)
{
    if (const auto reached = jpegReachesItsEnd(data))
        return *reached;
    // A layout the walk cannot follow: the old guess, an end marker near the end.
    constexpr qsizetype kTail = 64 * 1024;
    const qsizetype from = qMax<qsizetype>(0, data.size() - kTail);
    return data.indexOf(QByteArray("\xFF\xD9", 2), from) >= 0;
}

} // namespace

QImage ImageIO::normalised(const QImage &image)
{
    if (image.isNull())
        return image;
    const QImage::Format target =
        image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    return image.format() == target ? image : image.convertToFormat(target);
}

LoadedImage ImageIO::load(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return {{}, failure(name, tr("the file does not exist.")), {}};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, failure(name, file.errorString()), {}};
    if (file.size() == 0)
        return {{}, failure(name, tr("the file is empty (0 bytes).")), {}};
    // Read the bytes once: the JPEG completeness check needs them, and images are read whole
    // anyway.
    const QByteArray data = file.readAll();
    if (data.size() != file.size())
        return {{}, failure(name, tr("the file could not be read completely.")), {}};
    return loadData(data, name);
}

bool ImageIO::isReadableFormat(const QByteArray &format)
{
    static const QList<QByteArray> readable = {"png", "jpeg", "jpg", "webp", "tiff", "tif", "bmp"};
    return readable.contains(format.toLower());
}

QStringList ImageIO::readableImagesIn(const QString &folder)
{
    QStringList paths;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries)
        if (isReadableFormat(entry.suffix().toLatin1()))
            paths << entry.absoluteFilePath();
    return paths;
}

QSize ImageIO::headerSize(const QByteArray &data, QByteArray *format)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    if (format)
        *format = reader.format();
    if (!isReadableFormat(reader.format()))
        return {};
    return reader.size();
}

LoadedImage ImageIO::loadData(const QByteArray &data, const QString &name)
{
    if (data.isEmpty())
        return {{}, failure(name, tr("there is no data (0 bytes).")), {}};
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    LoadedImage loaded = read(&buffer, name);
    if (loaded.ok() && loaded.format == "jpeg" && !jpegLooksComplete(data))
        return {{}, failure(name, tr("the file is truncated (the JPEG data ends early).")), {}};
    return loaded;
}

LoadedImage ImageIO::read(QIODevice *device, const QString &name)
{
    LoadedImage out;
    QImageReader reader(device);
    reader.setAutoTransform(true); // EXIF orientation
    reader.setDecideFormatFromContent(true);
    // Qt's own guard against decompression bombs, in MB; our pixel check below comes first
    // and gives the better message.
    reader.setAllocationLimit(int(kMaxPixels * 8 / (1024 * 1024)) + 1);

    out.format = reader.format();
    if (!isReadableFormat(out.format) || !reader.canRead()) {
        out.error = failure(name, tr("this is not an image Outframe can read (PNG, JPEG, WebP, "
                                     "TIFF or BMP)."));
        return out;
    }
    // The budget is checked from the header: an image that declares no size is not decoded.
    const QSize size = reader.size();
    if (!size.isValid()) {
        out.error =
            failure(name, tr("the file is damaged or truncated (its header gives no image size)."));
        return out;
    }
    if (size.isEmpty()) {
        out.error = failure(name, tr("the image has no pixels."));
        return out;
    }
    const qint64 pixels = qint64(size.width()) * size.height();
    if (pixels > kMaxPixels) {
        out.error =
            failure(name, tr("its dimensions (%1 × %2 px, %3 MP) exceed the limit of %4 megapixels "
                             "(%5 of memory for one image).")
                              .arg(NumberFormat::integer(size.width()),
                                   NumberFormat::integer(size.height()),
                                   NumberFormat::integer(pixels / 1'000'000),
                                   NumberFormat::integer(kMaxPixels / 1'000'000),
                                   NumberFormat::bytes(kDecodeBudgetBytes)));
        return out;
    }

    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        const QString reason = reader.error() == QImageReader::InvalidDataError
                                   ? tr("the file is damaged or truncated.")
                                   : reader.errorString();
        out.error =
            failure(name, reason.isEmpty() ? tr("the image data could not be decoded.") : reason);
        return out;
    }

    const QColorSpace srgb(QColorSpace::SRgb);
    if (image.colorSpace().isValid() && image.colorSpace() != srgb) {
        image.convertToColorSpace(srgb);
        out.colourConverted = true;
    }
    out.image = normalised(image);
    out.image.setColorSpace(srgb);
    return out;
}

QByteArray ImageIO::encode(const QImage &image, ImageFormat format, int quality, QString *error,
                           int pngZlibLevel)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, imageFormatName(format).toLatin1());
    if (format != ImageFormat::Png)
        writer.setQuality(qBound(0, quality, 100));
    else // Qt's PNG "compression" is 0..100, mapped down onto zlib's 0..9 (so 1 means none)
        writer.setCompression((qBound(0, pngZlibLevel, 9) * 100 + 8) / 9);
    // JPEG has no alpha: flatten onto white rather than let transparent pixels turn black.
    QImage source = image;
    if (format == ImageFormat::Jpeg && image.hasAlphaChannel()) {
        source = QImage(image.size(), QImage::Format_RGB32);
        source.fill(Qt::white);
        QPainter(&source).drawImage(0, 0, image);
    }
    if (!writer.write(source)) {
        if (error)
            *error = tr("Could not encode the image as %1: %2")
                         .arg(imageFormatName(format).toUpper(), writer.errorString());
        return {};
    }
    return bytes;
}

QString ImageIO::writeFailureReason(int errorNumber, const QString &fallback)
{
    switch (errorNumber) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG: // over the file size limit: to the artist, the same as a full disk
        return tr("the disk is full; free some space and try again");
    case EROFS:
        return tr("the disk is read-only; choose another folder");
    case EACCES:
    case EPERM:
        return tr("permission denied; choose another folder");
    case EIO:
        return tr("the disk reported an input/output error");
    default:
        break;
    }
    // Qt's text for a failed write is often just "Unknown error": say at least that much.
    if (fallback.isEmpty() || fallback == QLatin1String("Unknown error"))
        return errorNumber ? QString::fromLocal8Bit(std::strerror(errorNumber))
                           : tr("the write failed for an unknown reason");
    return fallback;
}

bool ImageIO::writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    const auto fail = [&](int errorNumber) {
        // Read before anything else can change errno.
        const QString reason = writeFailureReason(errorNumber, file.errorString());
        if (error)
            *error = tr("Could not write “%1”: %2").arg(QFileInfo(path).fileName(), reason);
        file.cancelWriting();
        return false;
    };
    // Unbuffered: a buffered write that the disk cuts short at commit is not always reported,
    // and a truncated file would replace a whole one.
    errno = 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(errno);
    errno = 0;
    const qint64 written = file.write(data);
    if (written != data.size()) {
        // A short write to a regular file without an errno: the disk took what it had room for.
        return fail(errno ? errno : ENOSPC);
    }
    errno = 0;
    if (!file.commit())
        return fail(errno);
    return true;
}

QString ImageIO::formatBytes(qint64 bytes)
{
    return NumberFormat::bytes(bytes);
}

} // namespace outframe
