// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "fakebflserver.h"
#include "fluxbackend.h"
#include "generatepanel.h"
#include "imageintake.h"
#include "jobqueue.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "resultsworkspace.h"
#include "servicesettings.h"
#include "settingsdialog.h"
#include "studio.h"
#include "studiotesthelpers.h"
#include "taskjournal.h"

#include <QDir>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace outframe;
using outframe::test::FakeBflServer;

// End to end: the real window submits to a fake FLUX server on loopback and shows the result.
class TestGenerate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resultLandsOnTheCanvas();
    void variationsRunSideBySide();
    void errorsAreShownInPlainWords();
    void failureAfterSubmitSaysTheTaskIsKept();
    void cancelStopsTheJob();
    void jobsListWorksAtItsDefaultWidth();
    void failedJobShowsWhyAndRetries();
    void settingsStoreTheKeyAndShowTheBalance();
    void unfinishedJobResumesOnNextStart();

private:
    void openImage();
    QTreeWidgetItem *row(int index) const;

    QTemporaryDir m_dir;
    std::unique_ptr<FakeBflServer> m_server;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
    QImage m_image;
};

void TestGenerate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_generate"));
    qunsetenv("BFL_API_KEY");
    m_image = QImage(300, 200, QImage::Format_RGB32);
    m_image.fill(QColor(10, 200, 30));
}

void TestGenerate::init()
{
    // Each test starts with an empty journal: nothing to resume.
    QDir(TaskJournal::defaultDirectory()).removeRecursively();
    QSettings().clear(); // the app's choices (variations...) from the previous test

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
        settings.setResultsDirectory(m_dir.filePath(QStringLiteral("results")));
    }
    auto *store = new MemoryCredentialStore;
    store->store(QStringLiteral("test-key"));
    m_studio = startStudio(store);
    m_window = m_studio->window();
    m_window->resize(1300, 850);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    // The fake tasks take 0.2 s: tell the poll schedule so, or it starts sparse (it expects
    // the real service's 20 s) and each test waits seconds for nothing.
    for (const GenerationMode mode : {GenerationMode::High, GenerationMode::Fast})
        m_studio->generation()->flux()->schedule().setTypicalDurationS(mode, 0.2);
}

void TestGenerate::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
    m_server.reset();
}

void TestGenerate::openImage()
{
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_studio->intake()->openImage(m_image, QStringLiteral("green.png"));
    QVERIFY(loaded.wait(5000));
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
}

QTreeWidgetItem *TestGenerate::row(int index) const
{
    return m_window->jobsPanel()->list()->topLevelItem(index);
}

void TestGenerate::resultLandsOnTheCanvas()
{
    openImage();
    const Placement placement = m_studio->document()->placement();
    QCOMPARE(placement.canvasSize(), QSize(450, 300));

    QSignalSpy added(m_window, &MainWindow::resultAdded);
    m_window->canvas()->setFocus();
    QTest::keyClick(m_window->canvas(), Qt::Key_Return, Qt::ControlModifier); // Generate
    QVERIFY(added.wait(15000));
    // The result waits in the staging strip, shown on the canvas, until the artist keeps it.
    QCOMPARE(m_window->results()->document()->stagedCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->canvas()->hasResult(), 30000);

    // One submit, with the placement the artist made.
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 1);
    const QJsonObject sent = m_server->requests(FakeBflServer::Endpoint::Submit).first().json();
    QCOMPARE(sent.value(QStringLiteral("width")).toInt(), 450);
    QCOMPARE(sent.value(QStringLiteral("height")).toInt(), 300);
    QCOMPARE(sent.value(QStringLiteral("reference_offset_x")).toInt(), 75);
    QCOMPARE(sent.value(QStringLiteral("reference_offset_y")).toInt(), 50);

    // The jobs list tells the story.
    QTreeWidgetItem *item = row(0);
    QVERIFY(item);
    QCOMPARE(item->text(JobsPanel::StatusColumn), jobStatusText(JobStatus::Done));
    QVERIFY(!m_window->jobsPanel()->list()->itemWidget(item, JobsPanel::ActionColumn));
    QVERIFY(item->text(JobsPanel::CostColumn).startsWith(QStringLiteral("4")));
    QVERIFY(!item->text(JobsPanel::TimeColumn).isEmpty());

    // The layer holds the service's pixels exactly as they arrived.
    const QImage layerImage = m_window->results()->document()->staged().at(0).image;
    const QImage expected = FakeBflServer::resultImage(QSize(450, 300));
    QCOMPARE(layerImage.size(), expected.size());
    QCOMPARE(layerImage.pixel(20, 20), expected.pixel(20, 20));
    QCOMPARE(layerImage.pixel(440, 290), expected.pixel(440, 290));

    // On the canvas: generated pixels around (seam-matched to the original), the artist's own
    // pixels exactly inside; hiding the result (R) shows the empty frame again.
    CanvasView *canvas = m_window->canvas();
    QVERIFY(canvas->hasResult());
    const QPoint outside = canvas->canvasToView(QPointF(20.5, 20.5)).toPoint();
    const QPoint inside = canvas->canvasToView(QPointF(225.5, 150.5)).toPoint();
    const QImage shot = canvas->grab().toImage();
    QCOMPARE(shot.pixelColor(inside), QColor(10, 200, 30));
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_R);
    QVERIFY(!canvas->isResultVisible());
    const QImage bare = canvas->grab().toImage();
    QVERIFY(shot.pixel(outside) != bare.pixel(outside));
    QCOMPARE(bare.pixelColor(inside), QColor(10, 200, 30));

    // The price is learnt: the next estimate is based on it.
    QVERIFY(m_studio->generation()->learnedCreditsPerMegapixel(GenerationMode::High).has_value());
}

void TestGenerate::variationsRunSideBySide()
{
    openImage();
    auto *variations =
        m_window->generatePanel()->findChild<QSpinBox *>(QStringLiteral("variations"));
    QVERIFY(variations);
    QCOMPARE(variations->maximum(), 8);
    variations->setValue(3);
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QCOMPARE(m_window->jobsPanel()->list()->topLevelItemCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(m_studio->generation()->queue()->runningCount() == 0 &&
                                 m_studio->generation()->queue()->queuedCount() == 0,
                             15000);
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 3);
    // Each variation is a result of its own, side by side in the staging strip.
    QCOMPARE(m_window->results()->document()->stagedCount(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(row(i)->text(JobsPanel::StatusColumn), jobStatusText(JobStatus::Done));
}

void TestGenerate::errorsAreShownInPlainWords()
{
    openImage();
    m_server->enqueue(
        FakeBflServer::Endpoint::Submit,
        FakeBflServer::Reply::withStatus(402, R"({"detail":"Insufficient credits"})"));
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->isVisible() &&
                                 m_window->messageBar()->kind() == MessageBar::Kind::Error,
                             10000);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("Out of credits")),
             qPrintable(m_window->messageBar()->text()));
    QCOMPARE(row(0)->text(JobsPanel::StatusColumn), jobStatusText(JobStatus::Failed));
    QVERIFY(!m_window->canvas()->hasResult());
    QVERIFY(!m_window->messageBar()->text().contains(QStringLiteral("test-key")));
}

// A paid task the job could not fetch stays in the journal; the app says it fetches it on its
// next start (the service's words alone would leave the artist thinking the money is lost).
void TestGenerate::failureAfterSubmitSaysTheTaskIsKept()
{
    openImage();
    FluxJobLimits limits = m_studio->generation()->flux()->limits();
    limits.maxUnreadablePolls = 1;
    m_studio->generation()->flux()->setLimits(limits);
    m_server->enqueue(FakeBflServer::Endpoint::Poll,
                      FakeBflServer::Reply::withStatus(200, "not json"));
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->messageBar()->isVisible() &&
                                 m_window->messageBar()->kind() == MessageBar::Kind::Error,
                             10000);
    const QString shown = m_window->messageBar()->text();
    QVERIFY2(shown.contains(QStringLiteral("could not be read")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("fetches its result on its next start")),
             qPrintable(shown));
    QVERIFY(row(0)->toolTip(JobsPanel::StatusColumn).contains(QStringLiteral("next start")));
    QCOMPARE(TaskJournal().entries().size(), 1);
}

void TestGenerate::cancelStopsTheJob()
{
    FakeBflServer::TaskPlan slow = m_server->taskPlan();
    slow.durationMs = 60'000;
    m_server->setTaskPlan(slow);
    openImage();
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(FakeBflServer::Endpoint::Poll) >= 1, 10000);
    auto *cancel = qobject_cast<QToolButton *>(
        m_window->jobsPanel()->list()->itemWidget(row(0), JobsPanel::ActionColumn));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(row(0)->text(JobsPanel::StatusColumn), jobStatusText(JobStatus::Cancelled));
    // Nothing left to cancel: the row's button now offers to run the job again.
    auto *retry = qobject_cast<QToolButton *>(
        m_window->jobsPanel()->list()->itemWidget(row(0), JobsPanel::ActionColumn));
    QVERIFY(retry);
    QCOMPARE(retry->accessibleName(), QStringLiteral("Retry"));
    QTest::qWait(200); // a poll already on the wire may still arrive
    const int polls = m_server->count(FakeBflServer::Endpoint::Poll);
    QTest::qWait(1500);
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Poll), polls); // traffic stopped
    QVERIFY(!m_window->canvas()->hasResult());
}

// Three slow jobs in the Generate dock as the window lays it out: every column in view with
// no horizontal scrolling, each row's Cancel button within reach, and cancelling by the
// button and by Del (after clicking the row) both work.
void TestGenerate::jobsListWorksAtItsDefaultWidth()
{
    FakeBflServer::TaskPlan slow = m_server->taskPlan();
    slow.durationMs = 60'000;
    m_server->setTaskPlan(slow);
    openImage();
    m_window->generatePanel()->findChild<QSpinBox *>(QStringLiteral("variations"))->setValue(3);
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QTreeWidget *list = m_window->jobsPanel()->list();
    QCOMPARE(list->topLevelItemCount(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(FakeBflServer::Endpoint::Poll) >= 3, 10000);

    const QRect viewport = list->viewport()->rect();
    QVERIFY(list->header()->length() <= viewport.width()); // nothing to scroll sideways
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    // The name gets the room left: enough to read, elided at its end (the variation number leads),
    // whole in a tooltip.
    const QString label = row(0)->text(JobsPanel::JobColumn);
    QVERIFY2(list->columnWidth(JobsPanel::JobColumn) >=
                 list->fontMetrics().horizontalAdvance(QStringLiteral("green.png")),
             qPrintable(QString::number(list->columnWidth(JobsPanel::JobColumn))));
    QCOMPARE(list->textElideMode(), Qt::ElideRight);
    QCOMPARE(row(0)->toolTip(JobsPanel::JobColumn), label);
    for (int i = 0; i < 3; ++i) {
        auto *cancel =
            qobject_cast<QToolButton *>(list->itemWidget(row(i), JobsPanel::ActionColumn));
        QVERIFY(cancel && cancel->isVisible());
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel"));
        const QRect shown(cancel->mapTo(list->viewport(), QPoint(0, 0)), cancel->size());
        QVERIFY2(viewport.contains(shown), qPrintable(QStringLiteral("row %1").arg(i)));
        // The status column says how far the job is.
        QVERIFY(!row(i)->text(JobsPanel::StatusColumn).isEmpty());
    }

    auto *cancel = qobject_cast<QToolButton *>(list->itemWidget(row(0), JobsPanel::ActionColumn));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE(row(0)->text(JobsPanel::StatusColumn), jobStatusText(JobStatus::Cancelled));

    const QRect second = list->visualItemRect(row(1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QVERIFY(row(1)->isSelected());
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_COMPARE(row(1)->text(JobsPanel::StatusColumn), jobStatusText(JobStatus::Cancelled));
    QVERIFY(!isFinal(m_studio->generation()
                         ->queue()
                         ->snapshot(row(2)->data(JobsPanel::JobColumn, Qt::UserRole + 1).toInt())
                         .status));
}

// A failed job says why on a line of its own and offers Retry, which runs the same job again
// for the same session.
void TestGenerate::failedJobShowsWhyAndRetries()
{
    openImage();
    m_server->enqueue(
        FakeBflServer::Endpoint::Submit,
        FakeBflServer::Reply::withStatus(402, R"({"detail":"Insufficient credits"})"));
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(row(0)->text(JobsPanel::StatusColumn),
                              jobStatusText(JobStatus::Failed), 10000);
    QTreeWidgetItem *reason = JobsPanel::reasonItem(row(0));
    QVERIFY(reason);
    QVERIFY2(reason->text(JobsPanel::JobColumn).contains(QStringLiteral("Out of credits")),
             qPrintable(reason->text(JobsPanel::JobColumn)));
    QTreeWidget *list = m_window->jobsPanel()->list();
    QVERIFY(!list->visualItemRect(reason).isEmpty()); // shown, not only in a tooltip

    auto *retry = qobject_cast<QToolButton *>(list->itemWidget(row(0), JobsPanel::ActionColumn));
    QVERIFY(retry && retry->isVisible());
    QCOMPARE(retry->accessibleName(), QStringLiteral("Retry"));
    QSignalSpy added(m_window, &MainWindow::resultAdded);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(added.wait(15000));
    QCOMPARE(list->topLevelItemCount(), 1); // the new job took the failed one's place
    QTRY_COMPARE(row(0)->text(JobsPanel::StatusColumn), jobStatusText(JobStatus::Done));
    QCOMPARE(m_window->results()->document()->stagedCount(), 1);
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 2);
}

void TestGenerate::settingsStoreTheKeyAndShowTheBalance()
{
    // A window that has no key yet.
    m_window = nullptr;
    m_studio.reset();
    auto *store = new MemoryCredentialStore;
    m_studio = startStudio(store);
    m_window = m_studio->window();
    m_window->show();
    QTRY_VERIFY(m_studio->generation()->isKeyLookupDone());
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_studio->intake()->openImage(m_image, QStringLiteral("green.png"));
    QVERIFY(loaded.wait(5000));
    QCOMPARE(m_window->generatePanel()->engine(), ResultEngine::Local);
    m_window->generatePanel()->setEngine(ResultEngine::Flux);
    QVERIFY(!m_window->generatePanel()->generateButton()->isEnabled());
    QVERIFY(m_window->generateBlockReason().contains(QStringLiteral("API key")));
    m_window->generatePanel()->setEngine(ResultEngine::Local);

    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        sawDialog = true;
        auto close = qScopeGuard([dialog] { dialog->accept(); }); // even when a check fails
        QCOMPARE(dialog->keyField()->echoMode(), QLineEdit::Password);
        dialog->keyField()->setText(QStringLiteral("test-key"));
        QTest::keyClick(dialog->keyField(), Qt::Key_Return); // Save key
        // The balance comes from /v1/credits with the new key.
        QTRY_VERIFY(dialog->balanceLabel()->text().contains(QStringLiteral("1,234.50 credits")));
        QVERIFY(dialog->keyStatusLabel()->text().contains(QStringLiteral("keychain")));
        dialog->concurrencyField()->setValue(7);
    });
    m_window->showSettings();
    QVERIFY(sawDialog);
    QCOMPARE(store->storedKey(), QStringLiteral("test-key"));
    QVERIFY(m_studio->generation()->flux()->hasApiKey());
    // A key just given means FLUX.
    QCOMPARE(m_window->generatePanel()->engine(), ResultEngine::Flux);
    QVERIFY(m_window->generatePanel()->generateButton()->isEnabled());
    QCOMPARE(m_studio->serviceSettings()->maxConcurrent(), 7);
    QCOMPARE(m_studio->generation()->queue()->maxConcurrent(), 7);
    // The key went out only as the x-key header, to the configured host.
    const auto credits = m_server->requests(FakeBflServer::Endpoint::Credits);
    QVERIFY(!credits.isEmpty());
    QCOMPARE(credits.last().key(), QByteArray("test-key"));
}

// Quitting while a paid task runs loses nothing: the next start fetches it, with no new
// submit (no new charge), and it lands as a layer.
void TestGenerate::unfinishedJobResumesOnNextStart()
{
    FakeBflServer::TaskPlan slow = m_server->taskPlan();
    slow.durationMs = 1500;
    m_server->setTaskPlan(slow);
    openImage();
    QTest::mouseClick(m_window->generatePanel()->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->count(FakeBflServer::Endpoint::Poll) >= 1, 10000);
    // Quit while the task runs, as Ctrl+Q does: the session closes cleanly (no recovery file
    // is left for it), so the result comes to the session the next start shows. A kill
    // instead is tst_appresume's.
    QVERIFY(m_window->close());
    m_window = nullptr;
    m_studio.reset();

    auto *store = new MemoryCredentialStore;
    store->store(QStringLiteral("test-key"));
    m_studio = startStudio(store);
    m_window = m_studio->window();
    for (const GenerationMode mode : {GenerationMode::High, GenerationMode::Fast})
        m_studio->generation()->flux()->schedule().setTypicalDurationS(mode, 0.2);
    QSignalSpy added(m_window, &MainWindow::resultAdded);
    m_window->show();
    QVERIFY(added.wait(15000));
    QCOMPARE(m_server->count(FakeBflServer::Endpoint::Submit), 1);
    // A result fetched after a restart goes straight into the session as a layer.
    QCOMPARE(m_window->results()->document()->layerCount(), 1);
    QCOMPARE(m_window->results()->document()->layer(0).image.size(), QSize(450, 300));
}

QTEST_MAIN(TestGenerate)
#include "tst_generate.moc"
