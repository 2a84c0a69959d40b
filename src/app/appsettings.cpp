// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace outframe {

namespace {

const QString kRecentFiles = QStringLiteral("files/recent");
const QString kLastFolder = QStringLiteral("files/lastFolder");
const QString kSnapping = QStringLiteral("canvas/snapping");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kPrompt = QStringLiteral("generate/prompt");
const QString kMode = QStringLiteral("generate/mode");
const QString kFormat = QStringLiteral("generate/outputFormat");
const QString kSafety = QStringLiteral("generate/safetyTolerance");
const QString kVariations = QStringLiteral("generate/variations");

} // namespace

AppSettings::AppSettings(QObject *parent) : QObject(parent) {}

QStringList AppSettings::recentFiles() const
{
    QStringList files = m_settings.value(kRecentFiles).toStringList();
    files.removeAll(QString());
    if (files.size() > kMaxRecentFiles)
        files = files.mid(0, kMaxRecentFiles);
    return files;
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    m_settings.setValue(kRecentFiles, files.mid(0, kMaxRecentFiles));
    emit recentFilesChanged();
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    m_settings.setValue(kRecentFiles, files);
    emit recentFilesChanged();
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(kRecentFiles);
    emit recentFilesChanged();
}

bool AppSettings::snapping() const
{
    return m_settings.value(kSnapping, true).toBool();
}

void AppSettings::setSnapping(bool on)
{
    if (on == snapping())
        return;
    m_settings.setValue(kSnapping, on);
    emit snappingChanged(on);
}

QString AppSettings::lastOpenFolder() const
{
    return m_settings.value(kLastFolder).toString();
}

void AppSettings::setLastOpenFolder(const QString &folder)
{
    m_settings.setValue(kLastFolder, folder);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(kGeometry, geometry);
    m_settings.setValue(kState, state);
}

OutpaintOptions AppSettings::generationOptions() const
{
    OutpaintOptions options;
    options.prompt = m_settings.value(kPrompt).toString();
    options.mode =
        generationModeFromName(m_settings.value(kMode).toString()).value_or(GenerationMode::High);
    options.outputFormat =
        imageFormatFromName(m_settings.value(kFormat).toString()).value_or(ImageFormat::Png);
    bool ok = false;
    const int safety = m_settings.value(kSafety).toInt(&ok);
    options.safetyTolerance = ok ? std::clamp(safety, OutpaintOptions::kMinSafetyTolerance,
                                              OutpaintOptions::kMaxSafetyTolerance)
                                 : 2;
    return options;
}

void AppSettings::setGenerationOptions(const OutpaintOptions &options)
{
    m_settings.setValue(kPrompt, options.prompt);
    m_settings.setValue(kMode, generationModeName(options.mode));
    m_settings.setValue(kFormat, imageFormatName(options.outputFormat));
    m_settings.setValue(kSafety, options.safetyTolerance);
}

int AppSettings::variations() const
{
    return std::clamp(m_settings.value(kVariations, 1).toInt(), 1, kMaxVariations);
}

void AppSettings::setVariations(int count)
{
    m_settings.setValue(kVariations, std::clamp(count, 1, kMaxVariations));
}

} // namespace outframe
