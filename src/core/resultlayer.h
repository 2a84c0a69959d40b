// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"
#include "placement.h"

#include <QDateTime>
#include <QImage>
#include <QRect>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

namespace outframe {

// Which engine produced a result; the names are the sidecar's ("flux", "local").
enum class ResultEngine { Flux, Local };
QString resultEngineName(ResultEngine engine);
std::optional<ResultEngine> resultEngineFromName(const QString &name);

// How a result meets the artist's original, per layer and non-destructively: the generated
// pixels are kept as they arrived and these settings apply when the layer is rendered.
struct SeamSettings
{
    static constexpr int kMaxFeather = 256;

    // The reference pixels come back exactly as they were sent (feather aside).
    bool keepOriginal = true;
    // Width in canvas pixels of the band, inside the reference's border, over which the
    // original fades into the model's pixels. 0 keeps every original pixel exact.
    int featherPx = 0;
    // Remove the low-frequency colour difference between the model's output and the
    // original along the seam, spreading the correction smoothly into the generated region.
    bool colourMatch = true;

    bool operator==(const SeamSettings &) const = default;
};

// The properties of a layer an artist edits one at a time (each is one undo step).
enum class LayerProperty { Name, Visible, Opacity, Starred, KeepOriginal, Feather, ColourMatch };

// One generated result, shown as a layer above the reference.
struct ResultLayer
{
    quint64 id = 0; // unique within its document; 0 = not yet in a document
    QString name;
    QImage image; // the output as it arrived (canvas size), normalised; never modified

    ResultEngine engine = ResultEngine::Flux;
    QString taskId;             // FLUX task id; empty for the offline engine
    OutpaintOptions options;    // what was asked for (prompt, mode, format, ...)
    Placement placement;        // the placement the request was built from
    QRect referenceRect;        // where the sent reference pixels landed (canvas px)
    std::optional<double> cost; // credits; unknown for some results, none for offline
    QDateTime created;          // when the result arrived (UTC)
    double elapsedSeconds = 0;  // submit to download
    QString sourcePath;         // the saved result file it came from, when known
    // The offline engine's seed: with the same placement, options and thread count it makes
    // these pixels again ("Generate Again with This Seed"). None for FLUX results.
    std::optional<std::uint64_t> seed;

    bool visible = true;
    double opacity = 1.0; // 0..1
    bool starred = false;
    SeamSettings seam;

    QString prompt() const { return options.prompt; }
    double megapixels() const
    {
        return double(image.width()) * image.height() / Placement::kPixelsPerMegapixel;
    }

    QVariant property(LayerProperty which) const;
    // Sets a property from a value of the right type; out-of-range numbers are clamped.
    // Returns false (and changes nothing) for a value of the wrong type.
    bool setProperty(LayerProperty which, const QVariant &value);

    bool operator==(const ResultLayer &other) const;
    bool operator!=(const ResultLayer &other) const { return !(*this == other); }
};

} // namespace outframe
