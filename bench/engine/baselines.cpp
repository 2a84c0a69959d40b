// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselines.h"

#include <algorithm>

#ifdef OUTFRAME_BENCH_HAVE_OPENCV
#include <opencv2/photo.hpp>
#endif

namespace outframe::bench {
namespace {

// Mirror `v` into [lo, hi] the way OpenCV's BORDER_REFLECT does (edge pixel repeated).
int reflectIndex(int v, int lo, int hi)
{
    const int n = hi - lo + 1;
    if (n == 1)
        return lo;
    int t = (v - lo) % (2 * n);
    if (t < 0)
        t += 2 * n;
    return lo + (t < n ? t : 2 * n - 1 - t);
}

template<typename Map> PixelBuffer fillByMap(const PixelBuffer &canvas, const QRect &known, Map map)
{
    PixelBuffer out = canvas;
    for (int y = 0; y < canvas.height; ++y) {
        for (int x = 0; x < canvas.width; ++x) {
            if (known.contains(x, y))
                continue;
            out.at(x, y) =
                canvas.at(map(x, known.left(), known.right()), map(y, known.top(), known.bottom()));
        }
    }
    return out;
}

} // namespace

PixelBuffer replicateBorder(const PixelBuffer &canvas, const QRect &known)
{
    return fillByMap(canvas, known, [](int v, int lo, int hi) { return std::clamp(v, lo, hi); });
}

PixelBuffer reflectBorder(const PixelBuffer &canvas, const QRect &known)
{
    return fillByMap(canvas, known, reflectIndex);
}

#ifdef OUTFRAME_BENCH_HAVE_OPENCV
bool haveOpenCv()
{
    return true;
}

PixelBuffer opencvInpaint(const PixelBuffer &canvas, const KnownMask &known, bool navierStokes)
{
    cv::Mat bgr(canvas.height, canvas.width, CV_8UC3);
    cv::Mat mask(canvas.height, canvas.width, CV_8UC1);
    for (int y = 0; y < canvas.height; ++y) {
        auto *dst = bgr.ptr<cv::Vec3b>(y);
        auto *m = mask.ptr<std::uint8_t>(y);
        for (int x = 0; x < canvas.width; ++x) {
            const std::uint32_t p = canvas.at(x, y);
            dst[x] = cv::Vec3b(std::uint8_t(blueOf(p)), std::uint8_t(greenOf(p)),
                               std::uint8_t(redOf(p)));
            m[x] = known.isKnown(x, y) ? 0 : 255;
        }
    }
    cv::Mat filled;
    cv::inpaint(bgr, mask, filled, 3.0, navierStokes ? cv::INPAINT_NS : cv::INPAINT_TELEA);
    PixelBuffer out = canvas;
    for (int y = 0; y < canvas.height; ++y) {
        const auto *src = filled.ptr<cv::Vec3b>(y);
        for (int x = 0; x < canvas.width; ++x) {
            if (!known.isKnown(x, y))
                out.at(x, y) = packArgb(255, src[x][2], src[x][1], src[x][0]);
        }
    }
    return out;
}
#else
bool haveOpenCv()
{
    return false;
}

PixelBuffer opencvInpaint(const PixelBuffer &canvas, const KnownMask &, bool)
{
    return canvas;
}
#endif

} // namespace outframe::bench
