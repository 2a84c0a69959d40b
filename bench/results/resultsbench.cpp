// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Times what an artist waits for after a result arrives: rendering a 4 MP layer with its
// seam settings, exporting it as PNG, JPEG and WebP, and saving and reopening a project of
// five 4 MP layers; reports the peak resident memory after each stage. Also measures the
// colour-match seam step on the photograph. Method: docs/PERFORMANCE.md.
#include "colourmatch.h"
#include "compositing.h"
#include "exporter.h"
#include "imageio.h"
#include "layerrenderer.h"
#include "projectfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

using namespace outframe;

namespace {

double peakMiB()
{
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

// Median wall time in ms of `runs` calls.
double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// A photograph cropped and scaled to a 2048 x 2048 (4.19 MP) canvas; a deterministic
// synthetic scene when no photograph is given.
QImage canvasImage(const QString &path)
{
    constexpr int kSide = 2048;
    if (!path.isEmpty()) {
        const LoadedImage loaded = ImageIO::load(path);
        if (!loaded.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error));
            return {};
        }
        const QImage &img = loaded.image;
        const int side = qMin(img.width(), img.height());
        const QImage square =
            img.copy((img.width() - side) / 2, (img.height() - side) / 2, side, side);
        return square.scaled(kSide, kSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_RGB32);
    }
    QImage img(kSide, kSide, QImage::Format_RGB32);
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x)
            img.setPixel(x, y,
                         qRgb(int(127 + 60 * std::sin(x / 90.0) + 30 * std::sin((x + y) / 23.0)),
                              int(127 + 60 * std::cos(y / 70.0)), (x ^ y) & 0xff));
    return img;
}

// What a model returns: the scene with a colour cast that drifts across it, slightly soft.
QImage modelOutput(const QImage &truth, int variant)
{
    QImage out = truth.scaled(truth.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                     .scaled(truth.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                     .convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const int dr = int(14 + 6 * std::sin(y / 300.0 + variant));
            const int db = int(-10 + 5 * std::cos(x / 400.0));
            const QRgb p = line[x];
            line[x] = qRgb(qBound(0, qRed(p) + dr, 255), qGreen(p), qBound(0, qBlue(p) + db, 255));
        }
    }
    return out;
}

// Mean absolute step across the left and right seams, and one pixel inside the original.
std::pair<double, double> seamSteps(const QImage &img, const QRect &r)
{
    double seam = 0, inside = 0;
    int n = 0;
    const auto step = [](QRgb a, QRgb b) {
        return (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                std::abs(qBlue(a) - qBlue(b))) /
               3.0;
    };
    for (int y = r.top() + 2; y <= r.bottom() - 2; ++y) {
        seam += step(img.pixel(r.left(), y), img.pixel(r.left() - 1, y)) +
                step(img.pixel(r.right(), y), img.pixel(r.right() + 1, y));
        inside += step(img.pixel(r.left(), y), img.pixel(r.left() + 1, y)) +
                  step(img.pixel(r.right(), y), img.pixel(r.right() - 1, y));
        n += 2;
    }
    return {seam / n, inside / n};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument("photo", "Photograph to build the 4 MP canvas from (optional).");
    parser.addOption({"runs", "Repetitions per timing (median reported).", "n", "3"});
    parser.process(app);
    const QString photo = parser.positionalArguments().value(0);
    const int runs = qMax(1, parser.value("runs").toInt());

    const QImage truth = canvasImage(photo);
    if (truth.isNull())
        return 1;
    const QRect where(341, 341, 1366, 1366); // the original: the middle 2/3
    DocumentState state;
    state.reference = truth.copy(where);
    state.placement = Placement(truth.size(), where.size());
    state.placement.setOffset(where.topLeft());
    for (int i = 0; i < 5; ++i) {
        ResultLayer l;
        l.id = quint64(i + 1);
        l.name = QStringLiteral("Variation %1").arg(i + 1);
        l.image = modelOutput(truth, i);
        l.placement = state.placement;
        l.referenceRect = where;
        l.options.prompt = QStringLiteral("benchmark");
        l.seam.featherPx = 8;
        l.visible = i == 0;
        state.layers << l;
    }
    state.activeLayerId = 1;
    state.nextLayerId = 6;

    std::printf("Canvas %d x %d (%.2f MP) from %s; %d runs per timing, median.\n\n", truth.width(),
                truth.height(), truth.width() * truth.height() / 1e6,
                photo.isEmpty() ? "a synthetic scene" : qPrintable(QFileInfo(photo).fileName()),
                runs);
    std::printf("| step | time (ms) | output | peak RSS so far (MiB) |\n|---|---:|---:|---:|\n");
    const auto row = [](const char *what, double ms, const QString &output) {
        std::printf("| %s | %.0f | %s | %.0f |\n", what, ms, qPrintable(output), peakMiB());
        std::fflush(stdout);
    };

    const ResultLayer &layer = state.layers.first();
    QImage matched;
    row("colour match (membrane + seam fit)",
        medianMs(runs, [&] { matched = colourMatched(layer.image, state.reference, where); }), "");
    row("render layer (colour match, paste back, feather 8)",
        medianMs(runs, [&] { (void)renderLayer(layer, state.reference); }), "");
    QImage composite;
    row("render composite (reference + 1 visible layer)",
        medianMs(runs, [&] { composite = Exporter::renderComposite(state, false); }), "");

    QTemporaryDir dir;
    for (const auto &[format, quality, name] :
         {std::tuple{ImageFormat::Png, 92, "export PNG (encode + XMP + atomic write)"},
          std::tuple{ImageFormat::Jpeg, 92, "export JPEG q92"},
          std::tuple{ImageFormat::Webp, 90, "export WebP q90"}}) {
        ExportSettings settings;
        settings.format = format;
        settings.quality = quality;
        const ExportMetadata meta = Exporter::metadataFor(state, nullptr, composite.size(), false);
        QString path;
        path = Exporter::pathForFormat(dir.filePath("out"), format);
        const double ms = medianMs(runs, [&] {
            QString error;
            const QByteArray bytes = Exporter::encode(composite, settings, meta, &error);
            if (bytes.isEmpty() || !ImageIO::writeFileAtomically(path, bytes, &error))
                std::fprintf(stderr, "%s\n", qPrintable(error));
        });
        row(name, ms, QStringLiteral("%1 MB").arg(QFileInfo(path).size() / 1e6, 0, 'f', 1));
    }

    const QString project = dir.filePath("bench.outframe");
    const double saveMs = medianMs(runs, [&] {
        QString error;
        if (!ProjectFile::save(state, project, &error))
            std::fprintf(stderr, "%s\n", qPrintable(error));
    });
    row("save project, 5 layers (PNG parts in parallel, atomic)", saveMs,
        QStringLiteral("%1 MB").arg(QFileInfo(project).size() / 1e6, 0, 'f', 1));
    row("open project, 5 layers (checked, decoded)",
        medianMs(runs,
                 [&] {
                     const ProjectFile::Loaded loaded = ProjectFile::load(project);
                     if (!loaded.ok() || loaded.state.layers.size() != 5)
                         std::fprintf(stderr, "open failed: %s\n", qPrintable(loaded.error));
                 }),
        "");

    // Native resolution: the same original sent at half size, exported at full size.
    DocumentState half = state;
    half.layers.resize(1);
    half.placement = Placement(QSize(1024, 1024), where.size());
    half.placement.setReferenceScale(0.5);
    half.placement.setOffset({171, 171});
    half.layers[0].placement = half.placement;
    half.layers[0].referenceRect = half.placement.referenceRect();
    half.layers[0].image =
        modelOutput(truth, 0).scaled(1024, 1024, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage native;
    const double nativeMs = medianMs(runs, [&] { native = Exporter::renderComposite(half, true); });
    row("render native resolution (1 MP result -> 4 MP, bicubic)", nativeMs,
        QStringLiteral("%1 x %2").arg(native.width()).arg(native.height()));

    const auto [plainSeam, plainInside] =
        seamSteps(pasteBackOriginal(layer.image, state.reference, where), where);
    const auto [matchedSeam, matchedInside] =
        seamSteps(pasteBackOriginal(matched, state.reference, where), where);
    const auto [featherSeam, featherInside] = seamSteps(renderLayer(layer, state.reference), where);
    std::printf("\nSeam step (mean absolute, 8-bit levels; left and right seams):\n"
                "  no colour match, no feather: across %.2f, inside the original %.2f\n"
                "  colour match, no feather:    across %.2f, inside the original %.2f\n"
                "  colour match, feather 8:     across %.2f, inside the original %.2f\n",
                plainSeam, plainInside, matchedSeam, matchedInside, featherSeam, featherInside);
    return 0;
}
