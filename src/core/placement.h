// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

namespace outframe {

// One reason a placement cannot be sent to the service, in the artist's words.
struct PlacementProblem
{
    enum class Kind {
        NoReference,
        CanvasTooSmall,
        CanvasTooLarge,
        ReferenceOutside,
        ReferenceExceedsCanvas,
        ReferenceTooLarge, // the scaled reference would not fit in memory (auto-crop, scale > 1)
    };
    Kind kind;
    QString message;
};

// Where the reference image sits on the target canvas: the single home of the contract's
// geometry rules (64 px minimum side, 4,194,304 px maximum, centring, auto-crop).
//
// All coordinates are canvas (output) pixels. The reference is placed at its *scaled* size:
// the service places the pixels it receives at their own size, so a scale other than 1 means
// the client resamples the reference before sending it.
//
// Centring: an absent offset means "centred on that axis" and resolves to
//     offset = floor((canvas - reference) / 2)
// so when the leftover is odd the extra pixel goes to the right (or bottom) margin, and a
// reference larger than the canvas overhangs one pixel more on the left (or top).
class Placement
{
public:
    static constexpr int kMinSide = 64;
    static constexpr qint64 kMaxPixels = 4'194'304;
    // The service's megapixel, the one it bills ("each started 1024 x 1024 px"): the UI's
    // "MP" everywhere, so the limit above is exactly 4 MP.
    static constexpr qint64 kPixelsPerMegapixel = 1024 * 1024;
    // The scaled reference is resampled whole before cropping; beyond this it is refused
    // (as big as the largest image Outframe loads).
    static constexpr qint64 kMaxScaledReferencePixels = 200'000'000;
    // The reference scale an artist can choose (1 % to 400 %), and what a project, a sidecar
    // or the command line may ask for.
    static constexpr double kMinReferenceScale = 0.01;
    static constexpr double kMaxReferenceScale = 4.0;
    // Into that range; not-a-number becomes 1.
    static double clampReferenceScale(double scale);

    Placement() = default;
    Placement(QSize canvasSize, QSize referenceNativeSize);

    // A sensible start for a freshly dropped image: the canvas extends the reference by
    // 25 % on each side, and the reference is scaled down (never up) so that canvas fits
    // in the 4 MP limit.
    static Placement forNewReference(QSize referenceNativeSize);

    // The largest scale (at most 1) at which `reference` fits inside `maxPixels` once
    // multiplied by `canvasFactor` on each axis.
    static double scaleToFit(QSize reference, qint64 maxPixels, double canvasFactor = 1.0);

    QSize canvasSize() const { return m_canvas; }
    void setCanvasSize(QSize size) { m_canvas = size; }

    QSize referenceNativeSize() const { return m_referenceNative; }
    void setReferenceNativeSize(QSize size) { m_referenceNative = size; }

    double referenceScale() const { return m_scale; }
    void setReferenceScale(double scale);

    // The reference's size on the canvas after scaling: each side rounded, at least 1 px.
    QSize referenceSize() const;

    std::optional<int> offsetX() const { return m_offsetX; }
    std::optional<int> offsetY() const { return m_offsetY; }
    void setOffsetX(std::optional<int> x) { m_offsetX = x; }
    void setOffsetY(std::optional<int> y) { m_offsetY = y; }
    void setOffset(QPoint offset);
    void centre();

    bool autoCrop() const { return m_autoCrop; }
    void setAutoCrop(bool on) { m_autoCrop = on; }

    // The offsets with centring resolved.
    QPoint resolvedOffset() const;
    QRect canvasRect() const { return QRect(QPoint(0, 0), m_canvas); }
    QRect referenceRect() const;
    // The part of the reference that lies on the canvas (empty when it is entirely outside).
    QRect visibleReferenceRect() const;
    bool referenceExceedsCanvas() const;

    qint64 outputPixels() const;
    double outputMegapixels() const;

    QList<PlacementProblem> problems() const;
    bool isValid() const { return problems().isEmpty(); }

    bool operator==(const Placement &other) const;
    bool operator!=(const Placement &other) const { return !(*this == other); }

private:
    QSize m_canvas;
    QSize m_referenceNative;
    double m_scale = 1.0;
    std::optional<int> m_offsetX;
    std::optional<int> m_offsetY;
    bool m_autoCrop = false;
};

// Megapixels as the app shows them: "4.19 MP".
// "4 MP", "2.5 MP", "3.97 MP": in the service's megapixels, to two decimals at most.
QString formatMegapixels(qint64 pixels);

} // namespace outframe
