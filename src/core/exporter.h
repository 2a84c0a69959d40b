// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "imagemetadata.h"
#include "outpaintoptions.h"

#include <QImage>
#include <QString>
#include <QStringList>

namespace outframe {

struct ExportSettings
{
    ImageFormat format = ImageFormat::Png;
    int quality = 92; // JPEG and WebP, 0..100; 100 makes WebP lossless
    // When the reference was scaled down to fit the 4 MP limit: export at its native
    // resolution (surround enlarged, original pixels at full resolution).
    bool nativeResolution = false;
    bool writeMetadata = true;
};

// What an export wrote, or why it did not.
struct ExportResult
{
    QStringList writtenPaths;
    QStringList errors; // one message per failed file, naming it

    bool ok() const { return errors.isEmpty() && !writtenPaths.isEmpty(); }
};

// Renders and writes exports. Every function is slow for big images and meant for a worker
// thread; they take a DocumentState copy, never the live Document.
//
// Guarantees: the file has the chosen format (the suffix is corrected to match it), the
// image's full size (checked on the encoded bytes before anything is written), and is
// written atomically (a failed export leaves any existing file as it was).
class Exporter
{
public:
    // The composite, or one layer alone.
    static QImage renderComposite(const DocumentState &state, bool nativeResolution);
    static QImage renderLayer(const DocumentState &state, quint64 layerId, bool nativeResolution);

    // The metadata for an export of `layer` (or of the composite when null: the active or
    // topmost visible layer speaks for it) at `imageSize`.
    static ExportMetadata metadataFor(const DocumentState &state, const ResultLayer *layer,
                                      QSize imageSize, bool nativeResolution);

    // Encodes with metadata and checks the result decodes at `image`'s full size.
    static QByteArray encode(const QImage &image, const ExportSettings &settings,
                             const ExportMetadata &metadata, QString *error);

    // `path` with the suffix of `format` (".jpg" for JPEG): replaces a different image
    // suffix, appends one otherwise.
    static QString pathForFormat(const QString &path, ImageFormat format);

    static ExportResult exportComposite(const DocumentState &state, const QString &path,
                                        const ExportSettings &settings);
    static ExportResult exportLayer(const DocumentState &state, quint64 layerId,
                                    const QString &path, const ExportSettings &settings);
    // Every starred layer into `directory` as "<baseName>-<layer name>.<suffix>"; a failure
    // on one does not stop the others.
    static ExportResult exportStarred(const DocumentState &state, const QString &directory,
                                      const QString &baseName, const ExportSettings &settings);

private:
    static ExportResult write(const QImage &image, const ExportMetadata &metadata,
                              const QString &path, const ExportSettings &settings);
};

} // namespace outframe
