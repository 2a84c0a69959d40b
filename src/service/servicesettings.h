// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace outframe {

// The service's settings, typed, validated and persisted (QSettings, organisation and
// application "Outframe"). Widgets read and write these, never QSettings keys.
// Every successful setter that changes a value emits changed().
class ServiceSettings : public QObject
{
    Q_OBJECT

public:
    enum class Region { Global, Eu, Us, Custom };

    // The user's settings (QSettings with the application's organisation and name).
    explicit ServiceSettings(QObject *parent = nullptr);
    // Settings in an INI file (tests).
    explicit ServiceSettings(const QString &iniPath, QObject *parent = nullptr);
    ~ServiceSettings() override;

    Region region() const;
    void setRegion(Region region);
    // The base URL used for Region::Custom (e.g. a fake server in tests).
    QUrl customBaseUrl() const;
    // False (and a message) unless the URL is https, or http on this computer.
    bool setCustomBaseUrl(const QUrl &url, QString *error = nullptr);
    // The stored base URL: the region's, or the custom one.
    QUrl baseUrl() const;
    // BFL_API_BASE when it is set (trimmed, strict parsing; it may be invalid, which
    // KeyPolicy::baseUrlProblem then says), else nothing. The one reading of that variable:
    // the app and the CLI both let it win over the stored setting (the CLI's --api-base wins
    // over it).
    static std::optional<QUrl> environmentBaseUrl();
    // The address the service is reached at: environmentBaseUrl(), else baseUrl().
    QUrl effectiveBaseUrl() const;
    static QUrl regionBaseUrl(Region region); // Custom: an empty URL
    static QString regionName(Region region); // "global", "eu", "us", "custom"
    static std::optional<Region> regionFromName(const QString &name);

    // Where results are saved; default: Pictures/Outframe.
    QString resultsDirectory() const;
    void setResultsDirectory(const QString &directory); // empty: back to the default

    // Jobs run at once, 1..24 (default 4).
    int maxConcurrent() const;
    void setMaxConcurrent(int count);

    // The typical submit-to-ready time the poll schedule learned for a mode, kept across runs;
    // 0 when nothing was learned. Not a user setting: no changed() signal.
    double typicalDurationS(GenerationMode mode) const;
    void setTypicalDurationS(GenerationMode mode, double seconds);

    // Credits per billed megapixel the service charged for the last job of `mode` (see
    // pricing.h): the estimate's correction, kept across runs. No changed() signal.
    std::optional<double> creditsPerMegapixel(GenerationMode mode) const;
    void setCreditsPerMegapixel(GenerationMode mode, double rate);

signals:
    void changed();

private:
    void write(const QString &key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace outframe
