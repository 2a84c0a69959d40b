// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace outframe {

// The recently opened or saved projects, most recent first, kept in the app's settings.
class RecentProjects
{
public:
    static constexpr int kDefaultMaximum = 10;

    explicit RecentProjects(QSettings *settings, int maximum = kDefaultMaximum);

    // The list, leaving out files that no longer exist.
    QStringList paths() const;
    // Puts `path` first (moving it if it was already listed) and trims the list.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    QStringList stored() const;
    void store(const QStringList &paths);

    QSettings *m_settings;
    int m_maximum;
};

} // namespace outframe
