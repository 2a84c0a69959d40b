// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outpaintrequest.h"

#include "imageio.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace outframe {

QByteArray OutpaintRequest::toJson() const
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

PreparedReference OutpaintRequest::prepareReference(const QImage &nativeReference,
                                                    const Placement &placement)
{
    PreparedReference out;
    const QSize size = placement.referenceSize();
    QImage scaled =
        nativeReference.size() == size
            ? nativeReference
            : nativeReference.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QRect full = placement.referenceRect();
    if (placement.autoCrop() && placement.referenceExceedsCanvas()) {
        const QRect visible = placement.visibleReferenceRect();
        out.image = scaled.copy(visible.translated(-full.topLeft()));
        out.canvasRect = visible;
    } else {
        out.image = scaled;
        out.canvasRect = full;
    }
    return out;
}

OutpaintRequest OutpaintRequest::build(const QImage &nativeReference, const Placement &placement,
                                       const OutpaintOptions &options, QString *error,
                                       ImageFormat uploadFormat)
{
    OutpaintRequest request;
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return OutpaintRequest{};
    };
    if (nativeReference.isNull())
        return fail(QCoreApplication::translate("outframe::OutpaintRequest", "There is no image."));
    if (nativeReference.size() != placement.referenceNativeSize())
        return fail(QCoreApplication::translate("outframe::OutpaintRequest",
                                                "The placement was made for another image."));
    const QList<PlacementProblem> problems = placement.problems();
    if (!problems.isEmpty())
        return fail(problems.first().message);
    if (options.safetyTolerance < OutpaintOptions::kMinSafetyTolerance ||
        options.safetyTolerance > OutpaintOptions::kMaxSafetyTolerance)
        return fail(QCoreApplication::translate("outframe::OutpaintRequest",
                                                "Safety tolerance must be between 0 and 5."));

    request.reference = prepareReference(nativeReference, placement);
    request.canvasSize = placement.canvasSize();

    QString encodeError;
    const QByteArray encoded =
        ImageIO::encode(request.reference.image, uploadFormat, 95, &encodeError);
    if (encoded.isEmpty())
        return fail(encodeError);
    request.encodedImageBytes = encoded.size();

    // Only fields of the contract's schema (it rejects anything else with 422), integers as
    // integers, and explicit offsets so we always know where the service put the reference.
    QJsonObject body;
    body.insert(QStringLiteral("input_image"), QString::fromLatin1(encoded.toBase64()));
    body.insert(QStringLiteral("width"), placement.canvasSize().width());
    body.insert(QStringLiteral("height"), placement.canvasSize().height());
    body.insert(QStringLiteral("reference_offset_x"), request.reference.canvasRect.x());
    body.insert(QStringLiteral("reference_offset_y"), request.reference.canvasRect.y());
    body.insert(QStringLiteral("auto_crop"), placement.autoCrop());
    body.insert(QStringLiteral("output_format"), imageFormatName(options.outputFormat));
    if (!options.prompt.trimmed().isEmpty())
        body.insert(QStringLiteral("prompt"), options.prompt.trimmed());
    body.insert(QStringLiteral("mode"), generationModeName(options.mode));
    body.insert(QStringLiteral("safety_tolerance"), options.safetyTolerance);
    if (options.disablePromptUpsampling)
        body.insert(QStringLiteral("disable_pup"), true);
    request.body = body;
    return request;
}

} // namespace outframe
