// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "actionshortcuts.h"
#include "appsettings.h"
#include "batchdialog.h"
#include "canvascontroller.h"
#include "canvasview.h"
#include "editingdocument.h"
#include "fieldshortcuts.h"
#include "fluxbackend.h"
#include "generatepanel.h"
#include "generationcontroller.h"
#include "howtooutpaint.h"
#include "imageintake.h"
#include "jobqueue.h"
#include "jobspanel.h"
#include "messagebar.h"
#include "numberformat.h"
#include "placementpanel.h"
#include "placementsummary.h"
#include "projectactions.h"
#include "projectcontroller.h"
#include "resultsworkspace.h"
#include "resumedresults.h"
#include "servicesettings.h"
#include "settingsdialog.h"
#include "stagingstrip.h"
#include "studio.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace outframe {

MainWindow::MainWindow(Studio *studio, QWidget *parent)
    : QMainWindow(parent), m_studio(studio), m_document(studio->document())
{
    setWindowTitle(QStringLiteral("Outframe"));
    setAcceptDrops(true);
    // Most of the screen: the canvas wants room.
    const QRect screen = QGuiApplication::primaryScreen()
                             ? QGuiApplication::primaryScreen()->availableGeometry()
                             : QRect(0, 0, 1600, 1000);
    resize(std::min(1800, screen.width() * 95 / 100), std::min(1150, screen.height() * 95 / 100));

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_canvas = new CanvasView(m_document);
    m_messageBar = new MessageBar(m_canvas);
    m_staging = new StagingStrip(m_document, studio->generation()->queue(), m_canvas);
    connect(m_staging, &StagingStrip::moreRequested, this, &MainWindow::generateMore);
    m_canvas->controller()->setSnapping(studio->settings()->snapping());
    m_summary = new PlacementSummary(m_document, studio->generation());
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_summary);
    setCentralWidget(central);

    createPanels();
    m_results = new ResultsWorkspace(this, m_document, studio->serviceSettings());
    m_projectActions = new ProjectActions(this, m_messageBar, m_document, studio->projects());
    createMenus();
    qApp->installEventFilter(new FieldShortcuts(this));
    if (QDockWidget *layers = m_results->dock()) {
        const auto docks = findChildren<QDockWidget *>(QStringLiteral("generateDock"));
        if (!docks.isEmpty())
            resizeDocks({docks.constFirst(), layers}, {430, 400}, Qt::Vertical);
        // Wide enough for the jobs list to show a job's name beside its status, time, cost
        // and Cancel button.
        if (!docks.isEmpty())
            resizeDocks({docks.constFirst()}, {340}, Qt::Horizontal);
    }
    createStatusBar();
    connectGeneration();
    connectResumedResults();

    ImageIntake *intake = studio->intake();
    connect(intake, &ImageIntake::loaded, this, &MainWindow::onImageLoaded);
    connect(intake, &ImageIntake::failed, this, &MainWindow::onLoadFailed);
    connect(intake, &ImageIntake::busyChanged, this, &MainWindow::onBusyChanged);
    connect(intake, &ImageIntake::notice, this, [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Kind::Information);
    });
    connect(studio->settings(), &AppSettings::snappingChanged, m_canvas->controller(),
            &CanvasController::setSnapping);
    connect(m_document, &EditingDocument::placementChanged, this, &MainWindow::updateGenerateState);
    connect(m_document, &EditingDocument::referenceChanged, this, &MainWindow::updateTitle);
    connect(m_document, &EditingDocument::documentReplaced, this, &MainWindow::onDocumentReplaced);
    connect(studio->projects(), &ProjectController::busyChanged, this,
            &MainWindow::updateGenerateState);

    watchDocument();
    restoreGeometry(studio->settings()->windowGeometry());
    restoreState(studio->settings()->windowState());
    updateTitle();
    updateGenerateState();
    m_canvas->setFocus();
}

MainWindow::~MainWindow()
{
    // The document's undo stack announces its last changes while it is destroyed; by then
    // this window is half gone, so nothing of it may listen any more.
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
}

void MainWindow::createStatusBar()
{
    m_hintLabel = new QLabel;
    statusBar()->addWidget(m_hintLabel, 1);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_balanceLabel = new QLabel;
    m_balanceLabel->setToolTip(tr("Your FLUX balance (Settings to refresh)"));
    statusBar()->addPermanentWidget(m_balanceLabel);
    m_zoomLabel = new QLabel;
    m_zoomLabel->setMinimumWidth(70);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_canvas, &CanvasView::zoomChanged, this, [this](double zoom) {
        m_zoomLabel->setText(
            tr("Zoom %1").arg(NumberFormat::percent(zoom * 100.0, zoom < 0.1 ? 1 : 0)));
    });
    connect(m_canvas->controller(), &CanvasController::hintChanged, m_hintLabel, &QLabel::setText);
}

void MainWindow::connectGeneration()
{
    GenerationController *generation = m_studio->generation();
    connect(generation, &GenerationController::keyLookupFinished, this, &MainWindow::onKeyLookup);
    connect(generation, &GenerationController::creditsReceived, this, [this](double credits) {
        m_balanceLabel->setText(tr("Balance %1 credits").arg(NumberFormat::decimal(credits, 2)));
    });
    connect(generation, &GenerationController::jobFailed, this,
            [this, generation](int id, const QString &label, const QString &message) {
                // A chain of jobs (a negative id) is no job of the queue: its message says all.
                const JobSnapshot job = generation->queue()->snapshot(id);
                const QString text = job.id == 0 ? message : jobErrorText(job);
                m_messageBar->showMessage(tr("%1: %2").arg(label, text), MessageBar::Kind::Error);
            });
    connect(generation, &GenerationController::resultDelivered, this,
            [this](Document *target, int jobId, const QString &savedPath) {
                if (target != m_document->document())
                    return; // a session the artist left: its project controller stores it
                m_showResult->setChecked(true);
                m_canvas->setFocus(); // the strip's keys work at once (unless typing)
                emit resultAdded(jobId);
                if (!savedPath.isEmpty())
                    statusBar()->showMessage(tr("Result saved to %1").arg(savedPath), 8000);
            });
}

void MainWindow::connectResumedResults()
{
    ResumedResults *resumed = m_studio->resumedResults();
    connect(resumed, &ResumedResults::addedToOpenSession, this, [this](int jobId) {
        m_showResult->setChecked(true);
        emit resultAdded(jobId);
    });
    connect(resumed, &ResumedResults::notice, this, [this](const QString &message, bool problem) {
        m_messageBar->showMessage(message, problem ? MessageBar::Kind::Warning
                                                   : MessageBar::Kind::Information);
    });
}

void MainWindow::onKeyLookup(const KeyLookup &lookup)
{
    const bool first = m_firstKeyLookup;
    m_firstKeyLookup = false;
    m_keyNotice = lookup.notice;
    if (!lookup.found() && !lookup.notice.isEmpty())
        m_messageBar->showMessage(lookup.notice, MessageBar::Kind::Warning);
    GenerationController *generation = m_studio->generation();
    if (generation->hasApiKey())
        generation->requestCredits();
    else
        m_balanceLabel->clear();
    if (first && !generation->hasApiKey()) {
        // As outframe-cli does: without a key the offline engine is the default, so the
        // artist can generate at once; FLUX stays one choice away.
        m_generatePanel->setEngine(ResultEngine::Local);
        if (lookup.notice.isEmpty())
            m_messageBar->showMessage(tr("No FLUX API key is set: Generate uses the offline "
                                         "engine. Add a key in Settings (Ctrl+,) to use FLUX."),
                                      MessageBar::Kind::Information);
    }
    if (first && generation->hasApiKey()) {
        // Paid tasks a crash or quit left unfinished come home now.
        const QList<int> resumed = generation->resumeUnfinished(m_document->document());
        if (!resumed.isEmpty())
            m_messageBar->showMessage(
                tr("Fetching %n job(s) left unfinished last time.", nullptr, int(resumed.size())),
                MessageBar::Kind::Information);
    }
    updateGenerateState();
}

void MainWindow::showBatch()
{
    // One at a time; it may run on while the artist keeps working in the window.
    if (m_batch) {
        m_batch->raise();
        m_batch->activateWindow();
        return;
    }
    m_batch = new BatchDialog(m_studio->generation(), m_generatePanel->engine(),
                              m_generatePanel->options(), m_document->referencePath(), this);
    m_batch->setAttribute(Qt::WA_DeleteOnClose);
    m_batch->show();
}

void MainWindow::showSettings()
{
    GenerationController *generation = m_studio->generation();
    // The dialog is told where the key came from, never the key itself.
    KeyLookup current;
    current.source = generation->keySource();
    current.notice = m_keyNotice;
    if (generation->hasApiKey())
        current.key = QStringLiteral("*");
    SettingsDialog dialog(m_studio->serviceSettings(), m_studio->credentials(), generation->flux(),
                          current, this);
    connect(&dialog, &SettingsDialog::keyChanged, this, [this, generation](const QString &key) {
        generation->setApiKey(key);
        if (generation->hasApiKey())
            generation->requestCredits();
        else
            m_balanceLabel->clear();
        if (!key.isEmpty()) // a key was just given: the artist means to use FLUX
            m_generatePanel->setEngine(ResultEngine::Flux);
        updateGenerateState();
    });
    dialog.exec();
}

void MainWindow::createPanels()
{
    m_placementPanel = new PlacementPanel(m_document, m_studio->settings());
    m_generatePanel = new GeneratePanel(m_studio->settings());

    // The placement panel scrolls if the window is short; Generate keeps its jobs right under
    // the button that starts them.
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_placementPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_placementPanel->sizeHint().width() + 24);
    auto *placementDock = new QDockWidget(tr("Placement"), this);
    placementDock->setObjectName(QStringLiteral("placementDock"));
    placementDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    placementDock->setWidget(scroll);
    // Where the image sits on the left, what to make of it (Generate, jobs, then the results'
    // layers) on the right: each column stays tall enough to use without scrolling.
    addDockWidget(Qt::LeftDockWidgetArea, placementDock);

    m_jobsPanel = new JobsPanel(m_studio->generation());
    auto *generateSide = new QWidget;
    auto *generateLayout = new QVBoxLayout(generateSide);
    generateLayout->addWidget(m_generatePanel);
    generateLayout->addSpacing(4);
    generateLayout->addWidget(new QLabel(tr("<b>Jobs</b>")));
    generateLayout->addWidget(m_jobsPanel, 1);
    auto *generateDock = new QDockWidget(tr("Generate"), this);
    generateDock->setObjectName(QStringLiteral("generateDock"));
    generateDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    generateDock->setWidget(generateSide);
    addDockWidget(Qt::RightDockWidgetArea, generateDock);

    connect(m_generatePanel, &GeneratePanel::choicesChanged, this, [this] {
        updateSummaryChoices();
        updateGenerateState();
    });
    // The fields are a view of the session's options: an edit goes into the document.
    connect(m_generatePanel, &GeneratePanel::optionsEdited, this, [this] {
        OutpaintOptions options = m_generatePanel->options();
        options.disablePromptUpsampling = m_document->document()->options().disablePromptUpsampling;
        m_document->document()->setOptions(options);
        m_studio->settings()->setGenerationOptions(options);
        updateSummaryChoices();
    });
    connect(m_generatePanel, &GeneratePanel::generateRequested, this, &MainWindow::generate);
    updateSummaryChoices();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openAction"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_studio->settings(), &AppSettings::recentFilesChanged, this,
            &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    m_projectActions->addToMenu(file);
    file->addSeparator();
    m_results->addFileActions(file);
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcuts(
        standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Y as well as the platform's Redo, once: where Redo is Ctrl+Y already, listing it
    // twice makes the shortcut ambiguous and it does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *paste = edit->addAction(tr("&Paste Image"), this, &MainWindow::pasteImage);
    paste->setShortcut(QKeySequence::Paste);

    QMenu *frame = menuBar()->addMenu(tr("F&rame"));
    QAction *fit4 = frame->addAction(tr("&Fit Frame to 4 MP"), m_placementPanel,
                                     &PlacementPanel::fitFrameToLimit);
    fit4->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *extend = frame->addAction(tr("&Extend by 25 % on Each Side"), m_placementPanel,
                                       &PlacementPanel::extendFrame);
    extend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)); // Ctrl+E: Export
    QAction *centre =
        frame->addAction(tr("&Centre Image"), m_placementPanel, &PlacementPanel::centreReference);
    centre->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)); // Ctrl+Shift+C: Copy
    QMenu *ratios = frame->addMenu(tr("&Ratio"));
    const QStringList labels = {QStringLiteral("1:1"),  QStringLiteral("4:5"),
                                QStringLiteral("3:2"),  QStringLiteral("4:3"),
                                QStringLiteral("16:9"), QStringLiteral("9:16"),
                                QStringLiteral("21:9")};
    for (const QString &label : labels) {
        const QStringList parts = label.split(QLatin1Char(':'));
        const double ratio = parts.at(0).toDouble() / parts.at(1).toDouble();
        ratios->addAction(label, this, [this, ratio, label] {
            m_placementPanel->applyAspectRatio(ratio, label);
        });
    }
    ratios->addAction(tr("The Image's Own"), this,
                      [this] { m_placementPanel->applyAspectRatio(0.0, tr("of the image")); });
    frame->addSeparator();
    QAction *snap = frame->addAction(tr("&Snap to Frame"));
    snap->setCheckable(true);
    snap->setChecked(m_studio->settings()->snapping());
    connect(snap, &QAction::toggled, m_studio->settings(), &AppSettings::setSnapping);
    connect(m_studio->settings(), &AppSettings::snappingChanged, snap, &QAction::setChecked);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &In"), m_canvas, &CanvasView::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(tr("Zoom &Out"), m_canvas, &CanvasView::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit in Window"), m_canvas, &CanvasView::zoomToFit);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *actual =
        view->addAction(tr("&Actual Pixels (100 %)"), m_canvas, &CanvasView::zoomToActualSize);
    actual->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    view->addSeparator();
    m_showResult = view->addAction(tr("Show &Result"));
    m_showResult->setCheckable(true);
    m_showResult->setChecked(true);
    m_showResult->setShortcut(QKeySequence(Qt::Key_R));
    m_showResult->setToolTip(tr("Switch between the latest result and the bare placement"));
    connect(m_showResult, &QAction::toggled, m_canvas, &CanvasView::setResultVisible);

    QMenu *generateMenu = menuBar()->addMenu(tr("&Generate"));
    generateMenu->addAction(m_generatePanel->generateAction());
    QAction *batch = generateMenu->addAction(tr("&Batch…"), this, &MainWindow::showBatch);
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    batch->setToolTip(tr("Several images, or this one in every format, into a folder"));
    m_againWithSeed = generateMenu->addAction(tr("Generate &Again with This Seed"), this,
                                              &MainWindow::generateAgainWithSeed);
    m_againWithSeed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_againWithSeed->setToolTip(
        tr("The shown offline result made again, pixel for pixel, with its seed, placement "
           "and settings"));
    const auto updateAgain = [this] { m_againWithSeed->setEnabled(shownSeedLayer() != nullptr); };
    connect(m_document, &EditingDocument::documentReplaced, this, [this, updateAgain] {
        connect(m_document->document(), &Document::changed, this, updateAgain);
        updateAgain();
    });
    connect(m_document->document(), &Document::changed, this, updateAgain);
    updateAgain();
    m_results->addLayersMenu(menuBar());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&How to Outpaint"), this, [this] { showHowToOutpaint(this); })
        ->setShortcuts(standardOr(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    help->addAction(tr("&Keyboard and Mouse"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Outframe"), this, [this] { AboutDialog(this).exec(); })
        ->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(open);
    toolbar->addSeparator();
    // The toolbar's Undo and Redo keep short fixed labels (the step is in the tooltip): the
    // menu's "Undo Set frame width" would widen the button and shift every one after it.
    const auto fixedLabel = [this, toolbar](QAction *action, const QString &text) {
        auto *shown = new QAction(text, this);
        connect(shown, &QAction::triggered, action, &QAction::trigger);
        const auto follow = [shown, action] {
            shown->setEnabled(action->isEnabled());
            shown->setToolTip(shortcutToolTip(action));
        };
        connect(action, &QAction::changed, shown, follow);
        follow();
        toolbar->addAction(shown);
    };
    fixedLabel(undo, tr("Undo"));
    fixedLabel(redo, tr("Redo"));
    toolbar->addSeparator();
    toolbar->addAction(fit);
    toolbar->addAction(actual);
    toolbar->addSeparator();
    toolbar->addAction(m_showResult);
    showShortcutsInToolTips(this);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_studio->settings()->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        const QString label =
            i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName())
                  : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(label, this, [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), m_studio->settings(),
                                &AppSettings::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open image"), m_studio->settings()->lastOpenFolder(),
        tr("Images (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".outframe"), Qt::CaseInsensitive)) {
        m_projectActions->open(path);
        return;
    }
    m_studio->intake()->openFile(path);
}

void MainWindow::pasteImage()
{
    m_studio->intake()->openMimeData(QApplication::clipboard()->mimeData(), tr("the clipboard"));
}

void MainWindow::onImageLoaded(const QImage &image, const QString &name, const QString &path)
{
    // A new image is a new session: never a layer stack made for another image.
    if (!m_projectActions->confirmNewSession(tr("opening %1").arg(name)))
        return;
    m_studio->projects()->startSession(image, name, path);
    if (!path.isEmpty()) {
        m_studio->settings()->addRecentFile(path);
        m_studio->settings()->setLastOpenFolder(QFileInfo(path).absolutePath());
    }
    const Placement &p = m_document->placement();
    if (p.referenceScale() < 1.0) {
        m_messageBar->showMessage(
            tr("%1 is %2 × %3 px: to leave room around it within the service's 4 MP limit, it "
               "starts scaled to %4 (%5 × %6 px). Full resolution (Image panel) makes the "
               "surround at its own size instead, by several jobs.")
                .arg(name)
                .arg(image.width())
                .arg(image.height())
                .arg(NumberFormat::percent(p.referenceScale() * 100.0, 1))
                .arg(p.referenceSize().width())
                .arg(p.referenceSize().height()),
            MessageBar::Kind::Information);
    }
    statusBar()->showMessage(tr("%1: %2 × %3 px").arg(name).arg(image.width()).arg(image.height()),
                             5000);
    m_canvas->setFocus();
    emit referenceLoaded(name);
}

void MainWindow::onDocumentReplaced()
{
    watchDocument();
    m_generatePanel->showOptions(m_document->document()->options());
    updateTitle();
    updateGenerateState();
}

void MainWindow::onLoadFailed(const QString &message)
{
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
    emit loadFailed(message);
}

void MainWindow::onBusyChanged(bool busy, const QString &what)
{
    m_busy->setVisible(busy);
    m_canvas->setBusyText(what);
    if (busy)
        statusBar()->showMessage(what);
    else
        statusBar()->clearMessage();
    updateGenerateState();
}

QString MainWindow::generateBlockReason() const
{
    return m_generatePanel->blockReason();
}

void MainWindow::updateGenerateState()
{
    QString reason;
    const QList<PlacementProblem> problems = planMaking(m_document->placement()).problems;
    if (!m_document->hasReference())
        reason = tr("Open an image first.");
    else if (!problems.isEmpty())
        reason = problems.constFirst().message;
    else if (m_studio->intake()->isBusy() || m_studio->projects()->isBusy())
        reason = tr("Wait for the image to finish loading.");
    else
        reason = m_studio->generation()->engineBlockReason(m_generatePanel->engine());
    m_generatePanel->setBlockReason(reason);
}

void MainWindow::updateSummaryChoices()
{
    m_summary->setGeneration(m_generatePanel->engine(), m_generatePanel->options().mode,
                             m_generatePanel->variations());
}

void MainWindow::generate()
{
    updateGenerateState();
    if (!m_generatePanel->blockReason().isEmpty())
        return;
    const int count = m_generatePanel->variations();
    m_studio->generation()->generate(m_document->document(), m_generatePanel->engine(), count);
    statusBar()->showMessage(tr("%n job(s) started.", nullptr, count), 4000);
}

const ResultLayer *MainWindow::shownSeedLayer() const
{
    // What the canvas shows: the strip's result while there is a set, else the active layer.
    const Document *d = m_document->document();
    const ResultLayer *layer = nullptr;
    if (d->shownStagedIndex() >= 0)
        layer = &d->staged().at(d->shownStagedIndex());
    else if (d->activeLayerIndex() >= 0)
        layer = &d->layer(d->activeLayerIndex());
    return layer && layer->seed && layer->engine == ResultEngine::Local ? layer : nullptr;
}

void MainWindow::generateAgainWithSeed()
{
    const ResultLayer *layer = shownSeedLayer();
    if (!layer || !m_document->hasReference())
        return;
    m_studio->generation()->generate(m_document->document(), ResultEngine::Local, 1,
                                     {layer->placement, layer->options, layer->seed});
    statusBar()->showMessage(tr("Making %1 again with seed %2.").arg(layer->name).arg(*layer->seed),
                             4000);
}

void MainWindow::generateMore()
{
    // The placement and settings the set was made with, whatever was edited since.
    const Document *d = m_document->document();
    if (d->stagedCount() == 0) {
        generate();
        return;
    }
    updateGenerateState();
    const QString reason = m_studio->generation()->engineBlockReason(m_generatePanel->engine());
    if (!reason.isEmpty()) {
        m_messageBar->showMessage(reason, MessageBar::Kind::Warning);
        return;
    }
    const ResultLayer &like = d->staged().constFirst();
    const int count = m_generatePanel->variations();
    m_studio->generation()->generate(m_document->document(), m_generatePanel->engine(), count,
                                     {like.placement, like.options, {}});
    statusBar()->showMessage(tr("%n job(s) started.", nullptr, count), 4000);
}

void MainWindow::updateTitle()
{
    // The project's name once the session is one, else the image's; [*] is Qt's place for
    // the unsaved-changes marker, shown when closing would ask to save.
    const QString path = m_document->document()->filePath();
    const QString name =
        path.isEmpty() ? m_document->referenceName() : QFileInfo(path).completeBaseName();
    setWindowTitle(name.isEmpty() ? QStringLiteral("Outframe") : tr("%1[*] — Outframe").arg(name));
    setWindowModified(m_studio->projects()->hasUnsavedWork());
}

void MainWindow::watchDocument()
{
    Document *document = m_document->document();
    connect(document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document, &Document::layerInserted, this, &MainWindow::updateTitle);
}

void MainWindow::showShortcuts()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard and mouse"));
    box.setTextFormat(Qt::RichText);
    box.setText(
        tr("<table cellspacing=4>"
           "<tr><td><b>Drag the image</b></td><td>move it (Shift: along one axis)</td></tr>"
           "<tr><td><b>Alt+drag the image</b></td><td>scale it about its centre</td></tr>"
           "<tr><td><b>Drag a handle or edge</b></td><td>resize the frame (Shift: keep ratio, "
           "Alt: about the centre)</td></tr>"
           "<tr><td><b>Ctrl while dragging</b></td><td>no snapping</td></tr>"
           "<tr><td><b>Esc</b></td><td>cancel the drag in progress</td></tr>"
           "<tr><td><b>Arrows / Shift+arrows</b></td><td>nudge the image 1 / 10 px</td></tr>"
           "<tr><td><b>Wheel, pinch</b></td><td>zoom around the pointer</td></tr>"
           "<tr><td><b>Two-finger scroll</b></td><td>pan (Ctrl: zoom)</td></tr>"
           "<tr><td><b>Space+drag, middle drag, drag empty space</b></td><td>pan</td></tr>"
           "<tr><td><b>Ctrl+0 / Ctrl+1</b></td><td>fit / 100 %</td></tr>"
           "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo (one step per drag)</td></tr>"
           "<tr><td><b>Ctrl+4 / Ctrl+Shift+E / Ctrl+Shift+M</b></td><td>fit frame to 4 MP / "
           "extend 25 % / centre image</td></tr>"
           "<tr><td><b>Ctrl+V</b></td><td>paste an image</td></tr>"
           "<tr><td><b>Ctrl+Return</b></td><td>generate</td></tr>"
           "<tr><td><b>Ctrl+Shift+B</b></td><td>batch: several images, or every format</td></tr>"
           "<tr><td><b>Ctrl+,</b></td><td>settings: API key, region, results folder</td></tr>"
           "<tr><td><b>Left / Right, Enter, Esc</b></td><td>with results in the strip: show "
           "each, keep the shown one, discard them</td></tr>"
           "<tr><td><b>Ctrl+Shift+Return</b></td><td>generate again with the shown result's "
           "seed</td></tr>"
           "<tr><td><b>R</b></td><td>show or hide the result</td></tr>"
           "<tr><td><b>[ / ]</b></td><td>previous / next variation, shown alone</td></tr>"
           "<tr><td><b>Hold \\</b></td><td>see the original instead of the result</td></tr>"
           "<tr><td><b>S / Del</b></td><td>star / delete the selected layer</td></tr>"
           "<tr><td><b>Ctrl+E / Ctrl+C</b></td><td>export / copy the result</td></tr>"
           "<tr><td><b>Ctrl+S / Ctrl+Shift+O</b></td><td>save / open a project</td></tr>"
           "<tr><td><b>Ctrl+H</b></td><td>History of saved results</td></tr>"
           "</table>"));
    box.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (ImageIntake::canAccept(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (ImageIntake::canAccept(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QLatin1String(".outframe"))) {
            event->acceptProposedAction();
            openFile(url.toLocalFile()); // a project, not an image
            return;
        }
    }
    if (m_studio->intake()->openMimeData(event->mimeData(), tr("the drop")))
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_projectActions->confirmNewSession(tr("closing"))) {
        event->ignore();
        return;
    }
    m_studio->projects()->sessionClosed();
    m_studio->settings()->setWindowGeometry(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace outframe
