// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskjournal.h"

#include "imageio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::TaskJournal", text);
}

void insertOptional(QJsonObject &object, const QString &key, std::optional<double> value)
{
    object.insert(key, value ? QJsonValue(*value) : QJsonValue());
}

std::optional<double> readOptional(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

} // namespace

QJsonObject JournalEntry::toJson() const
{
    QJsonObject out{
        {QStringLiteral("format"), QStringLiteral("outframe-journal")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("task_id"), taskId},
        {QStringLiteral("polling_url"), pollingUrl.toString()},
        {QStringLiteral("api_base"), apiBase.toString()},
        {QStringLiteral("engine"), resultEngineName(engine)},
        {QStringLiteral("label"), label},
        {QStringLiteral("source"), sourcePath},
        {QStringLiteral("output"), outputPath},
        {QStringLiteral("keep_original"), keepOriginal},
        {QStringLiteral("submitted"), submitted.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("reference_rect"),
         QJsonObject{{QStringLiteral("x"), referenceRect.x()},
                     {QStringLiteral("y"), referenceRect.y()},
                     {QStringLiteral("width"), referenceRect.width()},
                     {QStringLiteral("height"), referenceRect.height()}}},
    };
    if (!session.isEmpty())
        out.insert(QStringLiteral("session"),
                   QJsonObject{{QStringLiteral("project"), session.projectPath},
                               {QStringLiteral("recovery"), session.recoveryPath}});
    insertOptional(out, QStringLiteral("cost"), cost);
    insertOptional(out, QStringLiteral("input_mp"), inputMegapixels);
    insertOptional(out, QStringLiteral("output_mp"), outputMegapixels);
    return out;
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject &object)
{
    if (object.value(QStringLiteral("format")).toString() != QLatin1String("outframe-journal"))
        return std::nullopt;
    JournalEntry entry;
    entry.taskId = object.value(QStringLiteral("task_id")).toString();
    if (entry.taskId.isEmpty())
        return std::nullopt;
    entry.pollingUrl = QUrl(object.value(QStringLiteral("polling_url")).toString());
    entry.apiBase = QUrl(object.value(QStringLiteral("api_base")).toString());
    // An engine this version does not know cannot be resumed by it: not an entry for us.
    const auto engine = resultEngineFromName(
        object.value(QStringLiteral("engine")).toString(resultEngineName(ResultEngine::Flux)));
    if (!engine)
        return std::nullopt;
    entry.engine = *engine;
    entry.label = object.value(QStringLiteral("label")).toString();
    entry.sourcePath = object.value(QStringLiteral("source")).toString();
    entry.outputPath = object.value(QStringLiteral("output")).toString();
    entry.keepOriginal = object.value(QStringLiteral("keep_original")).toBool(true);
    entry.submitted = QDateTime::fromString(object.value(QStringLiteral("submitted")).toString(),
                                            Qt::ISODateWithMs);
    entry.parameters = object.value(QStringLiteral("parameters")).toObject();
    const QJsonObject session = object.value(QStringLiteral("session")).toObject();
    entry.session.projectPath = session.value(QStringLiteral("project")).toString();
    entry.session.recoveryPath = session.value(QStringLiteral("recovery")).toString();
    const QJsonObject rect = object.value(QStringLiteral("reference_rect")).toObject();
    entry.referenceRect = QRect(
        rect.value(QStringLiteral("x")).toInt(), rect.value(QStringLiteral("y")).toInt(),
        rect.value(QStringLiteral("width")).toInt(), rect.value(QStringLiteral("height")).toInt());
    entry.cost = readOptional(object, QStringLiteral("cost"));
    entry.inputMegapixels = readOptional(object, QStringLiteral("input_mp"));
    entry.outputMegapixels = readOptional(object, QStringLiteral("output_mp"));
    return entry;
}

TaskJournal::TaskJournal(const QString &directory)
    : m_dir(directory.isEmpty() ? defaultDirectory() : directory)
{}

TaskJournal::~TaskJournal() = default;

QString TaskJournal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/journal");
}

QString TaskJournal::fileStem(const QString &taskId) const
{
    // Ids are UUIDs; anything else is made safe for a file name.
    QString safe = taskId;
    for (QChar &c : safe)
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'))
            c = u'_';
    if (safe.startsWith(u'.'))
        safe.prepend(u'_');
    return m_dir + u'/' + safe;
}

QString TaskJournal::referencePath(const QString &taskId) const
{
    return fileStem(taskId) + QStringLiteral(".reference.png");
}

bool TaskJournal::add(const JournalEntry &entry, const QByteArray &referencePng,
                      QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Cannot create the journal folder %1.").arg(m_dir);
        return false;
    }
    if (!referencePng.isEmpty() &&
        !ImageIO::writeFileAtomically(referencePath(entry.taskId), referencePng, error))
        return false;
    return update(entry, error);
}

namespace {

// A placeholder holds this much more than its own entry: room for the task id, polling URL,
// cost and megapixels the service adds.
constexpr int kReservationSlackBytes = 4096;
const QString kReservationSuffix = QStringLiteral(".reserved");

} // namespace

QString TaskJournal::reserve(const JournalEntry &entry, const QByteArray &referencePng,
                             QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Cannot create the journal folder %1.").arg(m_dir);
        return QString();
    }
    const QString key =
        QStringLiteral("submit-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!referencePng.isEmpty() &&
        !ImageIO::writeFileAtomically(referencePath(key), referencePng, error))
        return QString();
    QByteArray placeholder = QJsonDocument(entry.toJson()).toJson();
    // Trailing whitespace keeps it valid JSON; readers skip it (its suffix is not .json).
    placeholder.append(QByteArray(kReservationSlackBytes, ' '));
    if (!ImageIO::writeFileAtomically(fileStem(key) + kReservationSuffix, placeholder, error)) {
        QFile::remove(referencePath(key));
        return QString();
    }
    return key;
}

bool TaskJournal::commit(const QString &reservation, const JournalEntry &entry,
                         QString *error) const
{
    // A rename needs no free space.
    const QString reference = referencePath(reservation);
    if (QFile::exists(reference)) {
        QFile::remove(referencePath(entry.taskId));
        QFile::rename(reference, referencePath(entry.taskId));
    }
    // The entry before the placeholder goes: a kill between the two must leave the paid
    // task's id on disk (a placeholder left over is skipped by readers). Only when the disk is
    // too full for the entry do the placeholder's blocks make room for it.
    const QString placeholder = fileStem(reservation) + kReservationSuffix;
    if (update(entry, nullptr)) {
        QFile::remove(placeholder);
        return true;
    }
    QFile::remove(placeholder);
    return update(entry, error);
}

void TaskJournal::release(const QString &reservation) const
{
    if (reservation.isEmpty())
        return;
    QFile::remove(fileStem(reservation) + kReservationSuffix);
    QFile::remove(referencePath(reservation));
}

bool TaskJournal::update(const JournalEntry &entry, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = tr("Cannot create the journal folder %1.").arg(m_dir);
        return false;
    }
    return ImageIO::writeFileAtomically(fileStem(entry.taskId) + QStringLiteral(".json"),
                                        QJsonDocument(entry.toJson()).toJson(), error);
}

void TaskJournal::remove(const QString &taskId) const
{
    QFile::remove(fileStem(taskId) + QStringLiteral(".json"));
    QFile::remove(referencePath(taskId));
    // The lock file stays while its holder still has it open: removing it here could let a
    // second process lock a fresh file of the same name. It is a few bytes, and reused.
}

std::optional<JournalEntry> TaskJournal::entry(const QString &taskId) const
{
    QFile file(fileStem(taskId) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return JournalEntry::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

QList<JournalEntry> TaskJournal::entries() const
{
    QList<JournalEntry> out;
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        if (auto entry = JournalEntry::fromJson(QJsonDocument::fromJson(file.readAll()).object()))
            out << *entry;
    }
    // Lock files of finished tasks: remove those nobody holds.
    for (const QString &name : dir.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString stem = dir.filePath(name).chopped(5);
        if (QFile::exists(stem + QStringLiteral(".json")))
            continue;
        const QByteArray path = QFile::encodeName(dir.filePath(name));
        const int fd = ::open(path.constData(), O_RDWR | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(path.constData());
        ::close(fd);
    }
    std::sort(out.begin(), out.end(), [](const JournalEntry &a, const JournalEntry &b) {
        return a.submitted < b.submitted;
    });
    return out;
}

TaskClaim::~TaskClaim()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

std::unique_ptr<TaskClaim> TaskJournal::claim(const QString &taskId) const
{
    QDir().mkpath(m_dir);
    const QByteArray path = QFile::encodeName(fileStem(taskId) + QStringLiteral(".lock"));
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return nullptr;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    return std::make_unique<TaskClaim>(fd);
}

} // namespace outframe
