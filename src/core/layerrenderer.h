// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "outpaintrequest.h"
#include "resultlayer.h"

#include <QImage>
#include <QSize>

namespace outframe {

// Rendering of results with their seam settings, as pure functions of values so that they
// can run on worker threads (they are slow for large images).

// The reference pixels a layer was made from and where they landed: the sent image rebuilt
// from the native reference and the layer's placement. Empty when `nativeReference` is not
// the image the layer was made for (another size), in which case nothing is pasted back.
PreparedReference sentReferenceFor(const ResultLayer &layer, const QImage &nativeReference);

// One layer at canvas size: the generated image, colour matched, with the original pasted
// back (and feathered) when its settings say so.
QImage renderLayer(const ResultLayer &layer, const QImage &nativeReference);
QImage renderLayer(const ResultLayer &layer, const PreparedReference &sent);

// The composite the artist sees: the reference on a transparent canvas (the current
// placement), then the visible layers bottom to top at their opacity. Without an alpha
// channel when every pixel is opaque.
QImage renderComposite(const DocumentState &state);

// The canvas size at the reference's native resolution: canvas / reference scale.
QSize nativeCanvasSize(const Placement &placement);
// The reference's rectangle on the native-resolution canvas.
QRect nativeReferenceRect(const Placement &placement);
// A layer at native resolution: the colour-matched surround enlarged with bicubic resampling
// and the native reference pasted back at full resolution (feather scaled to match).
QImage renderLayerNative(const ResultLayer &layer, const QImage &nativeReference);
QImage renderCompositeNative(const DocumentState &state);

// `image` as RGB32 when all its pixels are opaque (smaller and faster to encode).
QImage withoutOpaqueAlpha(const QImage &image);

} // namespace outframe
