// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framegeometry.h"

#include <algorithm>
#include <cmath>

namespace outframe {

namespace {

// Keeps an axis at least `minSide` long, holding the side that was not dragged.
void clampAxis(double &lo, double &hi, bool movesLo, bool movesHi, bool fromCentre, double minSide)
{
    if (hi - lo >= minSide)
        return;
    if (fromCentre || (movesLo && movesHi)) {
        const double centre = (lo + hi) / 2.0;
        lo = centre - minSide / 2.0;
        hi = lo + minSide;
    } else if (movesLo) {
        lo = hi - minSide;
    } else {
        hi = lo + minSide;
    }
}

// Places a span of `length` on an axis after a ratio-keeping resize: the dragged side moves,
// the other stays; an axis that was not dragged (or a resize from the centre) keeps its centre.
void placeAxis(double &lo, double &hi, double length, bool movesLo, bool movesHi, bool fromCentre)
{
    if ((!movesLo && !movesHi) || fromCentre || (movesLo && movesHi)) {
        const double centre = (lo + hi) / 2.0;
        lo = centre - length / 2.0;
        hi = centre + length / 2.0;
    } else if (movesLo) {
        lo = hi - length;
    } else {
        hi = lo + length;
    }
}

std::optional<int> offsetForCanvas(std::optional<int> offset, int oldCanvas, int newCanvas,
                                   int referenceLength)
{
    if (!offset)
        return offset;
    const int oldMargin = oldCanvas - referenceLength;
    const int newMargin = newCanvas - referenceLength;
    if (oldMargin == 0)
        return std::nullopt; // it filled the axis: centring is the only neutral choice
    const double share = double(*offset) / double(oldMargin);
    if (share < 0.0 || share > 1.0)
        return offset; // partly outside the frame: leave it where the artist dragged it
    return int(std::lround(share * newMargin));
}

QSize atLeastMinimum(QSize size)
{
    return size.expandedTo(QSize(Placement::kMinSide, Placement::kMinSide));
}

} // namespace

QRect resizeFrame(const QRect &frame, FrameEdges edges, QPoint delta,
                  const FrameResizeOptions &options)
{
    double l = frame.left();
    double t = frame.top();
    double r = l + frame.width();
    double b = t + frame.height();
    const bool left = edges.testFlag(FrameEdge::Left);
    const bool right = edges.testFlag(FrameEdge::Right);
    const bool top = edges.testFlag(FrameEdge::Top);
    const bool bottom = edges.testFlag(FrameEdge::Bottom);
    const bool centre = options.fromCentre;

    if (left) {
        l += delta.x();
        if (centre)
            r -= delta.x();
    }
    if (right) {
        r += delta.x();
        if (centre)
            l -= delta.x();
    }
    if (top) {
        t += delta.y();
        if (centre)
            b -= delta.y();
    }
    if (bottom) {
        b += delta.y();
        if (centre)
            t -= delta.y();
    }

    const double minSide = std::max(1, options.minSide);
    clampAxis(l, r, left, right, centre, minSide);
    clampAxis(t, b, top, bottom, centre, minSide);

    if (options.keepAspect && !frame.isEmpty()) {
        const double ratio = double(frame.width()) / double(frame.height());
        double w = r - l;
        double h = b - t;
        const bool movesX = left || right;
        const bool movesY = top || bottom;
        if (movesX && movesY) {
            // A corner follows whichever side the pointer pulled further.
            if (w / frame.width() >= h / frame.height())
                h = w / ratio;
            else
                w = h * ratio;
        } else if (movesX) {
            h = w / ratio;
        } else if (movesY) {
            w = h * ratio;
        }
        if (h < minSide) {
            h = minSide;
            w = h * ratio;
        }
        if (w < minSide) {
            w = minSide;
            h = w / ratio;
        }
        placeAxis(l, r, w, left, right, centre);
        placeAxis(t, b, h, top, bottom, centre);
    }

    const int x = int(std::lround(l));
    const int y = int(std::lround(t));
    return QRect(x, y, std::max(int(minSide), int(std::lround(r - l))),
                 std::max(int(minSide), int(std::lround(b - t))));
}

QList<AspectRatio> standardAspectRatios()
{
    const auto make = [](int w, int h) {
        return AspectRatio{w, h, QStringLiteral("%1:%2").arg(w).arg(h)};
    };
    return {make(1, 1), make(4, 5), make(3, 2), make(4, 3), make(16, 9), make(9, 16), make(21, 9)};
}

QSize largestSizeWithin(double ratio, qint64 maxPixels)
{
    if (!(ratio > 0) || maxPixels <= 0)
        return {};
    int w = std::max(1, int(std::floor(std::sqrt(double(maxPixels) * ratio))));
    int h = std::max(1, int(std::floor(w / ratio)));
    while (qint64(w) * h > maxPixels && w > 1)
        h = std::max(1, int(std::floor(--w / ratio)));
    return QSize(w, h);
}

Placement withCanvasSize(const Placement &placement, QSize canvas)
{
    Placement out = placement;
    const QSize old = placement.canvasSize();
    const QSize ref = placement.referenceSize();
    out.setCanvasSize(canvas);
    out.setOffsetX(offsetForCanvas(placement.offsetX(), old.width(), canvas.width(), ref.width()));
    out.setOffsetY(
        offsetForCanvas(placement.offsetY(), old.height(), canvas.height(), ref.height()));
    return out;
}

namespace {

// The share of a size change that goes to the leading side (left or top) under `anchor`.
double leadingShare(Qt::Alignment anchor, Qt::Alignment leading, Qt::Alignment trailing)
{
    if (anchor & leading)
        return 0.0; // the leading edge is pinned: all of it goes to the trailing side
    if (anchor & trailing)
        return 1.0;
    return 0.5;
}

} // namespace

Placement withAddedMargins(const Placement &placement, QMargins margins)
{
    const QSize old = placement.canvasSize();
    // Not clamped to the service's minimum: a frame too small is shown as a problem.
    const QSize canvas = QSize(old.width() + margins.left() + margins.right(),
                               old.height() + margins.top() + margins.bottom())
                             .expandedTo(QSize(1, 1));
    Placement out = placement;
    out.setCanvasSize(canvas);
    const QPoint offset = placement.resolvedOffset();
    // An axis that grows evenly keeps a centred reference centred.
    if (placement.offsetX() || margins.left() != margins.right())
        out.setOffsetX(offset.x() + margins.left());
    if (placement.offsetY() || margins.top() != margins.bottom())
        out.setOffsetY(offset.y() + margins.top());
    return out;
}

Placement withCanvasSize(const Placement &placement, QSize canvas, Qt::Alignment anchor)
{
    const QSize old = placement.canvasSize();
    const int dw = canvas.width() - old.width();
    const int dh = canvas.height() - old.height();
    const int left = int(std::floor(dw * leadingShare(anchor, Qt::AlignLeft, Qt::AlignRight)));
    const int top = int(std::floor(dh * leadingShare(anchor, Qt::AlignTop, Qt::AlignBottom)));
    Placement out = withAddedMargins(placement, QMargins(left, top, dw - left, dh - top));
    // Odd growth around a centred reference: it stays centred rather than a pixel off.
    if (!placement.offsetX() && (anchor & Qt::AlignHorizontal_Mask) == Qt::AlignHCenter)
        out.setOffsetX(std::nullopt);
    if (!placement.offsetY() && (anchor & Qt::AlignVertical_Mask) == Qt::AlignVCenter)
        out.setOffsetY(std::nullopt);
    return out;
}

Placement withExtendedFrame(const Placement &placement, double fraction, Qt::Alignment anchor)
{
    const QSize old = placement.canvasSize();
    if (old.isEmpty() || !(fraction > 0))
        return placement;
    const int sidesX = (anchor & (Qt::AlignLeft | Qt::AlignRight)) ? 1 : 2;
    const int sidesY = (anchor & (Qt::AlignTop | Qt::AlignBottom)) ? 1 : 2;
    const auto grown = [&](double f) {
        return QSize(int(std::lround(old.width() * (1.0 + sidesX * f))),
                     int(std::lround(old.height() * (1.0 + sidesY * f))));
    };
    const auto fits = [](QSize size) {
        return qint64(size.width()) * size.height() <= Placement::kMaxPixels;
    };
    QSize size = grown(fraction);
    if (!fits(size)) {
        // As much of the growth as the limit leaves room for.
        double low = 0.0;
        double high = fraction;
        for (int i = 0; i < 40; ++i) {
            const double mid = (low + high) / 2;
            (fits(grown(mid)) ? low : high) = mid;
        }
        size = fits(old) ? grown(low) : old;
    }
    return withCanvasSize(placement, atLeastMinimum(size), anchor);
}

Placement withAspectRatio(const Placement &placement, double ratio)
{
    if (!(ratio > 0))
        return placement;
    const QSize ref = placement.referenceSize();
    double area = double(std::min(placement.outputPixels(), Placement::kMaxPixels));
    if (area <= 0)
        area = double(ref.width()) * ref.height() * 2.25;
    double w = std::sqrt(area * ratio);
    double h = w / ratio;
    if (w < ref.width()) {
        w = ref.width();
        h = w / ratio;
    }
    if (h < ref.height()) {
        h = ref.height();
        w = h * ratio;
    }
    QSize size(int(std::lround(w)), int(std::lround(h)));
    if (qint64(size.width()) * size.height() > Placement::kMaxPixels)
        size = largestSizeWithin(ratio, Placement::kMaxPixels);
    return withCanvasSize(placement, atLeastMinimum(size));
}

Placement withFrameFittedToLimit(const Placement &placement)
{
    const QSize canvas = placement.canvasSize();
    if (canvas.isEmpty())
        return placement;
    const double ratio = double(canvas.width()) / double(canvas.height());
    return withCanvasSize(placement,
                          atLeastMinimum(largestSizeWithin(ratio, Placement::kMaxPixels)));
}

Placement withExtendedFrame(const Placement &placement, double fractionPerSide)
{
    const QSize ref = placement.referenceSize();
    if (ref.isEmpty())
        return placement;
    const double factor = 1.0 + 2.0 * std::max(0.0, fractionPerSide);
    QSize size(int(std::lround(ref.width() * factor)), int(std::lround(ref.height() * factor)));
    if (qint64(size.width()) * size.height() > Placement::kMaxPixels)
        size = largestSizeWithin(double(size.width()) / size.height(), Placement::kMaxPixels);
    Placement out = placement;
    out.setCanvasSize(atLeastMinimum(size));
    out.centre();
    return out;
}

Placement withReferenceScale(const Placement &placement, double scale)
{
    const QRect before = placement.referenceRect();
    const double cx = before.x() + before.width() / 2.0;
    const double cy = before.y() + before.height() / 2.0;
    Placement out = placement;
    out.setReferenceScale(Placement::clampReferenceScale(scale));
    const QSize after = out.referenceSize();
    if (placement.offsetX())
        out.setOffsetX(int(std::lround(cx - after.width() / 2.0)));
    if (placement.offsetY())
        out.setOffsetY(int(std::lround(cy - after.height() / 2.0)));
    return out;
}

Placement withNativeResolution(const Placement &placement, int maxSide)
{
    const QSize canvas = placement.canvasSize();
    double factor = 1.0 / placement.referenceScale();
    factor =
        std::min(factor, double(maxSide) / std::max(1, std::max(canvas.width(), canvas.height())));
    // Never smaller than the image at full size, nor than the frame already is.
    factor = std::max(factor, 1.0);
    Placement out = placement;
    out.setReferenceScale(1.0);
    out.setCanvasSize(QSize(std::min(maxSide, int(std::lround(canvas.width() * factor))),
                            std::min(maxSide, int(std::lround(canvas.height() * factor)))));
    if (placement.offsetX())
        out.setOffsetX(int(std::lround(*placement.offsetX() * factor)));
    if (placement.offsetY())
        out.setOffsetY(int(std::lround(*placement.offsetY() * factor)));
    return out;
}

} // namespace outframe
