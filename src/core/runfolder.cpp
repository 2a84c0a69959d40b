// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runfolder.h"

#include "imageio.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace outframe::RunFolder {

namespace {

constexpr auto kFinishedMarker = "finished";

} // namespace

QString newFolder(const QString &parent, const QString &label)
{
    const QString base = QFileInfo(label).completeBaseName().isEmpty()
                             ? QStringLiteral("canvas")
                             : QFileInfo(label).completeBaseName();
    const QDir dir(parent);
    const QString stem =
        base + u'-' + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stem;
    for (int n = 2; dir.exists(name); ++n)
        name = stem + u'-' + QString::number(n);
    return dir.filePath(name);
}

QStringList unfinished(const QString &parent, const QString &manifestName)
{
    QStringList folders;
    const QFileInfoList entries =
        QDir(parent).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Time | QDir::Reversed);
    for (const QFileInfo &entry : entries) {
        const QDir dir(entry.absoluteFilePath());
        if (dir.exists(manifestName) && !dir.exists(QLatin1String(kFinishedMarker)))
            folders << entry.absoluteFilePath();
    }
    return folders;
}

bool markFinished(const QString &folder, const QByteArray &note, QString *error)
{
    return ImageIO::writeFileAtomically(QDir(folder).filePath(QLatin1String(kFinishedMarker)), note,
                                        error);
}

} // namespace outframe::RunFolder
