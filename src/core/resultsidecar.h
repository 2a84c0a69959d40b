#pragma once

#include "outpaintoptions.h"
#include "placement.h"
#include "resultlayer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

namespace outframe {

// The JSON record written beside every saved result ("<name>.json" next to "<name>.png"):
// the single home of the sidecar format. The service writes it the moment a result arrives;
// History reads it back to list results and to turn them into layers.
//
// {"format": "outframe-result", "version": 1, "engine": "flux", "task_id": "...",
//  "created": ISO UTC, "label": ..., "source": ..., "parameters": {...},
//  "reference_rect": {x, y, width, height}, "cost": n|null, "input_mp": n|null,
//  "output_mp": n|null, "timings": {"submitted", "ready": ISO|null, "downloaded", "elapsed_s"}}
// "task_id" is written for FLUX results only, "source" only when known.
struct ResultSidecar
{
    static constexpr int kVersion = 1;

    // What was asked for, as the request was built (offsets resolved, prompt trimmed).
    // The prompt-upsampling switch is not recorded.
    struct Parameters
    {
        QSize canvasSize; // invalid when the record does not say
        QPoint referenceOffset;
        bool autoCrop = false;
        double referenceScale = 1.0;
        OutpaintOptions options;

        static Parameters from(const Placement &placement, const OutpaintOptions &options);
        QJsonObject toJson() const;
        // Lenient: what is missing or unusable keeps its default (an unusable scale is 1).
        static Parameters fromJson(const QJsonObject &json);
        bool operator==(const Parameters &) const = default;
    };

    int version = kVersion; // as read; newer records may hold details this build skips
    ResultEngine engine = ResultEngine::Flux;
    QString taskId; // FLUX only
    QDateTime created;
    QString label;
    QString sourcePath; // the reference the result was made from, when known
    Parameters parameters;
    QRect referenceRect; // where the sent reference pixels landed on the canvas
    std::optional<double> cost;
    std::optional<double> inputMegapixels;
    std::optional<double> outputMegapixels;
    QDateTime submitted;
    QDateTime ready; // invalid when unknown
    QDateTime downloaded;
    double elapsedSeconds = 0;

    // "<dir>/<name>.json" for the image "<dir>/<name>.<suffix>".
    static QString pathFor(const QString &imagePath);

    QJsonObject toJson() const;
    // Nothing (and `error`) when the object is not an Outframe result record. A record that
    // is one but cannot place its result (no canvas size), or comes from a newer Outframe, is
    // returned with what could be read and `error` saying what is wrong; `error` is cleared
    // when the record is whole.
    static std::optional<ResultSidecar> fromJson(const QJsonObject &json, QString *error);

    bool operator==(const ResultSidecar &) const = default;
};

} // namespace outframe
