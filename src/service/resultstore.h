// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"
#include "placement.h"
#include "resultsidecar.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QRect>
#include <QString>

#include <optional>

namespace outframe {

// The "parameters" object of a sidecar, from what the artist chose.
QJsonObject sidecarParameters(const Placement &placement, const OutpaintOptions &options);

// Saves each result the moment it arrives: `<results dir>/<name>.<png|jpg|webp>` holding the
// bytes exactly as received, then `<name>.json` beside it (the sidecar), both written
// atomically. `<name>` is "<label>-<yyyyMMdd-HHmmss>-<task id>" (no task id for offline
// results), with "-2", "-3", ... when that name is taken: names are claimed with exclusive
// creation, so no saved result is ever overwritten, even by one finishing in the same second
// on another thread or in another process. Default directory: defaultResultsDirectory().
// Safe to call from worker threads (it holds no state besides the directory).
class ResultStore
{
public:
    explicit ResultStore(const QString &directory = QString());

    static QString defaultDirectory();
    QString directory() const { return m_dir; }

    // Returns the image's path, or an empty string and a message in `error`. A path *and* a
    // message mean the image was saved but its sidecar could not be. An invalid `created`
    // becomes the time of saving.
    QString save(const QByteArray &imageBytes, ImageFormat format, ResultSidecar sidecar,
                 QString *error) const;
    static QString sidecarPath(const QString &imagePath);

private:
    static QString baseName(const ResultSidecar &sidecar);

    QString m_dir;
};

} // namespace outframe
