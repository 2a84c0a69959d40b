// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Putting a chain's tiles together: the original exact, and no step at any tile border larger
// than the image's own, although each tile comes back with a colour drift of its own (as a
// model's output does).
#include "chaincanvas.h"

#include <QTest>

#include <cmath>

using namespace outframe;

class TestChainCanvas : public QObject
{
    Q_OBJECT

private slots:
    void panoramaIsSeamlessAndKeepsTheOriginal();
    void resultsOutOfOrderOrOfTheWrongSizeAreRefused();
};

namespace {

// A smooth landscape with some fine texture: what the "model" would ideally paint.
QRgb truthAt(int x, int y)
{
    const double base =
        110 + 50 * std::sin(x / 900.0) + 40 * std::cos(y / 500.0) + 6 * std::sin(x / 5.0 + y / 7.0);
    auto c = [](double v) { return std::clamp(int(std::lround(v)), 0, 255); };
    return qRgb(c(base), c(base * 0.8 + 20), c(255 - base * 0.6));
}

QImage truth(const QRect &rect)
{
    QImage image(rect.size(), QImage::Format_ARGB32);
    for (int y = 0; y < rect.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < rect.width(); ++x)
            line[x] = truthAt(rect.x() + x, rect.y() + y);
    }
    return image;
}

// The service's answer for `tile`: the truth, everywhere shifted by a drift of this tile's
// own, which the seam colour match must remove.
QImage drifted(const ChainTile &tile)
{
    QImage image = truth(tile.rect);
    const int drift = (tile.index % 2 ? 1 : -1) * (12 + 5 * tile.index);
    for (int y = 0; y < image.height(); ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            auto c = [drift](int v) { return std::clamp(v + drift, 0, 255); };
            line[x] = qRgb(c(qRed(line[x])), c(qGreen(line[x])), c(qBlue(line[x])));
        }
    }
    return image;
}

double stepAcross(const QImage &image, bool vertical, int at, int from, int to)
{
    double sum = 0;
    for (int i = from; i < to; ++i) {
        const QRgb a = vertical ? image.pixel(at - 1, i) : image.pixel(i, at - 1);
        const QRgb b = vertical ? image.pixel(at, i) : image.pixel(i, at);
        sum += (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                std::abs(qBlue(a) - qBlue(b))) /
               3.0;
    }
    return sum / std::max(1, to - from);
}

} // namespace

void TestChainCanvas::panoramaIsSeamlessAndKeepsTheOriginal()
{
    const QSize canvasSize(8192, 2048);
    const QRect originalRect(3072, 512, 2048, 1024);
    const ChainPlan plan = planChain(canvasSize, originalRect).plan;
    QVERIFY(plan.tiles.size() > 1);
    const QImage original = truth(originalRect);
    ChainCanvas canvas(plan, original);
    for (const ChainTile &tile : plan.tiles) {
        QCOMPARE(canvas.referenceFor(tile).size(), tile.reference.size());
        QString problem;
        QVERIFY2(canvas.add(tile, drifted(tile), &problem), qPrintable(problem));
    }
    QVERIFY(canvas.isComplete());
    QCOMPARE(canvas.image().copy(originalRect), original);

    const QImage reference = truth(QRect(QPoint(0, 0), canvasSize));
    for (const ChainTile &tile : plan.tiles) {
        const QRect f = tile.fresh;
        struct Border
        {
            bool vertical;
            int at;
            int from, to;
        };
        const QList<Border> borders = {{true, f.left(), f.top(), f.bottom() + 1},
                                       {true, f.right() + 1, f.top(), f.bottom() + 1},
                                       {false, f.top(), f.left(), f.right() + 1},
                                       {false, f.bottom() + 1, f.left(), f.right() + 1}};
        for (const Border &b : borders) {
            if (b.at <= 0 || b.at >= (b.vertical ? canvasSize.width() : canvasSize.height()))
                continue; // the canvas's own edge
            const double step = stepAcross(canvas.image(), b.vertical, b.at, b.from, b.to);
            const double own = stepAcross(reference, b.vertical, b.at, b.from, b.to);
            QVERIFY2(step <= own + 1.5,
                     qPrintable(QStringLiteral("tile %1, border at %2 %3: step %4, "
                                               "the image's own %5")
                                    .arg(tile.index)
                                    .arg(b.vertical ? "x" : "y")
                                    .arg(b.at)
                                    .arg(step)
                                    .arg(own)));
        }
    }
}

void TestChainCanvas::resultsOutOfOrderOrOfTheWrongSizeAreRefused()
{
    const QRect originalRect(3072, 512, 2048, 1024);
    const ChainPlan plan = planChain({8192, 2048}, originalRect).plan;
    ChainCanvas canvas(plan, truth(originalRect));
    QString problem;
    QVERIFY(!canvas.add(plan.tiles[1], drifted(plan.tiles[1]), &problem));
    QVERIFY2(problem.contains("out of order"), qPrintable(problem));
    QVERIFY(!canvas.add(plan.tiles[0], QImage(100, 100, QImage::Format_ARGB32), &problem));
    QVERIFY2(problem.contains("100 x 100 px"), qPrintable(problem));
    QCOMPARE(canvas.added(), 0);
}

QTEST_GUILESS_MAIN(TestChainCanvas)
#include "tst_chaincanvas.moc"
