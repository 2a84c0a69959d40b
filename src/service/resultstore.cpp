#include "resultstore.h"

#include "imageio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::ResultStore", text);
}

QJsonValue optionalValue(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject sidecarParameters(const Placement &placement, const OutpaintOptions &options)
{
    const QPoint offset = placement.resolvedOffset();
    return QJsonObject{
        {QStringLiteral("width"), placement.canvasSize().width()},
        {QStringLiteral("height"), placement.canvasSize().height()},
        {QStringLiteral("reference_offset_x"), offset.x()},
        {QStringLiteral("reference_offset_y"), offset.y()},
        {QStringLiteral("auto_crop"), placement.autoCrop()},
        {QStringLiteral("prompt"), options.prompt.trimmed()},
        {QStringLiteral("mode"), generationModeName(options.mode)},
        {QStringLiteral("output_format"), imageFormatName(options.outputFormat)},
        {QStringLiteral("safety_tolerance"), options.safetyTolerance},
        {QStringLiteral("reference_scale"), placement.referenceScale()},
    };
}

ResultStore::ResultStore(const QString &directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : directory)
{}

QString ResultStore::defaultDirectory()
{
    QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (pictures.isEmpty())
        pictures = QDir::homePath() + QStringLiteral("/Pictures");
    return pictures + QStringLiteral("/Outframe");
}

QString ResultStore::sidecarPath(const QString &imagePath)
{
    const QFileInfo info(imagePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

QJsonObject ResultStore::sidecarJson(const ResultRecord &record)
{
    QJsonObject out{
        {QStringLiteral("format"), QStringLiteral("outframe-result")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("engine"), record.engine},
        {QStringLiteral("created"),
         isoUtc(record.downloaded.isValid() ? record.downloaded : QDateTime::currentDateTimeUtc())},
        {QStringLiteral("label"), record.label},
        {QStringLiteral("parameters"), record.parameters},
        {QStringLiteral("reference_rect"),
         QJsonObject{{QStringLiteral("x"), record.referenceRect.x()},
                     {QStringLiteral("y"), record.referenceRect.y()},
                     {QStringLiteral("width"), record.referenceRect.width()},
                     {QStringLiteral("height"), record.referenceRect.height()}}},
        {QStringLiteral("cost"), optionalValue(record.cost)},
        {QStringLiteral("input_mp"), optionalValue(record.inputMegapixels)},
        {QStringLiteral("output_mp"), optionalValue(record.outputMegapixels)},
        {QStringLiteral("timings"),
         QJsonObject{
             {QStringLiteral("submitted"), isoUtc(record.submitted)},
             {QStringLiteral("ready"),
              record.ready.isValid() ? QJsonValue(isoUtc(record.ready)) : QJsonValue()},
             {QStringLiteral("downloaded"), isoUtc(record.downloaded)},
             {QStringLiteral("elapsed_s"), record.elapsedS},
         }},
    };
    if (record.engine == QLatin1String("flux"))
        out.insert(QStringLiteral("task_id"), record.taskId);
    if (!record.sourcePath.isEmpty())
        out.insert(QStringLiteral("source"), record.sourcePath);
    return out;
}

QString ResultStore::uniqueBaseName(const ResultRecord &record) const
{
    QString stem = QFileInfo(record.label).completeBaseName();
    for (QChar &c : stem)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    if (stem.isEmpty())
        stem = QStringLiteral("result");
    stem = stem.left(60);
    const QString stamp =
        (record.downloaded.isValid() ? record.downloaded : QDateTime::currentDateTimeUtc())
            .toLocalTime()
            .toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString tag = record.taskId.left(8);
    for (QChar &c : tag)
        if (!c.isLetterOrNumber())
            c = u'x';
    if (tag.isEmpty())
        tag = QString::number(QRandomGenerator::global()->generate() % 0xFFFFFF, 16);
    return stem + u'-' + stamp + u'-' + tag;
}

QString ResultStore::save(const QByteArray &imageBytes, ImageFormat format,
                          const ResultRecord &record, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Cannot create the results folder %1.").arg(m_dir);
        return QString();
    }
    const QString base = uniqueBaseName(record);
    const QString suffix = imageFormatSuffix(format);
    QString path = QDir(m_dir).filePath(base + u'.' + suffix);
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(sidecarPath(path)); ++n)
        path = QDir(m_dir).filePath(base + QStringLiteral("-%1.").arg(n) + suffix);
    if (!ImageIO::writeFileAtomically(path, imageBytes, error))
        return QString();
    // The image is safe on disk even if the sidecar fails: return its path either way.
    ImageIO::writeFileAtomically(sidecarPath(path), QJsonDocument(sidecarJson(record)).toJson(),
                                 error);
    return path;
}

} // namespace outframe
