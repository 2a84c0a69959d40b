#include "mainwindow.h"

#include "referenceview.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtConcurrent>

namespace outframe {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Outframe"));
    setAcceptDrops(true);
    resize(1280, 800);

    m_dropHint = new QLabel(tr("<h2>Drop an image here</h2>"
                               "<p>or choose File &gt; Open (Ctrl+O)</p>"
                               "<p>PNG, JPEG, WebP, TIFF or BMP</p>"));
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setObjectName(QStringLiteral("dropHint"));
    m_view = new ReferenceView;

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_dropHint);
    m_stack->addWidget(m_view);
    setCentralWidget(m_stack);

    createMenus();
    statusBar()->showMessage(tr("Ready"));

    connect(&m_loader, &QFutureWatcher<LoadedImage>::finished, this, &MainWindow::onLoadFinished);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open image"), QString(),
        tr("Images (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openFile(const QString &path)
{
    if (m_loader.isRunning())
        m_loader.waitForFinished();
    m_loadingPath = path;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_loader.setFuture(QtConcurrent::run([path] { return ImageIO::load(path); }));
}

bool MainWindow::isLoading() const
{
    return m_loader.isRunning();
}

QImage MainWindow::referenceImage() const
{
    return m_reference;
}

void MainWindow::onLoadFinished()
{
    QApplication::restoreOverrideCursor();
    const LoadedImage loaded = m_loader.result();
    if (!loaded.ok()) {
        statusBar()->showMessage(loaded.error);
        emit loadFailed(loaded.error);
        if (!qEnvironmentVariableIsSet("OUTFRAME_NO_DIALOGS"))
            QMessageBox::warning(this, tr("Cannot open image"), loaded.error);
        return;
    }
    m_reference = loaded.image;
    m_view->setImage(m_reference);
    m_stack->setCurrentWidget(m_view);
    const QString name = QFileInfo(m_loadingPath).fileName();
    setWindowTitle(tr("%1 — Outframe").arg(name));
    statusBar()->showMessage(
        tr("%1: %2 × %3 px").arg(name).arg(m_reference.width()).arg(m_reference.height()));
    emit referenceLoaded(m_loadingPath);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
}

} // namespace outframe
