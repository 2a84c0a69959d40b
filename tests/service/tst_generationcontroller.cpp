#include "credentialstore.h"
#include "document.h"
#include "fakebflserver.h"
#include "fluxbackend.h"
#include "generationcontroller.h"
#include "jobqueue.h"
#include "pricing.h"
#include "servicesettings.h"
#include "taskjournal.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace outframe;
using outframe::test::FakeBflServer;

// The one place that runs generation, without a window: each result reaches the document its
// job was started from, the settings reach the backends, and the price is learnt.
class TestGenerationController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resultsGoToTheDocumentTheirJobCameFrom();
    void aFailedJobIsNoLongerPending();
    void settingsReachTheBackends();
    void reportedCostCorrectsTheEstimate();
    void fluxNeedsAKeyTheOfflineEngineDoesNot();

private:
    static std::unique_ptr<Document> documentWith(QColor colour);

    QTemporaryDir m_dir;
    QString m_iniPath;
    std::unique_ptr<FakeBflServer> m_server;
    std::unique_ptr<ServiceSettings> m_settings;
    std::unique_ptr<MemoryCredentialStore> m_credentials;
    std::unique_ptr<GenerationController> m_generation;
};

void TestGenerationController::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("BFL_API_KEY");
}

void TestGenerationController::init()
{
    QDir(TaskJournal::defaultDirectory()).removeRecursively();
    m_server = std::make_unique<FakeBflServer>();
    QVERIFY(m_server->listen());
    m_server->setApiKey("test-key");
    m_iniPath = m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
    QFile::remove(m_iniPath);
    m_settings = std::make_unique<ServiceSettings>(m_iniPath);
    m_settings->setRegion(ServiceSettings::Region::Custom);
    QVERIFY(m_settings->setCustomBaseUrl(m_server->baseUrl()));
    m_settings->setResultsDirectory(m_dir.filePath(QStringLiteral("results")));
    m_credentials = std::make_unique<MemoryCredentialStore>();
    m_generation = std::make_unique<GenerationController>(m_settings.get(), m_credentials.get());
    for (const GenerationMode mode : {GenerationMode::High, GenerationMode::Fast})
        m_generation->flux()->schedule().setTypicalDurationS(mode, 0.2);
}

void TestGenerationController::cleanup()
{
    m_generation.reset();
    m_credentials.reset();
    m_settings.reset();
    m_server.reset();
}

std::unique_ptr<Document> TestGenerationController::documentWith(QColor colour)
{
    QImage image(96, 64, QImage::Format_RGB32);
    image.fill(colour);
    auto document = std::make_unique<Document>();
    document->setReference(image, {}, colour.name());
    return document;
}

void TestGenerationController::resultsGoToTheDocumentTheirJobCameFrom()
{
    auto red = documentWith(Qt::red);
    auto blue = documentWith(Qt::blue);
    const QList<int> redJobs = m_generation->generate(red.get(), ResultEngine::Local, 2);
    const QList<int> blueJobs = m_generation->generate(blue.get(), ResultEngine::Local, 1);
    QCOMPARE(redJobs.size(), 2);
    QCOMPARE(red->pendingJobs().size(), 2);
    QCOMPARE(m_generation->documentFor(blueJobs.first()), blue.get());

    QTRY_COMPARE_WITH_TIMEOUT(red->layerCount(), 2, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(blue->layerCount(), 1, 20000);
    QVERIFY(!red->hasPendingJobs());
    QVERIFY(!blue->hasPendingJobs());
    // Each layer is made from its own image and records what it was asked.
    const ResultLayer &redLayer = red->layer(0);
    const QPoint inside = redLayer.referenceRect.center();
    QCOMPARE(redLayer.image.pixelColor(inside), QColor(Qt::red));
    QCOMPARE(blue->layer(0).image.pixelColor(inside), QColor(Qt::blue));
    QCOMPARE(redLayer.engine, ResultEngine::Local);
    QCOMPARE(redLayer.placement, red->placement());
}

void TestGenerationController::aFailedJobIsNoLongerPending()
{
    m_credentials->store(QStringLiteral("test-key"));
    m_generation->loadKey();
    QTRY_VERIFY(m_generation->isKeyLookupDone());
    FakeBflServer::TaskPlan plan;
    plan.durationMs = 100;
    plan.finalStatus = QStringLiteral("Content Moderated");
    m_server->setTaskPlan(plan);
    auto document = documentWith(Qt::green);
    QSignalSpy failed(m_generation.get(), &GenerationController::jobFailed);
    m_generation->generate(document.get(), ResultEngine::Flux, 1);
    QVERIFY(document->hasPendingJobs());
    QVERIFY(failed.wait(15000));
    QVERIFY(!document->hasPendingJobs());
    QCOMPARE(document->layerCount(), 0);
    QVERIFY(!failed.at(0).at(2).toString().isEmpty());
}

void TestGenerationController::settingsReachTheBackends()
{
    QCOMPARE(m_generation->flux()->baseUrl(), m_server->baseUrl());
    m_settings->setMaxConcurrent(7);
    QCOMPARE(m_generation->queue()->maxConcurrent(), 7);
    const QString other = m_dir.filePath(QStringLiteral("elsewhere"));
    m_settings->setResultsDirectory(other);
    QCOMPARE(m_generation->flux()->results().directory(), other);
}

void TestGenerationController::reportedCostCorrectsTheEstimate()
{
    m_credentials->store(QStringLiteral("test-key"));
    m_generation->loadKey();
    QTRY_VERIFY(m_generation->isKeyLookupDone());
    FakeBflServer::TaskPlan plan;
    plan.durationMs = 100;
    plan.cost = 3.0; // for one billed megapixel: cheaper than the published 10
    m_server->setTaskPlan(plan);
    auto document = documentWith(Qt::green);
    const QSize canvas = document->placement().canvasSize();
    QCOMPARE(Pricing::billedMegapixels(canvas), 1);
    QVERIFY(!m_generation->learnedCreditsPerMegapixel(GenerationMode::High));

    QSignalSpy learned(m_generation.get(), &GenerationController::costRatesChanged);
    m_generation->generate(document.get(), ResultEngine::Flux, 1);
    QTRY_COMPARE_WITH_TIMEOUT(document->layerCount(), 1, 15000);
    QCOMPARE(learned.size(), 1);
    QCOMPARE(m_generation->learnedCreditsPerMegapixel(GenerationMode::High),
             std::optional<double>(3.0));
    const Pricing::CostEstimate next = Pricing::estimate(
        QSize(2048, 2048), m_generation->learnedCreditsPerMegapixel(GenerationMode::High));
    QCOMPARE(next.credits, 12.0);
    QVERIFY(next.learned);
    // Kept for the next start.
    ServiceSettings reread(m_iniPath);
    QCOMPARE(reread.creditsPerMegapixel(GenerationMode::High), std::optional<double>(3.0));
}

void TestGenerationController::fluxNeedsAKeyTheOfflineEngineDoesNot()
{
    QVERIFY(!m_generation->engineBlockReason(ResultEngine::Flux).isEmpty()); // not looked up
    m_generation->loadKey();
    QTRY_VERIFY(m_generation->isKeyLookupDone());
    QVERIFY(m_generation->engineBlockReason(ResultEngine::Flux).contains(QStringLiteral("key")));
    QVERIFY(m_generation->engineBlockReason(ResultEngine::Local).isEmpty());
    m_generation->setApiKey(QStringLiteral("test-key"));
    QVERIFY(m_generation->engineBlockReason(ResultEngine::Flux).isEmpty());
}

QTEST_MAIN(TestGenerationController)
#include "tst_generationcontroller.moc"
