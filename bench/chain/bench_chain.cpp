// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Plans the canvases docs/PERFORMANCE.md reports (median of 21 plannings each) and, with
// --composite, puts each plan's tiles together from synthetic results (colour match and
// blend included), printing one Markdown table.
#include "chaincanvas.h"
#include "chainplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace outframe;

namespace {

struct Case
{
    const char *name;
    QSize canvas;
    QSize image;
};

QRect centred(QSize canvas, QSize image)
{
    return QRect(
        QPoint((canvas.width() - image.width()) / 2, (canvas.height() - image.height()) / 2),
        image);
}

QImage gradient(QSize size, int seed)
{
    QImage image(size, QImage::Format_ARGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb((x + seed * 13) & 255, (y + seed * 7) & 255, (x ^ y) & 255);
    }
    return image;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool composite = app.arguments().contains(QStringLiteral("--composite"));
    const Case cases[] = {
        {"panorama 8192 x 2048 from 2048 x 1024", {8192, 2048}, {2048, 1024}},
        {"6000 x 4000 around a 4800 x 3200 photo (native)", {6000, 4000}, {4800, 3200}},
        {"7200 x 4800 around a 24 MP photo (native)", {7200, 4800}, {6000, 4000}},
        {"16384 x 4096 from 4096 x 2048", {16384, 4096}, {4096, 2048}},
        {"16384 x 16384 from 2048 x 2048", {16384, 16384}, {2048, 2048}},
    };
    std::printf("| canvas | jobs | waves | estimated credits | planning (median of 21) |%s\n",
                composite ? " compositing |" : "");
    std::printf("|---|---:|---:|---:|---:|%s\n", composite ? "---:|" : "");
    for (const Case &c : cases) {
        QList<qint64> times;
        ChainPlanResult result;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer timer;
            timer.start();
            result = planChain(c.canvas, centred(c.canvas, c.image));
            times << timer.nsecsElapsed();
        }
        std::sort(times.begin(), times.end());
        QString compositing;
        if (composite) {
            ChainCanvas canvas(result.plan, gradient(result.plan.original.size(), 0));
            QElapsedTimer timer;
            timer.start();
            for (const ChainTile &tile : result.plan.tiles)
                canvas.add(tile, gradient(tile.rect.size(), tile.index + 1));
            compositing = QStringLiteral(" %1 s |").arg(timer.elapsed() / 1000.0, 0, 'f', 2);
        }
        std::printf("| %s | %lld | %d | %.0f | %.2f ms |%s\n", c.name,
                    qint64(result.plan.tiles.size()), result.plan.waveCount(),
                    result.plan.estimatedCredits(), times[10] / 1e6, qPrintable(compositing));
    }
    return 0;
}
