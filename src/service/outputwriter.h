// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"
#include "imagemetadata.h"
#include "outpaintoptions.h"

#include <QString>

namespace outframe {

// Writes a job's final image where a front end asked for it (the CLI's -o): with
// `keepOriginal`, the sent reference pixels are put back exactly where they were sent
// (paste-back). Every output carries the XMP packet the app's Export writes (prompt,
// placement, engine, task id, the IPTC "AI-generated" digital source type). Writing a file is
// atomic: an existing file is replaced only by a complete one. Slow for big images: call it
// off the GUI thread.
class OutputWriter
{
public:
    // The metadata the app's Export would give this result.
    static ExportMetadata metadataFor(const JobResult &result, const OutpaintJobSpec &spec,
                                      QSize imageSize);
    // The encoded bytes, metadata included; empty with `error` when encoding failed.
    static QByteArray encode(const JobResult &result, const OutpaintJobSpec &spec,
                             ImageFormat format, QString *error);
    static bool write(const JobResult &result, const OutpaintJobSpec &spec, const QString &path,
                      ImageFormat format, QString *error);
};

} // namespace outframe
