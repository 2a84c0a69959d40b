// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A canvas beyond the service's 4,194,304 px in the window: the plan is outlined on the canvas
// and priced before anything is sent, Generate makes it by a chain of jobs against the fake
// server, and the whole canvas arrives as one layer with the artist's pixels exact.
#include "canvasview.h"
#include "chainplan.h"
#include "chainrun.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "englishplurals.h"
#include "fakebflserver.h"
#include "fluxbackend.h"
#include "generatepanel.h"
#include "generationcontroller.h"
#include "imageintake.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "placementpanel.h"
#include "placementsummary.h"
#include "pricing.h"
#include "resultsworkspace.h"
#include "servicesettings.h"
#include "studio.h"
#include "studiotesthelpers.h"
#include "taskjournal.h"

#include <QColorSpace>
#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace outframe;
using outframe::test::FakeBflServer;

class TestBigCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void planIsOutlinedAndPricedBeforeAnythingIsSent();
    void generateMakesTheWholeCanvasAsOneLayer();
    void fullResolutionMakesABigPhotosSurroundAtItsOwnSize();
    void anUnfinishedChainFinishesAtTheNextStart();

private:
    void openImage();
    void setCanvas(QSize size);
    QString resultsDirectory() const { return m_dir.filePath(QStringLiteral("results")); }

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBflServer> m_server;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
    QImage m_image;
};

void TestBigCanvas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_bigcanvas"));
    qunsetenv("BFL_API_KEY");
    installEnglishPlurals(qApp);
    m_image = QImage(1600, 800, QImage::Format_RGB32);
    for (int y = 0; y < m_image.height(); ++y)
        for (int x = 0; x < m_image.width(); ++x)
            m_image.setPixel(x, y, qRgb(40 + x % 150, 60 + y % 120, 90 + (x + y) % 60));
}

void TestBigCanvas::init()
{
    QDir(TaskJournal::defaultDirectory()).removeRecursively();
    QDir(resultsDirectory()).removeRecursively();
    QSettings().clear();
    m_server = std::make_unique<FakeBflServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey("test-key");
    FakeBflServer::TaskPlan plan;
    plan.durationMs = 200;
    plan.cost = 4.0;
    m_server->setTaskPlan(plan);
    {
        ServiceSettings settings;
        settings.setRegion(ServiceSettings::Region::Custom);
        QVERIFY(settings.setCustomBaseUrl(m_server->baseUrl()));
        settings.setResultsDirectory(resultsDirectory());
    }
    auto *store = new MemoryCredentialStore;
    store->store(QStringLiteral("test-key"));
    m_studio = startStudio(store);
    m_window = m_studio->window();
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    for (const GenerationMode mode : {GenerationMode::High, GenerationMode::Fast})
        m_studio->generation()->flux()->schedule().setTypicalDurationS(mode, 0.2);
}

void TestBigCanvas::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
    m_server.reset();
}

void TestBigCanvas::openImage()
{
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_studio->intake()->openImage(m_image, QStringLiteral("coast.png"));
    QVERIFY(loaded.wait(5000));
}

// As the artist does: the width and height fields of the placement panel.
void TestBigCanvas::setCanvas(QSize size)
{
    Placement p = m_studio->document()->placement();
    p.setReferenceScale(1.0);
    p.setCanvasSize(size);
    p.centre();
    m_studio->document()->setPlacement(p);
}

void TestBigCanvas::planIsOutlinedAndPricedBeforeAnythingIsSent()
{
    openImage();
    setCanvas(QSize(6400, 1600));
    const Placement placement = m_studio->document()->placement();
    const ChainPlan expected =
        planChain(placement.canvasSize(), placement.visibleReferenceRect()).plan;
    QVERIFY(expected.tiles.size() > 1);

    // Outlined on the canvas, one numbered outline per job.
    QCOMPARE(m_window->canvas()->plan().tiles, expected.tiles);
    // Priced and explained under it, not refused.
    PlacementSummary *summary = m_window->summary();
    QVERIFY(summary);
    QVERIFY2(summary->problemText().contains(QStringLiteral("%1 jobs in %2 steps")
                                                 .arg(expected.tiles.size())
                                                 .arg(expected.waveCount())),
             qPrintable(summary->problemText()));
    QCOMPARE(summary->costText(), Pricing::formatEstimate(expected.estimate(std::nullopt)));
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 0);

    // Back within one job: no plan, no outline.
    setCanvas(QSize(2400, 1200));
    QVERIFY(m_window->canvas()->plan().isEmpty());
    QVERIFY(!summary->problemText().contains(QStringLiteral("jobs in")));
    // Beyond what a chain makes: refused, with the reason.
    setCanvas(QSize(20000, 1600));
    QVERIFY(!m_window->generatePanel()->generateButton()->isEnabled());
    QVERIFY2(summary->problemText().contains(QStringLiteral("16384")),
             qPrintable(summary->problemText()));
}

void TestBigCanvas::generateMakesTheWholeCanvasAsOneLayer()
{
    openImage();
    setCanvas(QSize(6400, 1600));
    const Placement placement = m_studio->document()->placement();
    const ChainPlan plan = planChain(placement.canvasSize(), placement.visibleReferenceRect()).plan;

    QSignalSpy added(m_window, &MainWindow::resultAdded);
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    // The steps run in the queue as jobs of their own, named after the image.
    QTRY_VERIFY_WITH_TIMEOUT(m_studio->generation()->queue()->ids().size() >= 1, 10000);
    QVERIFY(m_studio->generation()
                ->queue()
                ->snapshot(m_studio->generation()->queue()->ids().first())
                .label.contains(QStringLiteral("step 1 of %1").arg(plan.tiles.size())));
    QVERIFY(added.wait(120000));

    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), plan.tiles.size());
    for (const auto &post : m_server->requests(FakeBflServer::Endpoint::Submit)) {
        const QJsonObject body = post.json();
        QVERIFY(qint64(body.value("width").toInt()) * body.value("height").toInt() <= 4'194'304);
    }
    const Document *document = m_window->results()->document();
    QCOMPARE(document->stagedCount(), 1); // the whole canvas, one result in the strip
    // What every step was charged, as one cost.
    QCOMPARE(document->staged().at(0).cost, std::optional<double>(4.0 * plan.tiles.size()));
    const QImage canvas = document->staged().at(0).image.convertToFormat(QImage::Format_RGB32);
    QCOMPARE(canvas.size(), QSize(6400, 1600));
    QImage original = m_image;
    QImage placed = canvas.copy(placement.referenceRect());
    placed.setColorSpace(original.colorSpace());
    QCOMPARE(placed, original);
    QVERIFY(!document->hasPendingJobs());

    // The whole canvas is on disk beside its steps, and the chain is not offered for resuming.
    const QString chains = ChainRun::chainsDirectory(resultsDirectory());
    QTRY_VERIFY(ChainRun::unfinishedFolders(chains).isEmpty());
    const QStringList folders = QDir(chains).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    QCOMPARE(QImage(QDir(chains).filePath(folders.first() + "/canvas.png")).size(),
             QSize(6400, 1600));
}

void TestBigCanvas::fullResolutionMakesABigPhotosSurroundAtItsOwnSize()
{
    // A 24 MP photo starts scaled down so that one job makes its frame.
    QImage photo(6000, 4000, QImage::Format_RGB32);
    photo.fill(QColor(120, 140, 90));
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_studio->intake()->openImage(photo, QStringLiteral("camera.jpg"));
    QVERIFY(loaded.wait(10000));
    const Placement before = m_studio->document()->placement();
    QVERIFY(before.referenceScale() < 1.0);
    QVERIFY(m_window->canvas()->plan().isEmpty());

    auto *full =
        m_window->placementPanel()->findChild<QToolButton *>(QStringLiteral("fullResolution"));
    QVERIFY(full && full->isEnabled());
    QTest::mouseClick(full, Qt::LeftButton);
    const Placement after = m_studio->document()->placement();
    QCOMPARE(after.referenceScale(), 1.0);
    QCOMPARE(after.referenceSize(), QSize(6000, 4000));
    // The same framing, at the photo's resolution: the frame grew with the image.
    const double grown = double(after.canvasSize().width()) / before.canvasSize().width();
    QVERIFY(std::abs(grown - 1.0 / before.referenceScale()) < 0.01);
    QVERIFY(std::abs(double(after.canvasSize().height()) / before.canvasSize().height() - grown) <
            0.01);
    QVERIFY(after.isValid() || after.outputPixels() > Placement::kMaxPixels);
    // Made by a chain, shown before anything is sent; one undo step brings the old frame back.
    QVERIFY(m_window->canvas()->plan().tiles.size() > 1);
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
    QVERIFY(!full->isEnabled());
    m_studio->document()->undoStack()->undo();
    QCOMPARE(m_studio->document()->placement(), before);
}

void TestBigCanvas::anUnfinishedChainFinishesAtTheNextStart()
{
    openImage();
    setCanvas(QSize(6400, 1600));
    const Placement placement = m_studio->document()->placement();
    const ChainPlan plan = planChain(placement.canvasSize(), placement.visibleReferenceRect()).plan;
    FakeBflServer::TaskPlan slow = m_server->taskPlan();
    slow.durationMs = 5000; // long enough that the quit surely comes while the first step runs
    m_server->setTaskPlan(slow);
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    // Quit while the first step runs on the service: submitted, polled, not ready.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(FakeBflServer::Endpoint::Submit) == 1 &&
                                 m_server->count(FakeBflServer::Endpoint::Poll) >= 1,
                             20000);
    const QString first = m_server->tasks().first().id;
    QVERIFY(m_server->readyAtEpochMs(first) > QDateTime::currentMSecsSinceEpoch());
    m_window = nullptr;
    m_studio.reset();
    QCOMPARE(ChainRun::unfinishedFolders(ChainRun::chainsDirectory(resultsDirectory())).size(), 1);

    slow.durationMs = 200;
    m_server->setTaskPlan(slow);
    auto *store = new MemoryCredentialStore;
    store->store(QStringLiteral("test-key"));
    m_studio = startStudio(store);
    m_window = m_studio->window();
    for (const GenerationMode mode : {GenerationMode::High, GenerationMode::Fast})
        m_studio->generation()->flux()->schedule().setTypicalDurationS(mode, 0.2);
    QSignalSpy added(m_window, &MainWindow::resultAdded);
    m_window->show();
    QVERIFY(added.wait(120000));
    // Every step paid once over both runs: the running one was fetched, not sent again.
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), plan.tiles.size());
    const Document *document = m_window->results()->document();
    QCOMPARE(document->stagedCount(), 1); // the whole canvas, one result in the strip
    QImage placed = document->staged()
                        .at(0)
                        .image.convertToFormat(QImage::Format_RGB32)
                        .copy(placement.referenceRect());
    placed.setColorSpace(m_image.colorSpace());
    QCOMPARE(placed, m_image);
    QTRY_VERIFY(
        ChainRun::unfinishedFolders(ChainRun::chainsDirectory(resultsDirectory())).isEmpty());
}

QTEST_MAIN(TestBigCanvas)
#include "tst_bigcanvas.moc"
