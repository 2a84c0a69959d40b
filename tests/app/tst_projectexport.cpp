// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"
#include "document.h"
#include "editingdocument.h"
#include "exporter.h"
#include "generatepanel.h"
#include "generationcontroller.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "stagingstrip.h"
#include "studio.h"

#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outframe;

// A project the app saved, exported headless by outframe-cli: the document has no widget in
// it, and the artist's pixels come out exactly as they went in.
class TestProjectExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliExportsWhatTheAppSaved();
};

void TestProjectExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_projectexport"));
    qunsetenv("BFL_API_KEY");
}

void TestProjectExport::cliExportsWhatTheAppSaved()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings().clear();

    // Noise: any resampling or colour change of the original would show.
    QImage original(150, 100, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < original.height(); ++y)
        for (int x = 0; x < original.width(); ++x)
            original.setPixel(x, y, random.generate() | 0xff000000u);
    const QString imagePath = dir.filePath(QStringLiteral("noise.png"));
    QVERIFY(original.save(imagePath));

    Studio::Options options;
    options.credentials = new MemoryCredentialStore;
    options.recoveryDirectory = dir.filePath(QStringLiteral("recovery"));
    Studio studio(options);
    studio.start(false);
    MainWindow *window = studio.window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QSignalSpy loaded(window, &MainWindow::referenceLoaded);
    window->openFile(imagePath);
    QVERIFY(loaded.wait(5000));

    EditingDocument *editing = studio.document();
    Placement placement = editing->placement();
    placement.setCanvasSize(QSize(256, 192));
    placement.setOffset(QPoint(70, 12));
    editing->editPlacement(placement, QStringLiteral("Place"));
    QTRY_VERIFY(studio.generation()->isKeyLookupDone());
    window->generatePanel()->setEngine(ResultEngine::Local);
    window->generatePanel()->findChild<QSpinBox *>(QStringLiteral("variations"))->setValue(1);
    window->generatePanel()->generateButton()->click();
    Document *document = editing->document();
    QTRY_COMPARE_WITH_TIMEOUT(document->stagedCount(), 1, 20000);
    QTest::mouseClick(window->stagingStrip()->keepButton(), Qt::LeftButton); // Keep
    QCOMPARE(document->layerCount(), 1);

    const QString project = dir.filePath(QStringLiteral("noise.outframe"));
    QSignalSpy saved(studio.projects(), &ProjectController::saved);
    studio.projects()->save(project);
    QVERIFY(saved.wait(10000));

    const QString out = dir.filePath(QStringLiteral("out.png"));
    QProcess cli;
    cli.start(QStringLiteral(OUTFRAME_CLI_PATH), {project, QStringLiteral("-o"), out});
    QVERIFY(cli.waitForFinished(60000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

    const QImage exported = QImage(out).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(exported.size(), QSize(256, 192));
    // The artist's pixels, bit for bit, where they were placed...
    QCOMPARE(exported.copy(QRect(QPoint(70, 12), original.size())), original);
    // ...and everything exactly as the app's Export renders it.
    const QImage composite =
        Exporter::renderComposite(document->state(), false).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(exported, composite);
}

QTEST_MAIN(TestProjectExport)
#include "tst_projectexport.moc"
