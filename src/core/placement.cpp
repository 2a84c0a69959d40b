// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include "numberformat.h"

#include <QCoreApplication>

#include <cmath>

namespace outframe {

namespace {

// Offsets beyond this are far off any canvas (sides are limited by the 4 MP rule); clamping
// them keeps the rectangle arithmetic (right = x + width - 1) from overflowing, which made a
// placement far outside look valid.
constexpr qint64 kMaxOffset = 1 << 28;

int clampedOffset(qint64 offset)
{
    return int(qBound(-kMaxOffset, offset, kMaxOffset));
}

// floor((a - b) / 2) for any sign, in integers.
int centredOffset(int canvas, int reference)
{
    const qint64 diff = qint64(canvas) - reference;
    return clampedOffset(diff >= 0 ? diff / 2 : -((-diff + 1) / 2));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::Placement", text);
}

} // namespace

Placement::Placement(QSize canvasSize, QSize referenceNativeSize)
    : m_canvas(canvasSize), m_referenceNative(referenceNativeSize)
{}

Placement Placement::forNewReference(QSize referenceNativeSize)
{
    constexpr double kExtend = 1.5; // 25 % on each side
    Placement p;
    p.m_referenceNative = referenceNativeSize;
    p.m_scale = scaleToFit(referenceNativeSize, kMaxPixels, kExtend);
    const QSize ref = p.referenceSize();
    QSize canvas(int(std::floor(ref.width() * kExtend)), int(std::floor(ref.height() * kExtend)));
    // Rounding of the scale can leave the canvas a few pixels over the limit: trim it.
    while (qint64(canvas.width()) * canvas.height() > kMaxPixels) {
        if (canvas.width() >= canvas.height())
            canvas.rwidth() -= 1;
        else
            canvas.rheight() -= 1;
    }
    canvas = canvas.expandedTo(QSize(kMinSide, kMinSide)).expandedTo(ref);
    p.m_canvas = canvas;
    return p;
}

double Placement::scaleToFit(QSize reference, qint64 maxPixels, double canvasFactor)
{
    if (reference.isEmpty() || maxPixels <= 0 || canvasFactor <= 0)
        return 1.0;
    const double area =
        double(reference.width()) * reference.height() * canvasFactor * canvasFactor;
    if (area <= double(maxPixels))
        return 1.0;
    // Round down a little so that the rounded scaled size still fits.
    double scale = std::sqrt(double(maxPixels) / area);
    scale = std::floor(scale * 10000.0) / 10000.0;
    return scale;
}

double Placement::clampReferenceScale(double scale)
{
    if (std::isnan(scale))
        return 1.0;
    return qBound(kMinReferenceScale, scale, kMaxReferenceScale);
}

void Placement::setReferenceScale(double scale)
{
    m_scale = (std::isfinite(scale) && scale > 0) ? scale : 1.0;
}

QSize Placement::referenceSize() const
{
    if (m_referenceNative.isEmpty())
        return {};
    const auto scaled = [this](int side) { return qMax(1, int(std::lround(side * m_scale))); };
    return QSize(scaled(m_referenceNative.width()), scaled(m_referenceNative.height()));
}

void Placement::setOffset(QPoint offset)
{
    m_offsetX = offset.x();
    m_offsetY = offset.y();
}

void Placement::centre()
{
    m_offsetX.reset();
    m_offsetY.reset();
}

QPoint Placement::resolvedOffset() const
{
    const QSize ref = referenceSize();
    return QPoint(
        m_offsetX ? clampedOffset(*m_offsetX) : centredOffset(m_canvas.width(), ref.width()),
        m_offsetY ? clampedOffset(*m_offsetY) : centredOffset(m_canvas.height(), ref.height()));
}

QRect Placement::referenceRect() const
{
    return QRect(resolvedOffset(), referenceSize());
}

QRect Placement::visibleReferenceRect() const
{
    return referenceRect().intersected(canvasRect());
}

bool Placement::referenceExceedsCanvas() const
{
    return !canvasRect().contains(referenceRect());
}

qint64 Placement::outputPixels() const
{
    return m_canvas.isValid() ? qint64(m_canvas.width()) * m_canvas.height() : 0;
}

double Placement::outputMegapixels() const
{
    return double(outputPixels()) / kPixelsPerMegapixel;
}

QList<PlacementProblem> Placement::problems() const
{
    using Kind = PlacementProblem::Kind;
    QList<PlacementProblem> out;
    if (m_referenceNative.isEmpty()) {
        out.append({Kind::NoReference, tr("There is no image to outpaint yet.")});
        return out;
    }
    // In doubles: a huge scale must neither overflow nor allocate gigabytes later.
    const double scaledPixels =
        double(m_referenceNative.width()) * m_referenceNative.height() * m_scale * m_scale;
    if (scaledPixels > double(kMaxScaledReferencePixels)) {
        out.append({Kind::ReferenceTooLarge,
                    tr("At scale %1 the image would be %2; scale it down (at most %3).")
                        .arg(NumberFormat::decimal(m_scale, -1))
                        .arg(formatMegapixels(qint64(std::min(scaledPixels, 9e18))))
                        .arg(formatMegapixels(kMaxScaledReferencePixels))});
        return out;
    }
    const QSize c = m_canvas;
    if (c.width() < kMinSide || c.height() < kMinSide) {
        out.append(
            {Kind::CanvasTooSmall, tr("The canvas is %1 × %2 px; each side must be at least %3 px.")
                                       .arg(c.width())
                                       .arg(c.height())
                                       .arg(kMinSide)});
    }
    if (outputPixels() > kMaxPixels) {
        out.append({Kind::CanvasTooLarge,
                    tr("The canvas is %1 × %2 = %3 px; the service allows at most %4 px (%5).")
                        .arg(c.width())
                        .arg(c.height())
                        .arg(NumberFormat::integer(outputPixels()))
                        .arg(NumberFormat::integer(kMaxPixels))
                        .arg(NumberFormat::megapixels(kMaxPixels))});
    }
    if (c.isEmpty() || visibleReferenceRect().isEmpty()) {
        out.append(
            {Kind::ReferenceOutside,
             tr("The image lies entirely outside the canvas; move it back onto the frame.")});
    } else if (!m_autoCrop && referenceExceedsCanvas()) {
        out.append({Kind::ReferenceExceedsCanvas,
                    tr("The image extends beyond the canvas; move it inside the frame or turn on "
                       "auto-crop.")});
    }
    return out;
}

bool Placement::operator==(const Placement &o) const
{
    return m_canvas == o.m_canvas && m_referenceNative == o.m_referenceNative &&
           m_scale == o.m_scale && m_offsetX == o.m_offsetX && m_offsetY == o.m_offsetY &&
           m_autoCrop == o.m_autoCrop;
}

QString formatMegapixels(qint64 pixels)
{
    return NumberFormat::megapixels(pixels);
}

} // namespace outframe
