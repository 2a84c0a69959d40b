// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"
#include "document.h"
#include "editingdocument.h"
#include "fakebflserver.h"
#include "fluxbackend.h"
#include "generatepanel.h"
#include "generationcontroller.h"
#include "jobqueue.h"
#include "layerlistmodel.h"
#include "layerspanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "projectactions.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "resultsworkspace.h"
#include "resumedresults.h"
#include "servicesettings.h"
#include "stagingstrip.h"
#include "studio.h"
#include "taskjournal.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace outframe;
using outframe::test::FakeBflServer;

// A session is one image and what was made of it. Driven through the real window: opening
// another image asks about unsaved work and starts clean, and jobs still running for the
// session the artist left deliver there, never onto the new image.
class TestSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anotherImageStartsANewSession();
    void cancelKeepsTheSession();
    void savingFirstKeepsTheResultsInTheProject();
    void runningJobsDeliverToTheSessionTheyCameFrom();
    void runningJobsGoBackIntoTheirSavedProject();
    void resumedResultGoesIntoItsClosedProjectOnce();
    void resumedResultReachesItsProjectOpenedMeanwhile();

private:
    void startStudio(bool withKey);
    QString writeImage(const QString &name, QColor colour);
    void open(const QString &path);
    // Clicks `button` in the next question box the window asks.
    void answerNextQuestion(QMessageBox::StandardButton button);
    void generateOffline(int variations);
    void generateWithFlux();
    // A project on disk with a red reference and no layers.
    QString writeProject(const QString &name);
    static ResultLayer resumedLayer(const QString &taskId);

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBflServer> m_server;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
    int m_questions = 0;
};

void TestSessions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_sessions"));
    qunsetenv("BFL_API_KEY");
}

void TestSessions::init()
{
    QDir(TaskJournal::defaultDirectory()).removeRecursively();
    QDir(m_dir.filePath(QStringLiteral("recovery"))).removeRecursively();
    QSettings().clear();
    m_questions = 0;
    m_server = std::make_unique<FakeBflServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey("test-key");
    ServiceSettings settings;
    settings.setRegion(ServiceSettings::Region::Custom);
    QVERIFY(settings.setCustomBaseUrl(m_server->baseUrl()));
    settings.setResultsDirectory(m_dir.filePath(QStringLiteral("results")));
}

void TestSessions::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
    m_server.reset();
}

void TestSessions::startStudio(bool withKey)
{
    Studio::Options options;
    auto *store = new MemoryCredentialStore;
    if (withKey)
        store->store(QStringLiteral("test-key"));
    options.credentials = store;
    options.recoveryDirectory = m_dir.filePath(QStringLiteral("recovery"));
    m_studio = std::make_unique<Studio>(options);
    m_studio->start(false);
    m_window = m_studio->window();
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    // The fake tasks are short: tell the poll schedule, or it waits as for the real service.
    for (const GenerationMode mode : {GenerationMode::High, GenerationMode::Fast})
        m_studio->generation()->flux()->schedule().setTypicalDurationS(mode, 0.2);
}

QString TestSessions::writeImage(const QString &name, QColor colour)
{
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(colour);
    const QString path = m_dir.filePath(name);
    if (!image.save(path))
        return {};
    return path;
}

void TestSessions::open(const QString &path)
{
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_window->openFile(path);
    QVERIFY(loaded.wait(5000));
}

void TestSessions::answerNextQuestion(QMessageBox::StandardButton button)
{
    // The question is modal: answer it from the event loop it runs.
    auto *timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [this, timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        ++m_questions;
        timer->stop();
        timer->deleteLater();
        box->button(button)->click();
    });
    timer->start();
}

void TestSessions::generateOffline(int variations)
{
    m_window->generatePanel()->setEngine(ResultEngine::Local);
    m_window->generatePanel()
        ->findChild<QSpinBox *>(QStringLiteral("variations"))
        ->setValue(variations);
    Document *document = m_studio->document()->document();
    const int before = document->layerCount();
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
    m_window->generatePanel()->generateButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(document->stagedCount(), variations, 20000);
    // The artist keeps them all from the staging strip: they become the session's layers.
    StagingStrip *strip = m_window->stagingStrip();
    QTest::mouseClick(variations > 1 ? strip->keepAllButton() : strip->keepButton(),
                      Qt::LeftButton);
    QCOMPARE(document->stagedCount(), 0);
    QCOMPARE(document->layerCount(), before + variations);
}

void TestSessions::generateWithFlux()
{
    m_window->generatePanel()->setEngine(ResultEngine::Flux);
    m_window->generatePanel()->findChild<QSpinBox *>(QStringLiteral("variations"))->setValue(1);
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
    m_window->generatePanel()->generateButton()->click();
    QTRY_VERIFY(m_studio->document()->document()->hasPendingJobs());
}

void TestSessions::anotherImageStartsANewSession()
{
    startStudio(false);
    open(writeImage(QStringLiteral("red.png"), Qt::red));
    generateOffline(2);
    QCOMPARE(m_studio->document()->document()->layerCount(), 2);

    answerNextQuestion(QMessageBox::Discard);
    open(writeImage(QStringLiteral("blue.png"), Qt::blue));
    QCOMPARE(m_questions, 1); // the results were in no project: the window asked first

    // Nothing of the red session is on the blue image: no layers, a history of its own, and
    // what Copy (like Export) renders is the blue image alone.
    const Document *document = m_studio->document()->document();
    QCOMPARE(document->layerCount(), 0);
    QCOMPARE(document->referenceName(), QStringLiteral("blue.png"));
    QVERIFY(!m_studio->document()->undoStack()->canUndo());
    QCOMPARE(m_window->results()->layersPanel()->model()->rowCount(), 0);
    QSignalSpy copied(m_window->results(), &ResultsWorkspace::copied);
    m_window->results()->copyToClipboard();
    QTRY_COMPARE(copied.size(), 1);
    const QImage composite = QGuiApplication::clipboard()->image();
    QCOMPARE(composite.size(), document->placement().canvasSize());
    const QPoint centre = document->placement().referenceRect().center();
    QCOMPARE(composite.pixelColor(centre), QColor(Qt::blue));
    for (int y = 0; y < composite.height(); y += 7)
        for (int x = 0; x < composite.width(); x += 7)
            QVERIFY2(composite.pixelColor(x, y) != QColor(Qt::red), "a red pixel on blue");

    // Undo edits this session only; the window's title follows it.
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("blue.png")));
}

void TestSessions::cancelKeepsTheSession()
{
    startStudio(false);
    open(writeImage(QStringLiteral("red.png"), Qt::red));
    generateOffline(1);

    answerNextQuestion(QMessageBox::Cancel);
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_window->openFile(writeImage(QStringLiteral("blue.png"), Qt::blue));
    QTRY_COMPARE(m_questions, 1);
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 0);
    const Document *document = m_studio->document()->document();
    QCOMPARE(document->referenceName(), QStringLiteral("red.png"));
    QCOMPARE(document->layerCount(), 1);
    QVERIFY(m_studio->document()->undoStack()->canUndo()); // the result is still one Ctrl+Z
}

void TestSessions::savingFirstKeepsTheResultsInTheProject()
{
    startStudio(false);
    open(writeImage(QStringLiteral("red.png"), Qt::red));
    generateOffline(2);
    const QString project = m_dir.filePath(QStringLiteral("red.outframe"));
    m_studio->document()->document()->setFilePath(project); // saved once before

    QSignalSpy saved(m_studio->projects(), &ProjectController::saved);
    answerNextQuestion(QMessageBox::Save);
    open(writeImage(QStringLiteral("blue.png"), Qt::blue));
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_studio->document()->document()->layerCount(), 0);

    const ProjectFile::Loaded loaded = ProjectFile::load(project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.layers.size(), 2);
    QCOMPARE(loaded.state.reference.pixelColor(5, 5), QColor(Qt::red));
}

void TestSessions::runningJobsDeliverToTheSessionTheyCameFrom()
{
    FakeBflServer::TaskPlan plan;
    plan.durationMs = 1500;
    plan.cost = 4.0;
    m_server->setTaskPlan(plan);
    startStudio(true);
    open(writeImage(QStringLiteral("red.png"), Qt::red));
    generateWithFlux();

    // Nothing is unsaved yet (the result has not come): no question, a new session at once.
    QSignalSpy stored(m_studio->projects(), &ProjectController::backgroundSessionStored);
    open(writeImage(QStringLiteral("blue.png"), Qt::blue));
    QCOMPARE(m_questions, 0);
    QCOMPARE(m_studio->projects()->backgroundSessionCount(), 1);

    // The red result arrives: into the red session's recovery file, not onto blue.
    QVERIFY(stored.wait(15000));
    const Document *blue = m_studio->document()->document();
    QCOMPARE(blue->layerCount(), 0);
    QCOMPARE(blue->referenceName(), QStringLiteral("blue.png"));
    const QString recovery = stored.at(0).at(1).toString();
    QTRY_VERIFY(QFileInfo::exists(recovery));
    QTRY_VERIFY_WITH_TIMEOUT(ProjectFile::load(recovery).state.layers.size() == 1, 5000);
    const ProjectFile::Loaded red = ProjectFile::load(recovery);
    QCOMPARE(red.state.reference.pixelColor(5, 5), QColor(Qt::red));
    // And to the results folder, where History finds it.
    const QStringList saved = QDir(m_dir.filePath(QStringLiteral("results")))
                                  .entryList({QStringLiteral("*.png")}, QDir::Files);
    QCOMPARE(saved.size(), 1);
}

void TestSessions::runningJobsGoBackIntoTheirSavedProject()
{
    FakeBflServer::TaskPlan plan;
    plan.durationMs = 1500;
    m_server->setTaskPlan(plan);
    startStudio(true);
    open(writeImage(QStringLiteral("red.png"), Qt::red));
    const QString project = m_dir.filePath(QStringLiteral("red-saved.outframe"));
    QSignalSpy saved(m_studio->projects(), &ProjectController::saved);
    m_studio->projects()->save(project);
    QTRY_COMPARE(saved.size(), 1);
    generateWithFlux();

    QSignalSpy stored(m_studio->projects(), &ProjectController::backgroundSessionStored);
    open(writeImage(QStringLiteral("blue.png"), Qt::blue));
    QVERIFY(stored.wait(15000));
    QCOMPARE(stored.at(0).at(1).toString(), project);
    QCOMPARE(m_studio->document()->document()->layerCount(), 0);
    const ProjectFile::Loaded loaded = ProjectFile::load(project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.layers.size(), 1);
    QCOMPARE(m_studio->projects()->backgroundSessionCount(), 0);
}

QString TestSessions::writeProject(const QString &name)
{
    DocumentState state;
    state.reference = QImage(160, 120, QImage::Format_RGB32);
    state.reference.fill(Qt::red);
    state.placement = Placement(state.reference.size(), QSize(320, 240));
    const QString path = m_dir.filePath(name);
    QString error;
    return ProjectFile::save(state, path, &error) ? path : QString();
}

ResultLayer TestSessions::resumedLayer(const QString &taskId)
{
    ResultLayer layer;
    layer.image = QImage(320, 240, QImage::Format_RGB32);
    layer.image.fill(Qt::darkGreen);
    layer.taskId = taskId;
    layer.placement = Placement(QSize(160, 120), QSize(320, 240));
    return layer;
}

// A result from an earlier run (the journal's) for a project that is not open goes into the
// file, once however often it is delivered, and not into the session shown.
void TestSessions::resumedResultGoesIntoItsClosedProjectOnce()
{
    startStudio(false);
    open(writeImage(QStringLiteral("blue.png"), Qt::blue));
    const QString project = writeProject(QStringLiteral("red.outframe"));
    QVERIFY(!project.isEmpty());
    ResumedResults *resumed = m_studio->resumedResults();
    QSignalSpy stored(resumed, &ResumedResults::storedInFiles);
    const JobSession session{project, m_dir.filePath(QStringLiteral("gone.outframe"))};
    resumed->deliver(1, session, resumedLayer(QStringLiteral("task-1")));
    resumed->deliver(2, session, resumedLayer(QStringLiteral("task-1")));
    QTRY_COMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).at(1).toStringList(), QStringList{project});
    const ProjectFile::Loaded loaded = ProjectFile::load(project);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.layers.size(), 1);
    QCOMPARE(loaded.state.layers.first().taskId, QStringLiteral("task-1"));
    QCOMPARE(loaded.state.activeLayerId, loaded.state.layers.first().id);
    QCOMPARE(m_studio->document()->document()->layerCount(), 0);
    QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("red.outframe")));
}

// The artist opens the project while its result is being written into the file: the open
// read the file first, so the open session gets the layer, once.
void TestSessions::resumedResultReachesItsProjectOpenedMeanwhile()
{
    startStudio(false);
    const QString project = writeProject(QStringLiteral("red.outframe"));
    QSignalSpy opened(m_studio->projects(), &ProjectController::opened);
    m_window->openFile(project);
    QCOMPARE(opened.size(), 0); // being read
    m_studio->resumedResults()->deliver(1, {project, {}}, resumedLayer(QStringLiteral("task-2")));
    QTRY_COMPARE(opened.size(), 1);
    const Document *document = m_studio->document()->document();
    QTRY_COMPARE(document->layerCount(), 1);
    QCOMPARE(document->layer(0).taskId, QStringLiteral("task-2"));
    QVERIFY(m_studio->document()->undoStack()->canUndo());
    QTRY_VERIFY(!m_studio->projects()->isBusy());
    QCOMPARE(document->layerCount(), 1);
}

QTEST_MAIN(TestSessions)
#include "tst_sessions.moc"
