// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace outframe {

// The `.outframe` project file: a ZIP archive (see docs/project-format.md) holding
//   mimetype          "application/x-outframe-project", first and uncompressed
//   project.json      the manifest: format, version, placement, settings, layer records
//   reference.png     the reference at native resolution
//   layers/<id>.png   each result as it arrived
// Images are PNG, so everything survives a round-trip bit for bit. Reading is defensive: every
// field is type-checked, sizes are bounded before anything is inflated, images must be PNG
// and are decoded by Qt's reader only, and nothing in the file is ever executed or followed
// (no paths outside the archive are opened).
class ProjectFile
{
public:
    static constexpr int kVersion = 1;
    static constexpr const char *kMimeType = "application/x-outframe-project";
    static constexpr const char *kSuffix = "outframe";

    struct Loaded
    {
        DocumentState state;
        QString error;       // empty when loaded
        QString sessionPath; // for recovery files: the project the session was editing
        bool ok() const { return error.isEmpty(); }
    };

    // The whole project as bytes. Slow (PNG encoding): call it off the GUI thread.
    // `sessionPath` is recorded for recovery files (empty for ordinary saves).
    static QByteArray serialize(const DocumentState &state, QString *error,
                                const QString &sessionPath = QString());
    // Serialises and writes atomically: a failed save never damages the previous file.
    static bool save(const DocumentState &state, const QString &path, QString *error,
                     const QString &sessionPath = QString());

    static Loaded load(const QString &path);
    // `name` is used in messages.
    static Loaded loadData(const QByteArray &data, const QString &name);
};

} // namespace outframe
