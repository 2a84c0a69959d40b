#pragma once

#include "outpaintoptions.h"
#include "placement.h"
#include "resultlayer.h"
#include "resultsfolder.h"

#include <QDateTime>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <optional>

namespace outframe {

// One result the service saved, as the History browser shows it: the image file and what
// its sidecar (resultsidecar.h) says about it. A missing or unreadable sidecar does not
// hide the image: the entry is still listed, with `problem` saying what is wrong.
struct HistoryEntry
{
    QString imagePath;   // ready for a thumbnail loader
    QString sidecarPath; // empty when there is none
    QString problem;     // why the sidecar could not be used; empty when it was
    bool hasSidecar() const { return !sidecarPath.isEmpty() && problem.isEmpty(); }

    ResultEngine engine = ResultEngine::Flux;
    QString taskId;
    QDateTime created; // from the sidecar, else the file's modification time
    QString label;
    QString sourcePath; // the reference it was made from, if known
    QSize canvasSize;
    QPoint referenceOffset;
    bool autoCrop = false;
    double referenceScale = 1.0;
    OutpaintOptions options;
    QRect referenceRect; // where the sent reference landed
    std::optional<double> cost;
    std::optional<double> inputMegapixels;
    std::optional<double> outputMegapixels;
    double elapsedSeconds = 0;

    // The placement the result was made with, given the reference's native size (known
    // once the reference is loaded). Without it, the size is inferred from the sent size
    // and scale, which is exact unless auto-crop cut the reference.
    Placement placement(QSize referenceNativeSize = QSize()) const;
    // A layer for a project, from the decoded image.
    ResultLayer toLayer(const QImage &image, QSize referenceNativeSize = QSize()) const;
};

class History
{
public:
    // The entries of a results folder, newest first. Non-image files, temporary files and
    // sidecars without an image are skipped. Reads only the small JSON files, never the
    // images, so a folder of thousands of results lists quickly.
    static QList<HistoryEntry> scan(const QString &directory = defaultResultsDirectory());
    // One entry from an image path (its sidecar looked up beside it).
    static HistoryEntry entryFor(const QString &imagePath);
    // Fills `entry` from sidecar JSON; returns false with `entry.problem` set when the JSON
    // is not a usable sidecar (fields it can still read are kept).
    static bool readSidecar(const QByteArray &json, HistoryEntry &entry);
};

} // namespace outframe
