// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outpaintoptions.h"

#include <QFileInfo>

namespace outframe {

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpeg:
        return QStringLiteral("jpeg");
    case ImageFormat::Webp:
        return QStringLiteral("webp");
    }
    return QStringLiteral("png");
}

QString imageFormatSuffix(ImageFormat format)
{
    return format == ImageFormat::Jpeg ? QStringLiteral("jpg") : imageFormatName(format);
}

std::optional<ImageFormat> imageFormatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("png"))
        return ImageFormat::Png;
    if (n == QLatin1String("jpeg") || n == QLatin1String("jpg"))
        return ImageFormat::Jpeg;
    if (n == QLatin1String("webp"))
        return ImageFormat::Webp;
    return std::nullopt;
}

std::optional<ImageFormat> imageFormatFromPath(const QString &path)
{
    return imageFormatFromName(QFileInfo(path).suffix());
}

QString generationModeName(GenerationMode mode)
{
    return mode == GenerationMode::Fast ? QStringLiteral("fast") : QStringLiteral("high");
}

std::optional<GenerationMode> generationModeFromName(const QString &name)
{
    if (name == QLatin1String("high"))
        return GenerationMode::High;
    if (name == QLatin1String("fast"))
        return GenerationMode::Fast;
    return std::nullopt;
}

void writeOutpaintOptions(const OutpaintOptions &options, QJsonObject &json)
{
    json.insert(QStringLiteral("prompt"), options.prompt);
    json.insert(QStringLiteral("mode"), generationModeName(options.mode));
    json.insert(QStringLiteral("output_format"), imageFormatName(options.outputFormat));
    json.insert(QStringLiteral("safety_tolerance"), options.safetyTolerance);
}

OutpaintOptions readOutpaintOptions(const QJsonObject &json)
{
    OutpaintOptions options;
    options.prompt = json.value(QLatin1String("prompt")).toString();
    options.mode = generationModeFromName(json.value(QLatin1String("mode")).toString())
                       .value_or(GenerationMode::High);
    options.outputFormat =
        imageFormatFromName(json.value(QLatin1String("output_format")).toString())
            .value_or(ImageFormat::Png);
    options.safetyTolerance = qBound(OutpaintOptions::kMinSafetyTolerance,
                                     json.value(QLatin1String("safety_tolerance")).toInt(2),
                                     OutpaintOptions::kMaxSafetyTolerance);
    return options;
}

} // namespace outframe
