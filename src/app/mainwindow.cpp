#include "mainwindow.h"

#include "appsettings.h"
#include "canvascontroller.h"
#include "canvasview.h"
#include "generatepanel.h"
#include "imageintake.h"
#include "messagebar.h"
#include "outpaintdocument.h"
#include "placementpanel.h"
#include "placementsummary.h"
#include "resultsworkspace.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace outframe {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_settings(new AppSettings(this)),
      m_document(new OutpaintDocument(this)), m_intake(new ImageIntake(this))
{
    setWindowTitle(QStringLiteral("Outframe"));
    setAcceptDrops(true);
    resize(1400, 900);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_messageBar = new MessageBar;
    m_canvas = new CanvasView(m_document);
    m_canvas->controller()->setSnapping(m_settings->snapping());
    m_summary = new PlacementSummary(m_document, m_settings);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_summary);
    setCentralWidget(central);

    createPanels();
    createMenus();
    m_results = new ResultsWorkspace(this);

    m_hintLabel = new QLabel;
    statusBar()->addWidget(m_hintLabel, 1);
    m_busy = new QProgressBar;
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);
    m_zoomLabel = new QLabel;
    m_zoomLabel->setMinimumWidth(70);
    m_zoomLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_zoomLabel);

    connect(m_canvas, &CanvasView::zoomChanged, this, [this](double zoom) {
        m_zoomLabel->setText(
            tr("Zoom %1 %").arg(QLocale().toString(zoom * 100.0, 'f', zoom < 0.1 ? 1 : 0)));
    });
    connect(m_canvas->controller(), &CanvasController::hintChanged, m_hintLabel, &QLabel::setText);
    connect(m_settings, &AppSettings::snappingChanged, m_canvas->controller(),
            &CanvasController::setSnapping);
    connect(m_intake, &ImageIntake::loaded, this, &MainWindow::onImageLoaded);
    connect(m_intake, &ImageIntake::failed, this, &MainWindow::onLoadFailed);
    connect(m_intake, &ImageIntake::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_intake, &ImageIntake::notice, this, [this](const QString &message) {
        m_messageBar->showMessage(message, MessageBar::Kind::Information);
    });
    connect(m_document, &OutpaintDocument::placementChanged, this,
            &MainWindow::updateGenerateState);
    connect(m_document, &OutpaintDocument::referenceChanged, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    restoreGeometry(m_settings->windowGeometry());
    restoreState(m_settings->windowState());
    updateTitle();
    updateGenerateState();
    m_canvas->setFocus();
}

MainWindow::~MainWindow()
{
    // The undo stack is destroyed with the document, after this class's part of the object:
    // its last cleanChanged() must not reach updateTitle() (UBSan flags the call).
    m_document->undoStack()->disconnect(this);
}

void MainWindow::createPanels()
{
    m_placementPanel = new PlacementPanel(m_document, m_settings);
    m_generatePanel = new GeneratePanel(m_settings);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_placementPanel);
    auto *generateTitle = new QLabel(tr("<b>Generate</b>"));
    sideLayout->addSpacing(6);
    sideLayout->addWidget(generateTitle);
    sideLayout->addWidget(m_generatePanel);
    sideLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(side->sizeHint().width() + 24);

    auto *dock = new QDockWidget(tr("Placement"), this);
    dock->setObjectName(QStringLiteral("placementDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, dock);

    connect(m_generatePanel, &GeneratePanel::choicesChanged, this, [this] {
        m_summary->setGeneration(m_generatePanel->options().mode, m_generatePanel->variations());
        updateGenerateState();
    });
    connect(m_generatePanel, &GeneratePanel::generateRequested, this, &MainWindow::generate);
    m_summary->setGeneration(m_generatePanel->options().mode, m_generatePanel->variations());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_settings, &AppSettings::recentFilesChanged, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
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
    snap->setChecked(m_settings->snapping());
    connect(snap, &QAction::toggled, m_settings, &AppSettings::setSnapping);
    connect(m_settings, &AppSettings::snappingChanged, snap, &QAction::setChecked);

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

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard and Mouse"), this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Outframe"), this, [this] {
        QMessageBox::about(this, tr("About Outframe"),
                           tr("<h3>Outframe %1</h3><p>Outpainting with FLUX or the offline "
                              "engine.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(open);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(fit);
    toolbar->addAction(actual);
    toolbar->addSeparator();
    toolbar->addAction(m_showResult);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_settings->recentFiles();
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
        m_recentMenu->addAction(tr("&Clear List"), m_settings, &AppSettings::clearRecentFiles);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open image"), m_settings->lastOpenFolder(),
        tr("Images (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".outframe"), Qt::CaseInsensitive)) {
        m_results->openProject(path);
        return;
    }
    m_intake->openFile(path);
}

bool MainWindow::isLoading() const
{
    return m_intake->isBusy();
}

void MainWindow::pasteImage()
{
    m_intake->openMimeData(QApplication::clipboard()->mimeData(), tr("the clipboard"));
}

void MainWindow::onImageLoaded(const QImage &image, const QString &name, const QString &path)
{
    m_document->setReference(image, name, path);
    if (!path.isEmpty()) {
        m_settings->addRecentFile(path);
        m_settings->setLastOpenFolder(QFileInfo(path).absolutePath());
    }
    const Placement &p = m_document->placement();
    if (p.referenceScale() < 1.0) {
        m_messageBar->showMessage(
            tr("%1 is %2 × %3 px, too large for any 4 MP canvas: it starts scaled to %4 % (%5 × "
               "%6 px). Change the scale in the Image panel.")
                .arg(name)
                .arg(image.width())
                .arg(image.height())
                .arg(QLocale().toString(p.referenceScale() * 100.0, 'f', 1))
                .arg(p.referenceSize().width())
                .arg(p.referenceSize().height()),
            MessageBar::Kind::Information);
    }
    statusBar()->showMessage(tr("%1: %2 × %3 px").arg(name).arg(image.width()).arg(image.height()),
                             5000);
    m_canvas->setFocus();
    emit referenceLoaded(name);
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
    const QList<PlacementProblem> problems = m_document->placement().problems();
    if (!m_document->hasReference())
        reason = tr("Open an image first.");
    else if (!problems.isEmpty())
        reason = problems.constFirst().message;
    else if (m_intake->isBusy())
        reason = tr("Wait for the image to finish loading.");
    else if (m_generatePanel->engine() == QLatin1String(GeneratePanel::kLocalEngine))
        reason = tr("The offline engine is not available yet; choose FLUX.");
    else
        reason = tr("The FLUX service is not connected in this build.");
    m_generatePanel->setBlockReason(reason);
}

void MainWindow::generate()
{
    updateGenerateState();
}

void MainWindow::updateTitle()
{
    const QString name = m_document->referenceName();
    setWindowTitle(name.isEmpty() ? QStringLiteral("Outframe") : tr("%1 — Outframe").arg(name));
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
           "<tr><td><b>Wheel</b></td><td>zoom around the pointer</td></tr>"
           "<tr><td><b>Space+drag, middle drag, drag empty space</b></td><td>pan</td></tr>"
           "<tr><td><b>Ctrl+0 / Ctrl+1</b></td><td>fit / 100 %</td></tr>"
           "<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>undo / redo (one step per drag)</td></tr>"
           "<tr><td><b>Ctrl+4 / Ctrl+Shift+E / Ctrl+Shift+M</b></td><td>fit frame to 4 MP / "
           "extend 25 % / centre image</td></tr>"
           "<tr><td><b>Ctrl+V</b></td><td>paste an image</td></tr>"
           "<tr><td><b>Ctrl+Return</b></td><td>generate</td></tr>"
           "<tr><td><b>R</b></td><td>show or hide the result</td></tr>"
           "<tr><td><b>[ / ]</b></td><td>previous / next variation, shown alone</td></tr>"
           "<tr><td><b>Hold \\</b></td><td>see the original instead of the result</td></tr>"
           "<tr><td><b>S / Del</b></td><td>star / delete the selected layer</td></tr>"
           "<tr><td><b>Ctrl+E / Ctrl+Shift+C</b></td><td>export / copy the result</td></tr>"
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
    if (m_intake->openMimeData(event->mimeData(), tr("the drop")))
        event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_results->confirmDiscard(tr("closing"))) {
        event->ignore();
        return;
    }
    m_results->sessionClosed();
    m_settings->setWindowGeometry(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace outframe
