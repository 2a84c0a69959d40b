// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resample.h"

#include <QColorSpace>
#include <QList>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <thread>
#include <vector>

namespace outframe {

namespace {

struct Taps
{
    int first = 0;            // first source index (may be clamped per tap)
    std::array<float, 4> w{}; // weights for first..first+3
};

float catmullRom(float x)
{
    x = std::abs(x);
    if (x < 1.0f)
        return 1.5f * x * x * x - 2.5f * x * x + 1.0f;
    if (x < 2.0f)
        return -0.5f * x * x * x + 2.5f * x * x - 4.0f * x + 2.0f;
    return 0.0f;
}

std::vector<Taps> tapsFor(int srcLen, int dstLen)
{
    std::vector<Taps> taps;
    taps.resize(size_t(dstLen));
    const float scale = float(srcLen) / float(dstLen);
    for (int i = 0; i < dstLen; ++i) {
        const float centre = (float(i) + 0.5f) * scale - 0.5f;
        const int base = int(std::floor(centre));
        Taps &t = taps[size_t(i)];
        t.first = base - 1;
        float sum = 0;
        for (int k = 0; k < 4; ++k) {
            t.w[size_t(k)] = catmullRom(centre - float(base - 1 + k));
            sum += t.w[size_t(k)];
        }
        for (float &w : t.w)
            w /= sum;
    }
    return taps;
}

inline int clampIndex(int i, int len)
{
    return std::clamp(i, 0, len - 1);
}

// One horizontally resampled source row, as floats (B, G, R, A in memory order).
void horizontal(const QImage &src, int row, const std::vector<Taps> &taps, float *out)
{
    const uchar *line = src.constScanLine(row);
    const int srcW = src.width();
    for (size_t x = 0; x < taps.size(); ++x) {
        const Taps &t = taps[x];
        float acc[4] = {0, 0, 0, 0};
        for (int k = 0; k < 4; ++k) {
            const uchar *p = line + 4 * clampIndex(t.first + k, srcW);
            for (int c = 0; c < 4; ++c)
                acc[c] += t.w[size_t(k)] * float(p[c]);
        }
        std::copy(acc, acc + 4, out + 4 * x);
    }
}

void resampleRows(const QImage &src, uchar *dstBits, qsizetype dstStride, int w,
                  const std::vector<Taps> &hTaps, const std::vector<Taps> &vTaps, int fromRow,
                  int toRow)
{
    const int srcH = src.height();
    // The four source rows the current output row needs, horizontally resampled, cached
    // by source index so consecutive output rows reuse them.
    std::array<std::vector<float>, 4> rows;
    std::array<int, 4> rowIndex{INT_MIN, INT_MIN, INT_MIN, INT_MIN};
    for (auto &r : rows)
        r.resize(size_t(w) * 4);
    // Keyed by the unclamped index: the four a row needs are consecutive, so distinct mod 4.
    const auto rowData = [&](int wanted) -> const float * {
        const size_t slot = size_t(((wanted % 4) + 4) % 4);
        if (rowIndex[slot] != wanted) {
            horizontal(src, clampIndex(wanted, srcH), hTaps, rows[slot].data());
            rowIndex[slot] = wanted;
        }
        return rows[slot].data();
    };
    const bool premultiplied = src.format() == QImage::Format_ARGB32_Premultiplied;
    for (int y = fromRow; y < toRow; ++y) {
        const Taps &t = vTaps[size_t(y)];
        const float *r[4];
        for (int k = 0; k < 4; ++k)
            r[k] = rowData(t.first + k);
        uchar *out = dstBits + dstStride * y;
        for (int x = 0; x < w; ++x) {
            float v[4];
            for (int c = 0; c < 4; ++c) {
                const size_t i = size_t(4 * x + c);
                v[c] = t.w[0] * r[0][i] + t.w[1] * r[1][i] + t.w[2] * r[2][i] + t.w[3] * r[3][i];
            }
            const int a = premultiplied ? std::clamp(int(std::lround(v[3])), 0, 255) : 255;
            for (int c = 0; c < 3; ++c)
                out[4 * x + c] = uchar(std::clamp(int(std::lround(v[c])), 0, a));
            out[4 * x + 3] = uchar(a);
        }
    }
}

} // namespace

QImage resampleBicubic(const QImage &image, QSize size)
{
    if (image.isNull() || size.isEmpty())
        return {};
    if (size == image.size())
        return image;
    if (size.width() < image.width() || size.height() < image.height())
        return image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    const bool alpha = image.hasAlphaChannel();
    const QImage src =
        image.convertToFormat(alpha ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    QImage dst(size, src.format());
    if (dst.isNull())
        return {};
    const std::vector<Taps> hTaps = tapsFor(src.width(), size.width());
    const std::vector<Taps> vTaps = tapsFor(src.height(), size.height());

    const int threads =
        std::clamp(int(std::thread::hardware_concurrency()), 1, qMax(1, size.height() / 64));
    // Each band writes its own rows through a raw pointer taken once, here: no detach checks
    // from several threads.
    uchar *bits = dst.bits();
    const qsizetype stride = dst.bytesPerLine();
    const int w = dst.width();
    std::vector<std::thread> pool;
    const int band = (size.height() + threads - 1) / threads;
    for (int i = 1; i < threads; ++i) {
        const int from = i * band, to = qMin(size.height(), from + band);
        if (from < to)
            pool.emplace_back(
                [&, from, to] { resampleRows(src, bits, stride, w, hTaps, vTaps, from, to); });
    }
    resampleRows(src, bits, stride, w, hTaps, vTaps, 0, qMin(band, size.height()));
    for (auto &t : pool)
        t.join();
    dst.setColorSpace(image.colorSpace());
    return alpha ? dst.convertToFormat(QImage::Format_ARGB32) : dst;
}

} // namespace outframe
