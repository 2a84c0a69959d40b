// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QStringList>

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
    // Memory budgets, checked from the header before anything is decoded (a decompression bomb
    // costs nothing but its header), so no input file takes the app or the CLI above ~2 GB:
    //  - one decode: 1 GiB at the worst case of 8 bytes a pixel (a 16-bit decode, or the
    //    decoded image plus its 8-bit copy), i.e. 134 MP, more than a 102 MP medium-format
    //    sensor;
    //  - a session (reference plus result layers, 4 bytes a pixel once loaded): 1 GiB, 268 MP.
    static constexpr qint64 kDecodeBudgetBytes = qint64(1) << 30;
    static constexpr qint64 kMaxPixels = kDecodeBudgetBytes / 8;
    static constexpr qint64 kSessionBudgetBytes = qint64(1) << 30;
    // What an image of `size` takes once loaded (8-bit RGB(A), 4 bytes a pixel).
    static qint64 loadedBytes(QSize size) { return qint64(size.width()) * size.height() * 4; }
    // "1.2 GB" (decimal, as file managers show it).
    static QString formatBytes(qint64 bytes);

    // The formats Outframe reads, as Qt names them; everything else is refused before a
    // decoder sees it (SVG, GIF, TGA, ICO, ICNS, MNG and WBMP are not photographs, and some of
    // their decoders allocate without a header to check).
    static bool isReadableFormat(const QByteArray &format);
    // The images of `folder` by name, those with the suffix of a format Outframe reads.
    static QStringList readableImagesIn(const QString &folder);
    // The size an image's header declares, without decoding it; invalid when it declares none.
    static QSize headerSize(const QByteArray &data, QByteArray *format = nullptr);

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
