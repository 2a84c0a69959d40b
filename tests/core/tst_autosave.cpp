// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"
#include "document.h"
#include "projectfile.h"
#include "recentprojects.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace outframe;

class TestAutosave : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void editsAreWrittenAfterAPause();
    void aResultIsWrittenAtOnce();
    void scaledImageIsRecovered_data();
    void scaledImageIsRecovered();
    void continuousEditsStillGetWritten();
    void runningJobsPutTheSessionOnDisk();
    void runningSessionsAreNotOrphans();
    void crashedSessionIsFound();
    void discardRemovesTheFile();
    void failureIsReported();
    void recentProjects();

private:
    static ResultLayer result();
    std::unique_ptr<QTemporaryDir> m_dir;
};

ResultLayer TestAutosave::result()
{
    ResultLayer l;
    l.image = QImage(64, 64, QImage::Format_RGB32);
    l.image.fill(qRgb(10, 200, 30));
    l.placement = Placement(QSize(64, 64), QSize(32, 32));
    return l;
}

void TestAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAutosave::editsAreWrittenAfterAPause()
{
    Document doc;
    doc.setFilePath(QStringLiteral("/projects/beach.outframe"));
    Autosave autosave(&doc, m_dir->path());
    autosave.setDelays(50, 5000);
    QSignalSpy saved(&autosave, &Autosave::saved);
    OutpaintOptions options;
    options.prompt = QStringLiteral("first words");
    doc.setOptions(options);
    QTRY_COMPARE(saved.size(), 1);
    const ProjectFile::Loaded loaded = ProjectFile::load(autosave.recoveryPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.options.prompt, QStringLiteral("first words"));
    QCOMPARE(loaded.sessionPath, QStringLiteral("/projects/beach.outframe"));
    // Nothing changed: nothing more is written.
    autosave.saveNow();
    QTest::qWait(100);
    QCOMPARE(saved.size(), 1);
}

void TestAutosave::aResultIsWrittenAtOnce()
{
    Document doc;
    Autosave autosave(&doc, m_dir->path());
    autosave.setDelays(600'000, 600'000); // no timer will fire during the test
    QSignalSpy saved(&autosave, &Autosave::saved);
    doc.addResult(result());
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(ProjectFile::load(autosave.recoveryPath()).state.layers.size(), 1);
}

// A session whose image was scaled anywhere in the canvas's 1 %-400 % range recovers whole.
void TestAutosave::scaledImageIsRecovered_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("200 %") << 2.0;
    QTest::newRow("400 %") << 4.0;
    QTest::newRow("1 %") << 0.01;
}

void TestAutosave::scaledImageIsRecovered()
{
    QFETCH(double, scale);
    Document doc;
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(qRgb(90, 60, 30));
    doc.setReference(image, QString());
    Placement placement(QSize(256, 256), image.size());
    placement.setReferenceScale(scale);
    placement.setOffset(QPoint(10, 20));
    doc.setPlacement(placement);
    Autosave autosave(&doc, m_dir->path());
    autosave.setDelays(600'000, 600'000);
    QSignalSpy saved(&autosave, &Autosave::saved);
    doc.addResult(result());
    QTRY_COMPARE(saved.size(), 1);
    const ProjectFile::Loaded loaded = ProjectFile::load(autosave.recoveryPath());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.placement, placement);
}

// A paid result coming back after a crash needs its session on disk; a saved project that
// was not changed is that already.
void TestAutosave::runningJobsPutTheSessionOnDisk()
{
    Document unsaved;
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(qRgb(90, 60, 30));
    unsaved.setReference(image, QString());
    unsaved.markSaved();
    Autosave autosave(&unsaved, m_dir->path());
    autosave.setDelays(600'000, 600'000);
    QSignalSpy saved(&autosave, &Autosave::saved);
    unsaved.addPendingJob({1, ResultEngine::Flux, unsaved.placement(), unsaved.options()});
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(ProjectFile::load(autosave.recoveryPath()).state.reference.size(), image.size());
    unsaved.addPendingJob({2, ResultEngine::Flux, unsaved.placement(), unsaved.options()});
    QTest::qWait(50);
    QCOMPARE(saved.size(), 1); // on disk already: the next job changes nothing

    Document project;
    project.setReference(image, QString());
    project.setFilePath(QStringLiteral("/projects/beach.outframe"));
    project.markSaved();
    Autosave clean(&project, m_dir->path());
    project.addPendingJob({3, ResultEngine::Flux, project.placement(), project.options()});
    QTest::qWait(50);
    QVERIFY(!QFileInfo::exists(clean.recoveryPath()));
}

void TestAutosave::continuousEditsStillGetWritten()
{
    Document doc;
    doc.addResult(result());
    Autosave autosave(&doc, m_dir->path());
    autosave.setDelays(100'000, 150); // the pause never comes; the cap must write anyway
    QSignalSpy saved(&autosave, &Autosave::saved);
    for (int i = 0; i < 200 && saved.isEmpty(); ++i) {
        doc.setLayerProperty(0, LayerProperty::Opacity, (i % 10) / 10.0);
        QTest::qWait(10);
    }
    QTRY_VERIFY(!saved.isEmpty());
}

void TestAutosave::runningSessionsAreNotOrphans()
{
    Document doc;
    Autosave autosave(&doc, m_dir->path());
    doc.addResult(result());
    QTRY_VERIFY(QFile::exists(autosave.recoveryPath()));
    QTRY_VERIFY(!autosave.isWriting());
    QVERIFY(Autosave::findOrphans(m_dir->path()).isEmpty());
}

void TestAutosave::crashedSessionIsFound()
{
    // A session that died: its recovery file is there and its lock names a dead process.
    QString error;
    DocumentState state;
    state.layers << result();
    state.layers[0].id = 1;
    const QString path = QDir(m_dir->path()).filePath(QStringLiteral("session-dead.outframe"));
    QVERIFY(ProjectFile::save(state, path, &error, QStringLiteral("/p/lost.outframe")));
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    QVERIFY(gone.waitForFinished());
    QFile lock(QDir(m_dir->path()).filePath(QStringLiteral("session-dead.lock")));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(deadPid) + "\ntst_autosave\n" +
               QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    // And a damaged one: listed too, with the reason, so nothing is silently dropped.
    QFile damaged(QDir(m_dir->path()).filePath(QStringLiteral("session-bad.outframe")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("PK\x03\x04 broken");
    damaged.close();

    const QList<RecoveryFile> orphans = Autosave::findOrphans(m_dir->path());
    QCOMPARE(orphans.size(), 2);
    const RecoveryFile good = orphans.at(0).path == path ? orphans.at(0) : orphans.at(1);
    const RecoveryFile bad = orphans.at(0).path == path ? orphans.at(1) : orphans.at(0);
    QCOMPARE(good.projectPath, QStringLiteral("/p/lost.outframe"));
    QVERIFY(good.problem.isEmpty());
    QVERIFY(!bad.problem.isEmpty());
    QVERIFY(Autosave::removeOrphan(good));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!lock.exists());
}

void TestAutosave::discardRemovesTheFile()
{
    Document doc;
    Autosave autosave(&doc, m_dir->path());
    doc.addResult(result());
    QTRY_VERIFY(QFile::exists(autosave.recoveryPath()));
    autosave.discard();
    QVERIFY(!QFile::exists(autosave.recoveryPath()));
}

void TestAutosave::failureIsReported()
{
    // The recovery folder's place is taken by a file: every write fails, and says so.
    const QString blocked = QDir(m_dir->path()).filePath(QStringLiteral("blocked"));
    QFile f(blocked);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    Document doc;
    Autosave autosave(&doc, blocked);
    QSignalSpy failed(&autosave, &Autosave::failed);
    doc.addResult(result());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("session-")));
}

void TestAutosave::recentProjects()
{
    QSettings settings(QDir(m_dir->path()).filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    RecentProjects recent(&settings, 3);
    QStringList files;
    for (int i = 0; i < 4; ++i) {
        files << QDir(m_dir->path()).filePath(QStringLiteral("p%1.outframe").arg(i));
        QFile f(files.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const QString &f : files)
        recent.add(f);
    QCOMPARE(recent.paths(), (QStringList{files[3], files[2], files[1]})); // newest first, 3 max
    recent.add(QDir(m_dir->path()).filePath(QStringLiteral("./p1.outframe"))); // same file
    QCOMPARE(recent.paths(), (QStringList{files[1], files[3], files[2]}));
    QFile::remove(files[3]); // gone from disk: not offered
    QCOMPARE(recent.paths(), (QStringList{files[1], files[2]}));
    recent.remove(files[1]);
    QCOMPARE(recent.paths(), QStringList{files[2]});
    RecentProjects again(&settings, 3); // kept in the settings
    QCOMPARE(again.paths(), QStringList{files[2]});
    recent.clear();
    QVERIFY(recent.paths().isEmpty());
}

QTEST_GUILESS_MAIN(TestAutosave)
#include "tst_autosave.moc"
