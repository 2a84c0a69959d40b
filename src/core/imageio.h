#pragma once

#include "outpaintoptions.h"

#include <QByteArray>
#include <QImage>
#include <QString>

class QIODevice;

namespace outframe {

// The outcome of loading an image an artist dropped: an image ready to use (EXIF orientation
// applied, in sRGB, 8 bits per channel) or a message naming the file and the reason.
struct LoadedImage
{
    QImage image;
    QString error;
    QByteArray format;            // "png", "jpeg", ... as detected from the content
    bool colourConverted = false; // an ICC profile other than sRGB was converted

    bool ok() const { return !image.isNull(); }
};

class ImageIO
{
public:
    // Beyond this many pixels an image is refused before decoding (a decompression bomb
    // costs nothing but its header). 200 MP covers the largest camera sensors.
    static constexpr qint64 kMaxPixels = 200'000'000;

    static LoadedImage load(const QString &path);
    // `name` is used in messages (a file name, a URL, "the clipboard").
    static LoadedImage loadData(const QByteArray &data, const QString &name);

    // Encodes for upload, export or projects. `quality` 0..100 applies to JPEG and WebP;
    // `pngZlibLevel` 0..9 to PNG (1, the default, is fast and still about 2.7x smaller than raw
    // for photographs).
    static QByteArray encode(const QImage &image, ImageFormat format, int quality,
                             QString *error = nullptr, int pngZlibLevel = 1);

    // Writes `data` to `path` atomically: the old file stays intact if anything fails.
    static bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);
    // Why a write failed, in the artist's words, from the errno of the failing call (0: none
    // set); `fallback` (Qt's own text) when the number says nothing more useful.
    static QString writeFailureReason(int errorNumber, const QString &fallback);

    // The pixel format everything in Outframe works in: 8-bit RGB, with alpha only when
    // the image has transparency.
    static QImage normalised(const QImage &image);

private:
    static LoadedImage read(QIODevice *device, const QString &name);
};

} // namespace outframe
