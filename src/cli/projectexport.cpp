// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectexport.h"

#include "exporter.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::ProjectExport", text);
}

// "1 (Variation 1), 2 (Variation 2)": what --layer accepts, for the message that rejects one.
QString layerList(const DocumentState &state)
{
    QStringList parts;
    for (const ResultLayer &layer : state.layers)
        parts << (layer.name.isEmpty()
                      ? QString::number(layer.id)
                      : QStringLiteral("%1 (“%2”)").arg(QString::number(layer.id), layer.name));
    return parts.join(QStringLiteral(", "));
}

} // namespace

ProjectExport::Outcome ProjectExport::run() const
{
    Outcome out;
    const ProjectFile::Loaded loaded = ProjectFile::load(projectPath);
    if (!loaded.ok()) {
        out.exitCode = 2;
        out.errors << loaded.error;
        return out;
    }
    const DocumentState &state = loaded.state;
    if (layerId) {
        const bool known = std::any_of(state.layers.cbegin(), state.layers.cend(),
                                       [this](const ResultLayer &l) { return l.id == *layerId; });
        if (!known) {
            out.exitCode = 2;
            out.errors
                << (state.layers.isEmpty()
                        ? tr("The project has no layers, so there is no layer %1.").arg(*layerId)
                        : tr("The project has no layer %1; its layers are %2.")
                              .arg(QString::number(*layerId), layerList(state)));
            return out;
        }
    } else if (state.layers.isEmpty()) {
        if (state.reference.isNull()) {
            // The app's Export refuses this too.
            out.exitCode = 2;
            out.errors << tr("The project is empty: it has neither an image nor results.");
            return out;
        }
        out.notice = tr("The project has no results yet: wrote its image placed on the canvas.");
    }

    // The Export dialog's defaults: the placement's resolution, with metadata.
    ExportSettings settings;
    settings.format = format;
    if (outputPath == QLatin1String("-"))
        return toStdout(state, settings, std::move(out));
    const ExportResult result = layerId
                                    ? Exporter::exportLayer(state, *layerId, outputPath, settings)
                                    : Exporter::exportComposite(state, outputPath, settings);
    if (!result.ok()) {
        out.exitCode = 4;
        out.errors << result.errors;
        if (out.errors.isEmpty())
            out.errors << tr("Nothing was written.");
        return out;
    }
    out.writtenPath = result.writtenPaths.constFirst();
    return out;
}

ProjectExport::Outcome ProjectExport::toStdout(const DocumentState &state,
                                               const ExportSettings &settings, Outcome out) const
{
    // What exportComposite / exportLayer write, to standard output instead of a file.
    const ResultLayer *layer = nullptr;
    for (const ResultLayer &l : state.layers)
        if (layerId && l.id == *layerId)
            layer = &l;
    const QImage image = layer ? Exporter::renderLayer(state, layer->id, false)
                               : Exporter::renderComposite(state, false);
    QString error;
    const QByteArray bytes = Exporter::encode(
        image, settings, Exporter::metadataFor(state, layer, image.size(), false), &error);
    QFile stdOut;
    if (bytes.isEmpty() || !stdOut.open(stdout, QIODevice::WriteOnly) ||
        stdOut.write(bytes) != bytes.size() || !stdOut.flush()) {
        out.exitCode = 4;
        out.errors << (error.isEmpty() ? tr("Standard output is closed or full.") : error);
        return out;
    }
    out.writtenPath = outputPath;
    return out;
}

} // namespace outframe
