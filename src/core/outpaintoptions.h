// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace outframe {

enum class ImageFormat { Png, Jpeg, Webp };

// "png", "jpeg", "webp": the names the contract and Qt's image plugins use.
QString imageFormatName(ImageFormat format);
std::optional<ImageFormat> imageFormatFromName(const QString &name);
// From a file name's suffix (.png .jpg .jpeg .webp), case-insensitive.
std::optional<ImageFormat> imageFormatFromPath(const QString &path);
QString imageFormatSuffix(ImageFormat format);

enum class GenerationMode { High, Fast };

// What the artist chose besides the placement: the rest of the contract's request fields.
struct OutpaintOptions
{
    QString prompt; // empty = no prompt
    GenerationMode mode = GenerationMode::High;
    ImageFormat outputFormat = ImageFormat::Png;
    int safetyTolerance = 2; // 0 (strictest) .. 5
    bool disablePromptUpsampling = false;

    static constexpr int kMinSafetyTolerance = 0;
    static constexpr int kMaxSafetyTolerance = 5;

    bool operator==(const OutpaintOptions &) const = default;
};

QString generationModeName(GenerationMode mode);

// The options' keys in a JSON record (the result sidecar's "parameters", a chain's manifest):
// "prompt", "mode", "output_format", "safety_tolerance". The prompt-upsampling switch is not
// among them. Reading is lenient: what is missing or unusable keeps its default.
void writeOutpaintOptions(const OutpaintOptions &options, QJsonObject &json);
OutpaintOptions readOutpaintOptions(const QJsonObject &json);
std::optional<GenerationMode> generationModeFromName(const QString &name);

} // namespace outframe
