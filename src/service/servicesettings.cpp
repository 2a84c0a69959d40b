// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "servicesettings.h"

#include "jobqueue.h"
#include "keypolicy.h"
#include "resultsfolder.h"

#include <QCoreApplication>

#include <QSettings>
#include <cmath>

namespace outframe {

namespace {

const QString kRegion = QStringLiteral("service/region");
const QString kCustomBase = QStringLiteral("service/customBaseUrl");
const QString kResults = QStringLiteral("service/resultsDirectory");
const QString kConcurrent = QStringLiteral("service/maxConcurrent");

} // namespace

ServiceSettings::ServiceSettings(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(QStringLiteral("Outframe"),
                                                              QStringLiteral("Outframe")))
{}

ServiceSettings::ServiceSettings(const QString &iniPath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

ServiceSettings::~ServiceSettings() = default;

void ServiceSettings::write(const QString &key, const QVariant &value)
{
    if (m_settings->value(key) == value)
        return;
    m_settings->setValue(key, value);
    m_settings->sync();
    emit changed();
}

QString ServiceSettings::regionName(Region region)
{
    switch (region) {
    case Region::Global:
        return QStringLiteral("global");
    case Region::Eu:
        return QStringLiteral("eu");
    case Region::Us:
        return QStringLiteral("us");
    case Region::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("global");
}

std::optional<ServiceSettings::Region> ServiceSettings::regionFromName(const QString &name)
{
    for (Region region : {Region::Global, Region::Eu, Region::Us, Region::Custom})
        if (regionName(region) == name)
            return region;
    return std::nullopt;
}

QUrl ServiceSettings::regionBaseUrl(Region region)
{
    switch (region) {
    case Region::Global:
        return QUrl(QStringLiteral("https://api.bfl.ai"));
    case Region::Eu:
        return QUrl(QStringLiteral("https://api.eu.bfl.ai"));
    case Region::Us:
        return QUrl(QStringLiteral("https://api.us.bfl.ai"));
    case Region::Custom:
        break;
    }
    return QUrl();
}

ServiceSettings::Region ServiceSettings::region() const
{
    return regionFromName(m_settings->value(kRegion).toString()).value_or(Region::Global);
}

void ServiceSettings::setRegion(Region region)
{
    write(kRegion, regionName(region));
}

QUrl ServiceSettings::customBaseUrl() const
{
    return QUrl(m_settings->value(kCustomBase).toString());
}

bool ServiceSettings::setCustomBaseUrl(const QUrl &url, QString *error)
{
    const QString problem = KeyPolicy::baseUrlProblem(url);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    write(kCustomBase, url.toString());
    return true;
}

QUrl ServiceSettings::baseUrl() const
{
    const Region r = region();
    if (r == Region::Custom) {
        const QUrl custom = customBaseUrl();
        return KeyPolicy::isTransportAllowed(custom) ? custom : regionBaseUrl(Region::Global);
    }
    return regionBaseUrl(r);
}

std::optional<QUrl> ServiceSettings::environmentBaseUrl()
{
    const QString env = qEnvironmentVariable("BFL_API_BASE").trimmed();
    if (env.isEmpty())
        return std::nullopt;
    return QUrl(env, QUrl::StrictMode);
}

QUrl ServiceSettings::effectiveBaseUrl() const
{
    return environmentBaseUrl().value_or(baseUrl());
}

QString ServiceSettings::resultsDirectory() const
{
    const QString dir = m_settings->value(kResults).toString();
    return dir.isEmpty() ? defaultResultsDirectory() : dir;
}

void ServiceSettings::setResultsDirectory(const QString &directory)
{
    if (directory.isEmpty() || directory == defaultResultsDirectory()) {
        if (m_settings->contains(kResults)) {
            m_settings->remove(kResults);
            m_settings->sync();
            emit changed();
        }
        return;
    }
    write(kResults, directory);
}

int ServiceSettings::maxConcurrent() const
{
    const int n = m_settings->value(kConcurrent, JobQueue::kDefaultMaxConcurrent).toInt();
    return qBound(1, n, JobQueue::kMaxConcurrentLimit);
}

double ServiceSettings::typicalDurationS(GenerationMode mode) const
{
    const double seconds =
        m_settings->value(QStringLiteral("polling/typical_") + generationModeName(mode)).toDouble();
    return seconds > 0 && seconds < 3600 ? seconds : 0.0;
}

void ServiceSettings::setTypicalDurationS(GenerationMode mode, double seconds)
{
    if (!(seconds > 0 && seconds < 3600))
        return;
    m_settings->setValue(QStringLiteral("polling/typical_") + generationModeName(mode), seconds);
    m_settings->sync();
}

void ServiceSettings::setMaxConcurrent(int count)
{
    write(kConcurrent, qBound(1, count, JobQueue::kMaxConcurrentLimit));
}

} // namespace outframe

namespace outframe {

namespace {
QString costKey(GenerationMode mode)
{
    return QStringLiteral("cost/creditsPerBilledMegapixel/") + generationModeName(mode);
}
} // namespace

std::optional<double> ServiceSettings::creditsPerMegapixel(GenerationMode mode) const
{
    bool ok = false;
    const double rate = m_settings->value(costKey(mode)).toDouble(&ok);
    if (!ok || !std::isfinite(rate) || rate < 0 || rate > 10'000)
        return std::nullopt;
    return rate;
}

void ServiceSettings::setCreditsPerMegapixel(GenerationMode mode, double rate)
{
    if (!std::isfinite(rate) || rate < 0 || rate > 10'000)
        return;
    m_settings->setValue(costKey(mode), rate);
    m_settings->sync();
}

} // namespace outframe
