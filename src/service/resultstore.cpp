// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultstore.h"

#include "imageio.h"
#include "resultsfolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::ResultStore", text);
}

// Letters, digits, '-' and '_' only: safe in a file name on every system.
QString fileNameSafe(QString text, int maxLength)
{
    text.truncate(maxLength);
    for (QChar &c : text)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    return text;
}

// Creates `path` empty, failing if anything of that name exists (O_EXCL): two results
// finishing at once can never both claim a name.
bool createNew(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
}

} // namespace

QJsonObject sidecarParameters(const Placement &placement, const OutpaintOptions &options)
{
    return ResultSidecar::Parameters::from(placement, options).toJson();
}

ResultStore::ResultStore(const QString &directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : directory)
{}

QString ResultStore::defaultDirectory()
{
    return defaultResultsDirectory();
}

QString ResultStore::sidecarPath(const QString &imagePath)
{
    return ResultSidecar::pathFor(imagePath);
}

QString ResultStore::baseName(const ResultSidecar &sidecar)
{
    QString stem = fileNameSafe(QFileInfo(sidecar.label).completeBaseName(), 60);
    if (stem.isEmpty())
        stem = QStringLiteral("result");
    const QString stamp = sidecar.created.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = stem + u'-' + stamp;
    // The whole task id: ids that share a prefix must not share a name. Bounded so the
    // name stays well inside the 255 bytes file systems allow.
    const QString tag = fileNameSafe(sidecar.taskId, 120);
    if (!tag.isEmpty())
        name += u'-' + tag;
    return name;
}

QString ResultStore::save(const QByteArray &imageBytes, ImageFormat format, ResultSidecar sidecar,
                          QString *error) const
{
    if (!sidecar.created.isValid())
        sidecar.created = QDateTime::currentDateTimeUtc();
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Cannot create the results folder %1.").arg(m_dir);
        return QString();
    }
    // Claim the image's name and its sidecar's together, each created exclusively, so a
    // result saved at the same moment (another job, another Outframe) takes the next number
    // instead of overwriting a paid image.
    const QString base = baseName(sidecar);
    const QString suffix = imageFormatSuffix(format);
    constexpr int kMaxAttempts = 10'000;
    QString path;
    for (int n = 1; n <= kMaxAttempts && path.isEmpty(); ++n) {
        const QString candidate = QDir(m_dir).filePath(
            (n == 1 ? base : base + QStringLiteral("-%1").arg(n)) + u'.' + suffix);
        if (!createNew(candidate))
            continue;
        if (!createNew(sidecarPath(candidate))) {
            QFile::remove(candidate);
            continue;
        }
        path = candidate;
    }
    if (path.isEmpty()) {
        if (error)
            *error = tr("Cannot create a new file named %1 in the results folder %2.")
                         .arg(base + u'.' + suffix, m_dir);
        return QString();
    }
    // The claimed (empty) files are replaced atomically: a crash leaves an empty image, which
    // History skips, never a half-written one.
    if (!ImageIO::writeFileAtomically(path, imageBytes, error)) {
        QFile::remove(path);
        QFile::remove(sidecarPath(path));
        return QString();
    }
    // The image is safe on disk even if the sidecar fails: return its path either way.
    if (!ImageIO::writeFileAtomically(sidecarPath(path), QJsonDocument(sidecar.toJson()).toJson(),
                                      error))
        QFile::remove(sidecarPath(path)); // no empty record: History lists the bare image
    return path;
}

} // namespace outframe
