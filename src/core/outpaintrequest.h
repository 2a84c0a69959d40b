// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"
#include "placement.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QRect>
#include <QString>

namespace outframe {

// The reference pixels that will actually be sent, and where the service will put them.
// With auto-crop on, only the visible part is kept (the service would discard the rest),
// so `canvasRect` always lies inside the canvas then.
struct PreparedReference
{
    QImage image;     // at canvas scale: resampled from the native image, maybe cropped
    QRect canvasRect; // where `image` lands on the canvas; size == image.size()
};

// A ready-to-send body for POST /v1/flux-tools/outpainting-v1.
struct OutpaintRequest
{
    QJsonObject body;
    PreparedReference reference;
    QSize canvasSize;
    qint64 encodedImageBytes = 0; // size of the encoded reference before base64

    QByteArray toJson() const;

    // Builds the request for `nativeReference` placed by `placement`. Fails (with a message
    // in `error`) when the placement is invalid or the image cannot be encoded. Slow for big
    // images (resampling, PNG encoding, base64): call it off the GUI thread.
    static OutpaintRequest build(const QImage &nativeReference, const Placement &placement,
                                 const OutpaintOptions &options, QString *error,
                                 ImageFormat uploadFormat = ImageFormat::Png);

    // Resamples and (with auto-crop) crops the reference as `build` does, without encoding.
    static PreparedReference prepareReference(const QImage &nativeReference,
                                              const Placement &placement);
};

} // namespace outframe
