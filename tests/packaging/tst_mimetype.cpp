// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// packaging/io.outframe.Outframe.mime.xml against what ProjectFile really writes: a file
// manager must call a project application/x-outframe-project by its name and by its bytes
// (a renamed or downloaded project), and must not mistake another ZIP for one.
#include "document.h"
#include "projectfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <zip.h>

class TestMimeType : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;

private slots:
    void initTestCase();
    void byName();
    void byContentOfARealProject();
    void aPlainZipIsNotAProject();
    void theTypeIsTheOneTheCodeWrites();
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The database as an installed system has it: the freedesktop.org types and ours
    // (<data dir>/mime/packages/<id>.xml), compiled by update-mime-database as dpkg's trigger
    // does. QMimeDatabase reads XDG_DATA_DIRS on first use.
    const QString compiler = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (compiler.isEmpty())
        QSKIP("update-mime-database (shared-mime-info) is not installed.");
    const QString mime = m_dir.filePath("share/mime");
    QVERIFY(QDir().mkpath(mime + QStringLiteral("/packages")));
    QVERIFY(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                        mime + QStringLiteral("/packages/freedesktop.org.xml")));
    QVERIFY(QFile::copy(QStringLiteral(OUTFRAME_MIME_XML),
                        mime + QStringLiteral("/packages/io.outframe.Outframe.xml")));
    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_DIRS"), m_dir.filePath("share"));
    update.setProcessEnvironment(env);
    update.start(compiler, {mime});
    QVERIFY(update.waitForFinished(60'000));
    QCOMPARE(update.exitCode(), 0);
    QVERIFY2(QFile::exists(mime + QStringLiteral("/mime.cache")), update.readAll());
    qputenv("XDG_DATA_DIRS", m_dir.filePath("share").toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_dir.filePath("home").toLocal8Bit());

    outframe::Document document;
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    document.setReference(image, QStringLiteral("red.png"));
    m_project = m_dir.filePath("session.outframe");
    QString error;
    QVERIFY2(outframe::ProjectFile::save(document.state(), m_project, &error), qPrintable(error));
}

void TestMimeType::byName()
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(QStringLiteral("/nowhere/a.outframe"),
                                                           QMimeDatabase::MatchExtension);
    QCOMPARE(type.name(), QStringLiteral("application/x-outframe-project"));
    QVERIFY(type.inherits(QStringLiteral("application/zip")));
}

void TestMimeType::byContentOfARealProject()
{
    QFile file(m_project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QCOMPARE(QMimeDatabase().mimeTypeForData(bytes).name(),
             QStringLiteral("application/x-outframe-project"));
    // Renamed by someone: the magic rule outranks the .zip glob's guess.
    const QString renamed = m_dir.filePath("renamed");
    QVERIFY(QFile::copy(m_project, renamed));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(),
             QStringLiteral("application/x-outframe-project"));
}

void TestMimeType::aPlainZipIsNotAProject()
{
    const QString path = m_dir.filePath("plain.zip");
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    QVERIFY(zip);
    static const char text[] = "hello";
    zip_source_t *source = zip_source_buffer(zip, text, sizeof text - 1, 0);
    QVERIFY(zip_file_add(zip, "mimetype", source, 0) >= 0); // a mimetype member, another type
    QCOMPARE(zip_close(zip), 0);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(),
             QStringLiteral("application/zip"));
}

void TestMimeType::theTypeIsTheOneTheCodeWrites()
{
    QFile xml(QStringLiteral(OUTFRAME_MIME_XML));
    QVERIFY(xml.open(QIODevice::ReadOnly));
    const QByteArray text = xml.readAll();
    QVERIFY(text.contains(QByteArray("type=\"") + outframe::ProjectFile::kMimeType + '"'));
    QVERIFY(text.contains(QByteArray("*.") + outframe::ProjectFile::kSuffix));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
