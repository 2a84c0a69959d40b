// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentprojects.h"

#include <QFileInfo>
#include <QSettings>

namespace outframe {

namespace {

const QString kKey = QStringLiteral("projects/recent");

// The same file reached by two spellings is one entry.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString c = info.canonicalFilePath();
    return c.isEmpty() ? info.absoluteFilePath() : c;
}

} // namespace

RecentProjects::RecentProjects(QSettings *settings, int maximum)
    : m_settings(settings), m_maximum(qMax(1, maximum))
{}

QStringList RecentProjects::stored() const
{
    return m_settings->value(kKey).toStringList();
}

void RecentProjects::store(const QStringList &paths)
{
    m_settings->setValue(kKey, paths);
}

QStringList RecentProjects::paths() const
{
    QStringList out;
    for (const QString &p : stored())
        if (QFileInfo(p).isFile())
            out << p;
    return out;
}

void RecentProjects::add(const QString &path)
{
    const QString c = canonical(path);
    QStringList list = stored();
    list.removeIf([&c](const QString &p) { return canonical(p) == c; });
    list.prepend(c);
    while (list.size() > m_maximum)
        list.removeLast();
    store(list);
}

void RecentProjects::remove(const QString &path)
{
    const QString c = canonical(path);
    QStringList list = stored();
    list.removeIf([&c](const QString &p) { return canonical(p) == c; });
    store(list);
}

void RecentProjects::clear()
{
    store({});
}

} // namespace outframe
