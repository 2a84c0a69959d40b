// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Request preparation for a big JPEG reference: time from file to a ready JSON body, run off
// the GUI thread (as FluxJob does) while the main thread's event loop keeps ticking, and the
// bytes uploaded with and without cropping the reference to its visible part.
//
//   bench_prepare PHOTO.jpg [runs]
// make-reference.sh builds a 24 MP photograph-like JPEG from Debian's wallpapers.
#include "imageio.h"
#include "outpaintrequest.h"
#include "placement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

using namespace outframe;

namespace {

struct Timing
{
    double ms = 0;
    double maxEventGapMs = 0; // the main thread's longest wait between 5 ms ticks
};

template<typename F> Timing offThread(F work)
{
    QElapsedTimer clock, gap;
    double maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGap = std::max(maxGap, double(gap.nsecsElapsed()) / 1e6);
        gap.restart();
    });
    clock.start();
    gap.start();
    ticker.start();
    QFuture<void> future = QtConcurrent::run(work);
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    ticker.stop();
    return {double(clock.nsecsElapsed()) / 1e6, maxGap};
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_prepare PHOTO.jpg [runs]\n";
        return 2;
    }
    const QString path = args.at(1);
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;

    QList<double> loadMs, buildPngMs, buildJpegMs, gaps;
    qint64 pngJson = 0, jpegJson = 0, croppedJson = 0, uncroppedBytes = 0;
    QSize native, scaled;
    for (int run = 0; run < runs; ++run) {
        LoadedImage loaded;
        Timing t = offThread([&] { loaded = ImageIO::load(path); });
        if (!loaded.ok()) {
            QTextStream(stderr) << loaded.error << '\n';
            return 1;
        }
        loadMs << t.ms;
        gaps << t.maxEventGapMs;
        native = loaded.image.size();

        // What the app proposes for a dropped photo: 25 % margins, scaled into 4 MP.
        const Placement placement = Placement::forNewReference(native);
        scaled = placement.referenceSize();
        OutpaintRequest request;
        QString error;
        t = offThread([&] {
            request = OutpaintRequest::build(loaded.image, placement, {}, &error);
            pngJson = request.toJson().size();
        });
        buildPngMs << t.ms;
        gaps << t.maxEventGapMs;
        t = offThread([&] {
            request =
                OutpaintRequest::build(loaded.image, placement, {}, &error, ImageFormat::Jpeg);
            jpegJson = request.toJson().size();
        });
        buildJpegMs << t.ms;
        gaps << t.maxEventGapMs;

        // A reference that overhangs the canvas by a third on each side, with auto-crop:
        // only the visible part is sent, against the whole scaled reference.
        Placement overhang(QSize(scaled.width() / 3 * 2, scaled.height() / 3 * 2), native);
        overhang.setReferenceScale(placement.referenceScale());
        overhang.setAutoCrop(true);
        offThread([&] {
            croppedJson =
                OutpaintRequest::build(loaded.image, overhang, {}, &error).toJson().size();
            const PreparedReference whole = OutpaintRequest::prepareReference(
                loaded.image, placement); // the same scale, not cropped
            uncroppedBytes = ImageIO::encode(whole.image, ImageFormat::Png, 95).toBase64().size();
        });
    }

    out << "reference: " << QFileInfo(path).fileName() << ", " << native.width() << " x "
        << native.height() << " px (" << formatMegapixels(qint64(native.width()) * native.height())
        << "), sent scaled to " << scaled.width() << " x " << scaled.height() << "\n\n";
    out << "| step (off the GUI thread) | median ms over " << runs << " runs |\n|---|---:|\n";
    out << "| load + decode JPEG | " << QString::number(median(loadMs), 'f', 0) << " |\n";
    out << "| build request, PNG upload (resample, encode, base64, JSON) | "
        << QString::number(median(buildPngMs), 'f', 0) << " |\n";
    out << "| build request, JPEG q95 upload | " << QString::number(median(buildJpegMs), 'f', 0)
        << " |\n";
    out << "| total to JSON ready (load + PNG build) | "
        << QString::number(median(loadMs) + median(buildPngMs), 'f', 0) << " |\n";
    out << "\nmain thread: longest gap between 5 ms timer ticks while preparing: "
        << QString::number(*std::max_element(gaps.begin(), gaps.end()), 'f', 1) << " ms\n\n";
    out << "| body | bytes |\n|---|---:|\n";
    out << "| JSON with PNG reference | " << pngJson << " |\n";
    out << "| JSON with JPEG q95 reference | " << jpegJson << " |\n";
    out << "| overhanging reference, visible part only (auto-crop, JSON) | " << croppedJson
        << " |\n";
    out << "| overhanging reference, whole image (base64 PNG alone) | " << uncroppedBytes << " |\n";
    return 0;
}
