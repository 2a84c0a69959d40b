// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsfolder.h"

#include "outpaintoptions.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace outframe {

QString defaultResultsDirectory()
{
    QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (pictures.isEmpty())
        pictures = QDir::homePath() + QStringLiteral("/Pictures");
    return pictures + QStringLiteral("/Outframe");
}

QString savedResultFor(const QString &resultsDirectory, const QString &taskId)
{
    if (resultsDirectory.isEmpty() || taskId.isEmpty())
        return {};
    const QStringList names =
        QDir(resultsDirectory)
            .entryList({u'*' + taskId + QStringLiteral(".*")}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        if (imageFormatFromPath(name) && QFileInfo(name).completeBaseName().endsWith(taskId))
            return QDir(resultsDirectory).filePath(name);
    return {};
}

} // namespace outframe
