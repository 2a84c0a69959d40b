// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "patchmatch.h"

#include <cmath>
#include <limits>
#include <vector>

namespace outframe::bench {
namespace {

std::vector<double> luma(const PixelBuffer &image)
{
    std::vector<double> out(image.size());
    for (std::size_t i = 0; i < image.size(); ++i) {
        const std::uint32_t p = image.pixels[i];
        out[i] = 0.299 * redOf(p) + 0.587 * greenOf(p) + 0.114 * blueOf(p);
    }
    return out;
}

double meanGradient(const std::vector<double> &l, const KnownMask &known)
{
    const int w = known.width, h = known.height;
    double sum = 0;
    std::size_t n = 0;
    for (int y = 0; y + 1 < h; ++y) {
        for (int x = 0; x + 1 < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            if (known.known[i])
                continue;
            const double gx = l[i + 1] - l[i], gy = l[i + std::size_t(w)] - l[i];
            sum += std::sqrt(gx * gx + gy * gy);
            ++n;
        }
    }
    return n ? sum / double(n) : 0.0;
}

// How much larger the luma step across the known/filled border is than the steps between
// neighbours inside the fill: 0 when the border is as smooth as the fill's own texture, large
// when the fill starts with a visible edge. Pure texture copies score near 0 even though
// their neighbours differ a lot, and a streak fill scores 0 too: read it with the detail ratio.
double seamStepOf(const std::vector<double> &l, const KnownMask &known)
{
    const int w = known.width, h = known.height;
    double across = 0, inside = 0;
    std::size_t nAcross = 0, nInside = 0;
    auto pair = [&](std::size_t a, std::size_t b) {
        if (known.known[a] != known.known[b]) {
            across += std::abs(l[a] - l[b]);
            ++nAcross;
        } else if (!known.known[a]) {
            inside += std::abs(l[a] - l[b]);
            ++nInside;
        }
    };
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const std::size_t i = std::size_t(y) * w + x;
            if (x + 1 < w)
                pair(i, i + 1);
            if (y + 1 < h)
                pair(i, i + std::size_t(w));
        }
    }
    if (nAcross == 0 || nInside == 0)
        return 0.0;
    return across / double(nAcross) - inside / double(nInside);
}

// Summed-area table with a zero first row and column.
std::vector<double> integral(const std::vector<double> &v, int w, int h)
{
    std::vector<double> s(std::size_t(w + 1) * (h + 1), 0.0);
    for (int y = 0; y < h; ++y) {
        double row = 0;
        for (int x = 0; x < w; ++x) {
            row += v[std::size_t(y) * w + x];
            s[std::size_t(y + 1) * (w + 1) + x + 1] = s[std::size_t(y) * (w + 1) + x + 1] + row;
        }
    }
    return s;
}

double ssimOf(const std::vector<double> &a, const std::vector<double> &b, const KnownMask &known)
{
    const int w = known.width, h = known.height;
    std::vector<double> aa(a.size()), bb(a.size()), ab(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        aa[i] = a[i] * a[i];
        bb[i] = b[i] * b[i];
        ab[i] = a[i] * b[i];
    }
    const auto sa = integral(a, w, h), sb = integral(b, w, h);
    const auto saa = integral(aa, w, h), sbb = integral(bb, w, h), sab = integral(ab, w, h);
    const double c1 = (0.01 * 255) * (0.01 * 255), c2 = (0.03 * 255) * (0.03 * 255);
    const int r = 3;
    double sum = 0;
    std::size_t n = 0;
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - r), y1 = std::min(h, y + r + 1);
        for (int x = 0; x < w; ++x) {
            if (known.known[std::size_t(y) * w + x])
                continue;
            const int x0 = std::max(0, x - r), x1 = std::min(w, x + r + 1);
            auto box = [&](const std::vector<double> &s) {
                const std::size_t W = std::size_t(w) + 1;
                return s[std::size_t(y1) * W + std::size_t(x1)] -
                       s[std::size_t(y0) * W + std::size_t(x1)] -
                       s[std::size_t(y1) * W + std::size_t(x0)] +
                       s[std::size_t(y0) * W + std::size_t(x0)];
            };
            const double count = double((x1 - x0) * (y1 - y0));
            const double ma = box(sa) / count, mb = box(sb) / count;
            const double va = box(saa) / count - ma * ma, vb = box(sbb) / count - mb * mb;
            const double cov = box(sab) / count - ma * mb;
            sum +=
                ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
            ++n;
        }
    }
    return n ? sum / double(n) : 1.0;
}

// One colour channel of a packed image as doubles.
std::vector<double> channel(const PixelBuffer &image, int shift)
{
    std::vector<double> out(image.size());
    for (std::size_t i = 0; i < image.size(); ++i)
        out[i] = double((image.pixels[i] >> shift) & 0xffu);
    return out;
}

// The box-blurred channel (window clipped at the edges), from a summed-area table.
std::vector<double> blurred(const std::vector<double> &v, int w, int h, int r)
{
    const auto s = integral(v, w, h);
    const std::size_t W = std::size_t(w) + 1;
    std::vector<double> out(v.size());
    for (int y = 0; y < h; ++y) {
        const int y0 = std::max(0, y - r), y1 = std::min(h, y + r + 1);
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - r), x1 = std::min(w, x + r + 1);
            const double sum = s[std::size_t(y1) * W + std::size_t(x1)] -
                               s[std::size_t(y0) * W + std::size_t(x1)] -
                               s[std::size_t(y1) * W + std::size_t(x0)] +
                               s[std::size_t(y0) * W + std::size_t(x0)];
            out[std::size_t(y) * w + x] = sum / double((x1 - x0) * (y1 - y0));
        }
    }
    return out;
}

double layoutPsnrOf(const PixelBuffer &result, const PixelBuffer &truth, const KnownMask &known)
{
    const int w = truth.width, h = truth.height;
    const int r = std::max(1, w / 128); // a window 1/64 of the width wide
    double se = 0;
    std::size_t n = 0;
    for (const int shift : {16, 8, 0}) {
        const auto a = blurred(channel(result, shift), w, h, r);
        const auto b = blurred(channel(truth, shift), w, h, r);
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (known.known[i])
                continue;
            se += (a[i] - b[i]) * (a[i] - b[i]);
            ++n;
        }
    }
    const double mse = n ? se / double(n) : 0.0;
    return mse > 0 ? 10.0 * std::log10(255.0 * 255.0 / mse)
                   : std::numeric_limits<double>::infinity();
}

} // namespace

FillScores scoreFill(const PixelBuffer &result, const PixelBuffer &truth, const KnownMask &known)
{
    FillScores scores;
    double se = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (known.known[i])
            continue;
        const std::uint32_t p = result.pixels[i], q = truth.pixels[i];
        se += double(pixelDistance(p, q));
        n += 3;
    }
    const double mse = n ? se / double(n) : 0.0;
    scores.psnr =
        mse > 0 ? 10.0 * std::log10(255.0 * 255.0 / mse) : std::numeric_limits<double>::infinity();
    scores.layoutPsnr = layoutPsnrOf(result, truth, known);
    const auto lr = luma(result), lt = luma(truth);
    scores.ssim = ssimOf(lr, lt, known);
    const double trueDetail = meanGradient(lt, known);
    scores.detailRatio = trueDetail > 0 ? meanGradient(lr, known) / trueDetail : 0.0;
    scores.seamStep = seamStepOf(lr, known);
    return scores;
}

double trueSeamStep(const PixelBuffer &truth, const KnownMask &known)
{
    return seamStepOf(luma(truth), known);
}

double holeOverBorderDetail(const PixelBuffer &truth, const KnownMask &known)
{
    const int w = known.width, h = known.height;
    const std::int64_t depth = std::max(4, w / 24);
    std::vector<std::uint8_t> unknown(known.known.size());
    for (std::size_t i = 0; i < unknown.size(); ++i)
        unknown[i] = known.known[i] ? 0 : 1;
    const std::vector<std::int32_t> nearest = nearestSeeds(unknown, w, h);
    // meanGradient averages over the pixels its mask marks unknown: mark the band so.
    KnownMask band(w, h, 1);
    for (std::size_t i = 0; i < unknown.size(); ++i) {
        if (unknown[i] || nearest[i] < 0)
            continue;
        const std::int64_t dx = nearest[i] % w - std::int64_t(i % std::size_t(w));
        const std::int64_t dy = nearest[i] / w - std::int64_t(i / std::size_t(w));
        band.known[i] = dx * dx + dy * dy <= depth * depth ? 0 : 1;
    }
    const auto l = luma(truth);
    const double border = meanGradient(l, band);
    return border > 0 ? meanGradient(l, known) / border : 0.0;
}

} // namespace outframe::bench
