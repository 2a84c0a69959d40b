// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerrenderer.h"

#include "colourmatch.h"
#include "compositing.h"
#include "imageio.h"
#include "resample.h"

#include <QPainter>

#include <cmath>

namespace outframe {

PreparedReference sentReferenceFor(const ResultLayer &layer, const QImage &nativeReference)
{
    if (nativeReference.isNull() || nativeReference.size() != layer.placement.referenceNativeSize())
        return {};
    PreparedReference sent = OutpaintRequest::prepareReference(nativeReference, layer.placement);
    // The service's own record of where the pixels landed wins when it is consistent.
    if (layer.referenceRect.isValid() && layer.referenceRect.size() == sent.image.size())
        sent.canvasRect = layer.referenceRect;
    return sent;
}

QImage renderLayer(const ResultLayer &layer, const PreparedReference &sent)
{
    QImage out = ImageIO::normalised(layer.image);
    if (out.isNull() || sent.image.isNull())
        return out;
    if (layer.seam.colourMatch)
        out = colourMatched(out, sent.image, sent.canvasRect);
    if (layer.seam.keepOriginal)
        out = pasteBackFeathered(out, sent.image, sent.canvasRect, layer.seam.featherPx);
    return out;
}

QImage renderLayer(const ResultLayer &layer, const QImage &nativeReference)
{
    return renderLayer(layer, sentReferenceFor(layer, nativeReference));
}

QImage withoutOpaqueAlpha(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x)
            if (qAlpha(line[x]) != 255)
                return argb;
    }
    return argb.convertToFormat(QImage::Format_RGB32);
}

namespace {

// Draws the layers over `base` in order; `render` gives one layer's pixels.
template<typename Render> QImage stack(QImage base, const QList<ResultLayer> &layers, Render render)
{
    QPainter painter(&base);
    for (const ResultLayer &layer : layers) {
        if (!layer.visible || layer.opacity <= 0.0)
            continue;
        const QImage pixels = render(layer);
        if (pixels.isNull())
            continue;
        painter.setOpacity(layer.opacity);
        painter.drawImage(QPoint(0, 0), pixels);
    }
    painter.end();
    return withoutOpaqueAlpha(base);
}

} // namespace

QImage renderComposite(const DocumentState &state)
{
    QSize canvas = state.placement.canvasSize();
    if (canvas.isEmpty() && !state.layers.isEmpty())
        canvas = state.layers.first().image.size();
    if (canvas.isEmpty())
        return {};
    QImage base(canvas, QImage::Format_ARGB32_Premultiplied);
    base.fill(Qt::transparent);
    if (!state.reference.isNull() &&
        state.reference.size() == state.placement.referenceNativeSize()) {
        const PreparedReference ref =
            OutpaintRequest::prepareReference(state.reference, state.placement);
        QPainter(&base).drawImage(ref.canvasRect.topLeft(), ref.image);
    }
    // Layers made with the same placement share one resampled reference.
    QList<std::pair<Placement, PreparedReference>> sent;
    return stack(base, state.layers, [&](const ResultLayer &layer) {
        for (const auto &entry : std::as_const(sent))
            if (entry.first == layer.placement)
                return renderLayer(layer, entry.second);
        sent.append({layer.placement, sentReferenceFor(layer, state.reference)});
        return renderLayer(layer, sent.last().second);
    });
}

QSize nativeCanvasSize(const Placement &placement)
{
    const double s = placement.referenceScale();
    const QSize c = placement.canvasSize();
    if (s >= 1.0 || c.isEmpty())
        return c;
    return QSize(int(std::lround(c.width() / s)), int(std::lround(c.height() / s)));
}

QRect nativeReferenceRect(const Placement &placement)
{
    const double s = placement.referenceScale();
    const QPoint offset = placement.resolvedOffset();
    if (s >= 1.0)
        return QRect(offset, placement.referenceNativeSize());
    return QRect(QPoint(int(std::lround(offset.x() / s)), int(std::lround(offset.y() / s))),
                 placement.referenceNativeSize());
}

QImage renderLayerNative(const ResultLayer &layer, const QImage &nativeReference)
{
    const Placement &p = layer.placement;
    const PreparedReference sent = sentReferenceFor(layer, nativeReference);
    if (p.referenceScale() >= 1.0 || sent.image.isNull())
        return renderLayer(layer, sent);
    QImage surround = ImageIO::normalised(layer.image);
    if (layer.seam.colourMatch)
        surround = colourMatched(surround, sent.image, sent.canvasRect);
    const QSize size = nativeCanvasSize(p);
    surround = resampleBicubic(surround, size);
    if (!layer.seam.keepOriginal)
        return surround;
    // With auto-crop, only the part of the native reference on the canvas was sent.
    const QRect full = nativeReferenceRect(p);
    QRect target = full;
    QImage native = ImageIO::normalised(nativeReference);
    if (p.autoCrop()) {
        target = full.intersected(QRect(QPoint(0, 0), size));
        native = native.copy(target.translated(-full.topLeft()));
    }
    const int feather = int(std::lround(layer.seam.featherPx / p.referenceScale()));
    return pasteBackFeathered(surround, native, target, feather);
}

QImage renderCompositeNative(const DocumentState &state)
{
    const Placement &p = state.placement;
    if (p.referenceScale() >= 1.0 || state.reference.isNull())
        return renderComposite(state);
    QImage base(nativeCanvasSize(p), QImage::Format_ARGB32_Premultiplied);
    base.fill(Qt::transparent);
    QPainter(&base).drawImage(nativeReferenceRect(p).topLeft(), state.reference);
    return stack(base, state.layers, [&](const ResultLayer &layer) {
        return renderLayerNative(layer, state.reference);
    });
}

} // namespace outframe
