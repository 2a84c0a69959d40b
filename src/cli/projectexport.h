// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "exporter.h"
#include "outpaintoptions.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace outframe {

// `outframe-cli PROJECT.outframe -o OUT`: writes a saved project the way the app's Export
// does, so a batch script gets the very pixels the artist saw: the composite (every visible
// result over the reference, the original put back per layer) or, with a layer id, that one
// result. A project without results exports the reference placed on its canvas, as Export
// does. Synchronous and slow for big projects; the CLI has nothing else to do meanwhile.
struct ProjectExport
{
    QString projectPath;
    QString outputPath; // "-": standard output
    ImageFormat format = ImageFormat::Png;
    std::optional<quint64> layerId; // none: the composite

    struct Outcome
    {
        int exitCode = 0;    // 0 written; 2 unusable project or layer; 4 not written
        QString writtenPath; // when written
        QStringList errors;  // each a whole sentence for stderr
        QString notice;      // something the user should know although it worked
    };

    Outcome run() const;

private:
    Outcome toStdout(const DocumentState &state, const ExportSettings &settings, Outcome out) const;
};

} // namespace outframe
