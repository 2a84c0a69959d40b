// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "colourmatch.h"

#include "imageio.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cmath>

namespace outframe {

namespace {

// About this many cells along the longer side: fine enough to follow the colour drift along
// a seam, coarse enough that texture does not leak into the correction and the solve is fast.
constexpr int kTargetCells = 160;
constexpr int kMinCellSize = 4;

struct Grid
{
    int w = 0, h = 0;
    QList<std::array<float, 3>> value;
    QList<char> fixed;
    int at(int x, int y) const { return y * w + x; }
};

// Mean original - generated over each cell's pixels inside the reference; cells at least half
// covered by opaque reference pixels become fixed.
Grid sampleDifference(const QImage &gen, const QImage &ref, const QRect &refRect,
                      const QRect &inside, int cell)
{
    Grid g;
    g.w = (gen.width() + cell - 1) / cell;
    g.h = (gen.height() + cell - 1) / cell;
    g.value.fill({0, 0, 0}, qsizetype(g.w) * g.h);
    g.fixed.fill(0, qsizetype(g.w) * g.h);
    QList<std::array<double, 3>> sum(qsizetype(g.w) * g.h, {0, 0, 0});
    QList<int> count(qsizetype(g.w) * g.h, 0);
    const bool refAlpha = ref.hasAlphaChannel();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        const QRgb *gl = reinterpret_cast<const QRgb *>(gen.constScanLine(y));
        const QRgb *rl = reinterpret_cast<const QRgb *>(ref.constScanLine(y - refRect.y()));
        const int cy = y / cell;
        for (int x = inside.left(); x <= inside.right(); ++x) {
            const QRgb r = rl[x - refRect.x()];
            if (refAlpha && qAlpha(r) < 128)
                continue;
            const QRgb p = gl[x];
            const int c = g.at(x / cell, cy);
            sum[c][0] += qRed(r) - qRed(p);
            sum[c][1] += qGreen(r) - qGreen(p);
            sum[c][2] += qBlue(r) - qBlue(p);
            ++count[c];
        }
    }
    for (int cy = 0; cy < g.h; ++cy) {
        for (int cx = 0; cx < g.w; ++cx) {
            const int c = g.at(cx, cy);
            const int cellW = qMin(cell, gen.width() - cx * cell);
            const int cellH = qMin(cell, gen.height() - cy * cell);
            if (count[c] * 2 < cellW * cellH)
                continue;
            g.fixed[c] = 1;
            for (int k = 0; k < 3; ++k)
                g.value[c][k] = float(sum[c][k] / count[c]);
        }
    }
    return g;
}

// One pass of a 3x3 mean over fixed cells, among fixed neighbours only: keeps the boundary
// data low-frequency when the model's texture inside the reference differs from the original.
void smoothFixed(Grid &g)
{
    const QList<std::array<float, 3>> src = g.value;
    for (int y = 0; y < g.h; ++y) {
        for (int x = 0; x < g.w; ++x) {
            if (!g.fixed[g.at(x, y)])
                continue;
            std::array<float, 3> acc{0, 0, 0};
            int n = 0;
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const int nx = x + dx, ny = y + dy;
                    if (nx < 0 || ny < 0 || nx >= g.w || ny >= g.h || !g.fixed[g.at(nx, ny)])
                        continue;
                    for (int k = 0; k < 3; ++k)
                        acc[k] += src[g.at(nx, ny)][k];
                    ++n;
                }
            }
            for (int k = 0; k < 3; ++k)
                g.value[g.at(x, y)][k] = acc[k] / float(n);
        }
    }
}

// Laplace's equation over the free cells by successive over-relaxation, starting from the
// mean of the fixed cells that touch free ones (the solution's own mean, roughly).
void solveMembrane(Grid &g)
{
    std::array<double, 3> mean{0, 0, 0};
    int n = 0;
    for (int y = 0; y < g.h; ++y) {
        for (int x = 0; x < g.w; ++x) {
            const int c = g.at(x, y);
            if (!g.fixed[c])
                continue;
            const bool border = (x > 0 && !g.fixed[c - 1]) || (x + 1 < g.w && !g.fixed[c + 1]) ||
                                (y > 0 && !g.fixed[c - g.w]) || (y + 1 < g.h && !g.fixed[c + g.w]);
            if (!border)
                continue;
            for (int k = 0; k < 3; ++k)
                mean[k] += g.value[c][k];
            ++n;
        }
    }
    if (n == 0)
        return;
    for (int c = 0; c < g.w * g.h; ++c)
        if (!g.fixed[c])
            for (int k = 0; k < 3; ++k)
                g.value[c][k] = float(mean[k] / n);

    const double pi = 3.14159265358979;
    const double omega = 2.0 / (1.0 + std::sin(pi / double(qMax(g.w, g.h))));
    constexpr float kTolerance = 0.01f; // in 8-bit levels: far below what shows
    constexpr int kMaxIterations = 5000;
    for (int it = 0; it < kMaxIterations; ++it) {
        float maxChange = 0;
        for (int y = 0; y < g.h; ++y) {
            for (int x = 0; x < g.w; ++x) {
                const int c = g.at(x, y);
                if (g.fixed[c])
                    continue;
                std::array<float, 3> acc{0, 0, 0};
                int m = 0;
                const auto add = [&](int nc) {
                    for (int k = 0; k < 3; ++k)
                        acc[k] += g.value[nc][k];
                    ++m;
                };
                if (x > 0)
                    add(c - 1);
                if (x + 1 < g.w)
                    add(c + 1);
                if (y > 0)
                    add(c - g.w);
                if (y + 1 < g.h)
                    add(c + g.w);
                for (int k = 0; k < 3; ++k) {
                    const float target = acc[k] / float(m);
                    const float delta = float(omega) * (target - g.value[c][k]);
                    g.value[c][k] += delta;
                    maxChange = std::max(maxChange, std::abs(delta));
                }
            }
        }
        if (maxChange < kTolerance)
            break;
    }
}

// The coarse membrane leaves a residual of a fraction of a level at the seam (its cells sit
// a few pixels inward, and the colour drifts), and none at all helps when the model did not
// reproduce the original inside the rectangle. So measure what is left directly across the
// seam, outermost original row against the row just outside, low-passed along the seam
// (grain is no step), and fade it out over a short band outside. This also flattens the
// image's own gradient across that one pixel, which no eye can tell from a seamless join.
// Edges on the canvas border are no seams.
void fitSeams(QImage &gen, const QImage &ref, const QRect &refRect, const QRect &inside, int cell)
{
    const int radius = 2 * cell; // along the seam
    const int band = 2 * cell;   // outwards
    struct Edge
    {
        bool seam;
        QPoint start;   // outermost original pixel at the start of the edge
        QPoint along;   // step along the edge
        QPoint outward; // step out of the reference
        int length;
    };
    const Edge edges[] = {
        {inside.left() > 0, inside.topLeft(), {0, 1}, {-1, 0}, inside.height()},
        {inside.right() < gen.width() - 1, inside.topRight(), {0, 1}, {1, 0}, inside.height()},
        {inside.top() > 0, inside.topLeft(), {1, 0}, {0, -1}, inside.width()},
        {inside.bottom() < gen.height() - 1, inside.bottomLeft(), {1, 0}, {0, 1}, inside.width()},
    };
    for (const Edge &e : edges) {
        if (!e.seam)
            continue;
        // Residual original - corrected model, from the pixel pairs across the seam.
        QList<std::array<double, 3>> prefix(e.length + 1, {0, 0, 0});
        for (int i = 0; i < e.length; ++i) {
            const QPoint in = e.start + e.along * i;
            const QRgb r = ref.pixel(in - refRect.topLeft());
            const QRgb g = gen.pixel(in + e.outward);
            const int d[3] = {qRed(r) - qRed(g), qGreen(r) - qGreen(g), qBlue(r) - qBlue(g)};
            for (int k = 0; k < 3; ++k)
                prefix[i + 1][k] = prefix[i][k] + d[k];
        }
        for (int i = 0; i < e.length; ++i) {
            const int lo = qMax(0, i - radius), hi = qMin(e.length, i + radius + 1);
            std::array<double, 3> mean;
            for (int k = 0; k < 3; ++k)
                mean[k] = (prefix[hi][k] - prefix[lo][k]) / double(hi - lo);
            for (int step = 1; step <= band; ++step) {
                const QPoint out = e.start + e.along * i + e.outward * step;
                if (!gen.rect().contains(out))
                    break;
                const double w = 1.0 - double(step - 1) / double(band);
                QRgb *p = reinterpret_cast<QRgb *>(gen.scanLine(out.y())) + out.x();
                const int v[3] = {qRed(*p), qGreen(*p), qBlue(*p)};
                int o[3];
                for (int k = 0; k < 3; ++k)
                    o[k] = std::clamp(int(std::lround(v[k] + w * mean[k])), 0, 255);
                *p = qRgba(o[0], o[1], o[2], qAlpha(*p));
            }
        }
    }
}

} // namespace

QImage colourMatched(const QImage &generated, const QImage &reference, const QRect &referenceRect)
{
    if (generated.isNull() || reference.isNull())
        return generated;
    QImage gen = ImageIO::normalised(generated);
    const QImage ref = ImageIO::normalised(reference);
    const QRect inside = referenceRect.intersected(gen.rect());
    if (inside.isEmpty() || inside == gen.rect() || ref.size() != referenceRect.size())
        return gen;

    const int cell =
        qMax(kMinCellSize, (qMax(gen.width(), gen.height()) + kTargetCells - 1) / kTargetCells);
    Grid g = sampleDifference(gen, ref, referenceRect, inside, cell);
    if (!g.fixed.contains(1) || !g.fixed.contains(0))
        return gen;
    smoothFixed(g);
    solveMembrane(g);

    // Bilinear upsampling from cell centres, one row of weights at a time.
    const int w = gen.width();
    QList<int> x0(w);
    QList<float> fx(w);
    for (int x = 0; x < w; ++x) {
        const float u = std::clamp((float(x) + 0.5f) / float(cell) - 0.5f, 0.0f, float(g.w - 1));
        x0[x] = qMin(int(u), g.w - 2 < 0 ? 0 : g.w - 2);
        fx[x] = g.w > 1 ? u - float(x0[x]) : 0.0f;
    }
    for (int y = 0; y < gen.height(); ++y) {
        const float v = std::clamp((float(y) + 0.5f) / float(cell) - 0.5f, 0.0f, float(g.h - 1));
        const int y0 = qMin(int(v), g.h - 2 < 0 ? 0 : g.h - 2);
        const int y1 = qMin(y0 + 1, g.h - 1);
        const float fy = g.h > 1 ? v - float(y0) : 0.0f;
        QRgb *line = reinterpret_cast<QRgb *>(gen.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const int xa = x0[x], xb = qMin(xa + 1, g.w - 1);
            const auto &a = g.value[g.at(xa, y0)], &b = g.value[g.at(xb, y0)];
            const auto &c = g.value[g.at(xa, y1)], &d = g.value[g.at(xb, y1)];
            int out[3];
            const QRgb p = line[x];
            const int in[3] = {qRed(p), qGreen(p), qBlue(p)};
            for (int k = 0; k < 3; ++k) {
                const float top = a[k] + (b[k] - a[k]) * fx[x];
                const float bottom = c[k] + (d[k] - c[k]) * fx[x];
                const float corr = top + (bottom - top) * fy;
                out[k] = std::clamp(int(std::lround(float(in[k]) + corr)), 0, 255);
            }
            line[x] = qRgba(out[0], out[1], out[2], qAlpha(p));
        }
    }
    fitSeams(gen, ref, referenceRect, inside, cell);
    return gen;
}

} // namespace outframe
