// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtbridge.h"

#include "pushpull.h"

#include <QCoreApplication>

#include <cstring>

namespace outframe {

PixelBuffer toPixelBuffer(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    PixelBuffer buffer(argb.width(), argb.height());
    for (int y = 0; y < argb.height(); ++y) {
        std::memcpy(buffer.row(y), argb.constScanLine(y),
                    std::size_t(argb.width()) * sizeof(std::uint32_t));
    }
    return buffer;
}

QImage toQImage(const PixelBuffer &buffer)
{
    if (buffer.isEmpty())
        return {};
    QImage image(buffer.width, buffer.height, QImage::Format_ARGB32);
    for (int y = 0; y < buffer.height; ++y) {
        std::memcpy(image.scanLine(y), buffer.row(y),
                    std::size_t(buffer.width) * sizeof(std::uint32_t));
    }
    return image;
}

ReferenceCanvas canvasAroundReference(const QImage &reference, const QRect &rect, QSize canvasSize)
{
    ReferenceCanvas result;
    if (canvasSize.isEmpty())
        return result;
    result.canvas = PixelBuffer(canvasSize.width(), canvasSize.height(), 0xff808080u);
    result.known = KnownMask(canvasSize.width(), canvasSize.height(), 0);
    if (reference.isNull() || rect.isEmpty())
        return result;
    QImage scaled =
        reference.size() == rect.size()
            ? reference
            : reference.scaled(rect.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    scaled = scaled.convertToFormat(QImage::Format_ARGB32);
    const QRect visible = rect.intersected(QRect(QPoint(0, 0), canvasSize));
    for (int y = visible.top(); y <= visible.bottom(); ++y) {
        const auto *src =
            reinterpret_cast<const std::uint32_t *>(scaled.constScanLine(y - rect.top()));
        std::uint32_t *dst = result.canvas.row(y);
        std::uint8_t *known = result.known.row(y);
        for (int x = visible.left(); x <= visible.right(); ++x) {
            const std::uint32_t p = src[x - rect.left()];
            if (alphaOf(p) == 0)
                continue;
            dst[x] = p;
            known[x] = 1;
        }
    }
    return result;
}

ReferenceFill fillAroundReference(const QImage &reference, const QRect &rect, QSize canvasSize,
                                  const FillOptions &options, const std::atomic_bool &cancel,
                                  const ProgressFn &progress)
{
    ReferenceFill fill;
    if (reference.isNull()) {
        fill.message = QCoreApplication::translate("outframe::Engine",
                                                   "There is no reference image to extend.");
        return fill;
    }
    if (canvasSize.isEmpty()) {
        fill.message = QCoreApplication::translate("outframe::Engine", "The canvas has no pixels.");
        return fill;
    }
    const ReferenceCanvas input = canvasAroundReference(reference, rect, canvasSize);
    const FillResult result = fillUnknown(input.canvas, input.known, options, cancel, progress);
    fill.status = result.status;
    // The engine's messages are its source texts, marked for lupdate in completion.cpp.
    fill.message = QCoreApplication::translate("outframe::Engine", result.message.c_str());
    if (result.status == FillStatus::Filled)
        fill.image = toQImage(result.image);
    return fill;
}

QImage previewAroundReference(const QImage &reference, const QRect &rect, QSize canvasSize)
{
    const ReferenceCanvas input = canvasAroundReference(reference, rect, canvasSize);
    if (input.canvas.isEmpty())
        return {};
    return toQImage(pushPullFill(input.canvas, input.known));
}

} // namespace outframe
