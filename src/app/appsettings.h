// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"

#include <QObject>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace outframe {

// The app's own preferences, typed, with their defaults and limits in one place: no widget
// touches QSettings keys. (The service's settings — region, results folder, concurrency —
// live in the service layer.)
class AppSettings : public QObject
{
    Q_OBJECT

public:
    // Uses the application's default settings store.
    explicit AppSettings(QObject *parent = nullptr);

    static constexpr int kMaxRecentFiles = 10;
    QStringList recentFiles() const;
    // Moves `path` to the top of the list.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    bool snapping() const;
    void setSnapping(bool on);

    QString lastOpenFolder() const;
    void setLastOpenFolder(const QString &folder);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);

    // What the Generate panel starts with: the artist's last choices.
    OutpaintOptions generationOptions() const;
    void setGenerationOptions(const OutpaintOptions &options);
    static constexpr int kMaxVariations = 8;
    int variations() const;
    void setVariations(int count);

signals:
    void recentFilesChanged();
    void snappingChanged(bool on);

private:
    QSettings m_settings;
};

} // namespace outframe
