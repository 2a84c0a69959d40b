// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compositing.h"

#include "imageio.h"

#include <QList>
#include <QPainter>

#include <cmath>
#include <cstring>

namespace outframe {

QImage pasteBackOriginal(const QImage &generated, const QImage &reference, const QRect &canvasRect)
{
    QImage out = ImageIO::normalised(generated);
    if (reference.hasAlphaChannel() && out.format() != QImage::Format_ARGB32)
        out = out.convertToFormat(QImage::Format_ARGB32);
    const QImage ref = reference.format() == out.format() || !reference.hasAlphaChannel()
                           ? reference.convertToFormat(out.format())
                           : reference.convertToFormat(QImage::Format_ARGB32);
    // Only pixels the reference has: a rectangle larger than it must not read past its end.
    const QRect target =
        canvasRect.intersected(out.rect()).intersected(QRect(canvasRect.topLeft(), ref.size()));
    if (target.isEmpty())
        return out;

    if (!ref.hasAlphaChannel()) {
        // Exact copy, row by row: no painter, so no rounding of any kind.
        const int srcX = target.x() - canvasRect.x();
        const int bytes = target.width() * 4;
        for (int y = target.top(); y <= target.bottom(); ++y) {
            const uchar *src = ref.constScanLine(y - canvasRect.y()) + srcX * 4;
            std::memcpy(out.scanLine(y) + target.x() * 4, src, size_t(bytes));
        }
        return out;
    }
    QPainter painter(&out);
    painter.drawImage(canvasRect.topLeft(), ref);
    return out;
}

int distanceToSeam(const QRect &rect, const QRect &bounds, int x, int y)
{
    int best = -1;
    const auto consider = [&best](bool isSeam, int d) {
        if (isSeam && (best < 0 || d < best))
            best = d;
    };
    consider(rect.left() > bounds.left(), x - rect.left());
    consider(rect.right() < bounds.right(), rect.right() - x);
    consider(rect.top() > bounds.top(), y - rect.top());
    consider(rect.bottom() < bounds.bottom(), rect.bottom() - y);
    return best;
}

QImage pasteBackFeathered(const QImage &generated, const QImage &reference, const QRect &canvasRect,
                          int featherPx)
{
    QImage exact = pasteBackOriginal(generated, reference, canvasRect);
    if (featherPx <= 0)
        return exact;
    const QImage gen = generated.format() == exact.format()
                           ? generated
                           : generated.convertToFormat(exact.format());
    const QRect target = canvasRect.intersected(exact.rect());
    // Weights by distance, once: the band is at most featherPx wide.
    QList<int> weight(featherPx); // of the original, in 1/256
    for (int d = 0; d < featherPx; ++d) {
        const double t = (d + 0.5) / featherPx;
        weight[d] = int(std::lround(256.0 * t * t * (3.0 - 2.0 * t)));
    }
    for (int y = target.top(); y <= target.bottom(); ++y) {
        QRgb *out = reinterpret_cast<QRgb *>(exact.scanLine(y));
        const QRgb *model = reinterpret_cast<const QRgb *>(gen.constScanLine(y));
        for (int x = target.left(); x <= target.right(); ++x) {
            const int d = distanceToSeam(canvasRect, exact.rect(), x, y);
            if (d < 0 || d >= featherPx)
                continue;
            const int w = weight[d];
            const QRgb a = model[x], b = out[x];
            const auto mix = [w](int p, int q) { return (p * (256 - w) + q * w + 128) >> 8; };
            out[x] = qRgba(mix(qRed(a), qRed(b)), mix(qGreen(a), qGreen(b)),
                           mix(qBlue(a), qBlue(b)), mix(qAlpha(a), qAlpha(b)));
        }
    }
    return exact;
}

} // namespace outframe
