// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultsworkspace.h"

#include "background.h"
#include "canvasview.h"
#include "documentcommands.h"
#include "editingdocument.h"
#include "exportdialog.h"
#include "exporter.h"
#include "generatepanel.h"
#include "historybrowser.h"
#include "imageio.h"
#include "layerrenderer.h"
#include "layerspanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "servicesettings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent>

namespace outframe {

namespace {

// The composite as the canvas shows it: laid out on the placement the layers were made with
// (the active one's), so the canvas keeps it aligned with the reference when the artist
// moves things afterwards. With `split` > 0 the left part shows the original alone.
QImage previewImage(DocumentState state, double split, Placement *layout)
{
    // A result waiting in the staging strip is previewed alone, as it would be kept.
    const auto staged =
        std::find_if(state.staged.cbegin(), state.staged.cend(),
                     [&](const ResultLayer &l) { return l.id == state.shownStagedId; });
    if (staged != state.staged.cend()) {
        ResultLayer shown = *staged;
        shown.visible = true;
        state.layers = {shown};
        state.activeLayerId = shown.id;
    }
    const auto active =
        std::find_if(state.layers.cbegin(), state.layers.cend(),
                     [&](const ResultLayer &l) { return l.id == state.activeLayerId; });
    if (active != state.layers.cend())
        state.placement = active->placement;
    else if (!state.layers.isEmpty())
        state.placement = state.layers.last().placement;
    *layout = state.placement;
    QImage image = renderComposite(state);
    if (split > 0 && !image.isNull()) {
        DocumentState before = state;
        before.layers.clear();
        const QImage original = renderComposite(before).convertToFormat(QImage::Format_ARGB32);
        image = image.convertToFormat(QImage::Format_ARGB32);
        const int x = int(std::lround(split * image.width()));
        QPainter p(&image);
        p.setCompositionMode(QPainter::CompositionMode_Source);
        p.drawImage(QRect(0, 0, x, image.height()), original, QRect(0, 0, x, image.height()));
        p.setCompositionMode(QPainter::CompositionMode_SourceOver);
        p.fillRect(QRect(x - 1, 0, 2, image.height()), QColor(255, 255, 255, 200));
    }
    return image;
}

bool isTextInput(QObject *object)
{
    return qobject_cast<QLineEdit *>(object) || qobject_cast<QTextEdit *>(object);
}

} // namespace

ResultsWorkspace::ResultsWorkspace(MainWindow *window, EditingDocument *document,
                                   ServiceSettings *serviceSettings)
    : QObject(window), m_window(window), m_editing(document), m_serviceSettings(serviceSettings),
      m_renderTimer(new QTimer(this))
{
    m_panel = new LayersPanel(document->document(), document->undoStack());
    m_dock = new QDockWidget(tr("Layers"), window);
    m_dock->setObjectName(QStringLiteral("layersDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(30); // coalesces a burst of edits (a slider drag) into one render
    connect(m_renderTimer, &QTimer::timeout, this, &ResultsWorkspace::render);

    follow();
    connect(document, &EditingDocument::documentReplaced, this, [this] {
        m_panel->setDocument(m_editing->document());
        follow();
        scheduleRender();
    });
    connect(m_panel, &LayersPanel::compareSplitChanged, this, &ResultsWorkspace::scheduleRender);
    connect(this, &ResultsWorkspace::failed, this, [this](const QString &message) {
        m_window->messageBar()->showMessage(message, MessageBar::Kind::Error);
    });
    qApp->installEventFilter(this);
}

ResultsWorkspace::~ResultsWorkspace()
{
    qApp->removeEventFilter(this);
    QThreadPool::globalInstance()->waitForDone(); // renders hold copies, not us
}

Document *ResultsWorkspace::document() const
{
    return m_editing->document();
}

void ResultsWorkspace::follow()
{
    connect(m_editing->document(), &Document::changed, this, &ResultsWorkspace::scheduleRender);
}

void ResultsWorkspace::addFileActions(QMenu *file)
{
    QAction *exportAction = file->addAction(tr("&Export…"), this, [this] { showExportDialog(); });
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    // The platform's Copy when no text field has the focus; Ctrl+Shift+C as before.
    file->addAction(tr("&Copy Result"), this, [this] { copyToClipboard(); })
        ->setShortcuts({QKeySequence::Copy, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    file->addAction(tr("&History…"), this, [this] { showHistory(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
}

void ResultsWorkspace::addLayersMenu(QMenuBar *bar)
{
    QMenu *layers = bar->addMenu(tr("&Layers"));
    const auto add = [&](const QString &text, QKeySequence key, auto slot) {
        layers->addAction(text, this, slot)->setShortcut(key);
    };
    add(tr("&Next Variation"), QKeySequence(Qt::Key_BracketRight),
        [this] { m_panel->stepVariation(+1); });
    add(tr("&Previous Variation"), QKeySequence(Qt::Key_BracketLeft),
        [this] { m_panel->stepVariation(-1); });
    add(tr("&Star Variation"), QKeySequence(Qt::Key_S), [this] { m_panel->toggleStarActive(); });
    add(tr("&Delete Layer"), QKeySequence(Qt::Key_Delete), [this] { m_panel->deleteActive(); });
    add(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
        [this] { m_panel->moveActive(+1); });
    add(tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
        [this] { m_panel->moveActive(-1); });
    layers->addSeparator();
    auto *hint = layers->addAction(tr("Hold \\ to Compare with the Original"));
    hint->setEnabled(false);
    layers->addAction(m_dock->toggleViewAction());
}

bool ResultsWorkspace::hasPreview() const
{
    return document()->layerCount() > 0 || document()->shownStagedIndex() >= 0;
}

void ResultsWorkspace::scheduleRender()
{
    m_renderTimer->start();
}

void ResultsWorkspace::render()
{
    if (m_rendering) {
        m_renderPending = true;
        return;
    }
    CanvasView *canvas = m_window->canvas();
    if (!hasPreview()) {
        canvas->clearResult();
        emit compositeRendered();
        return;
    }
    m_rendering = true;
    const DocumentState state = document()->state();
    const double split = m_panel->compareSplit();
    using Preview = std::pair<QImage, Placement>;
    inBackground(
        this,
        [state, split] {
            Placement layout;
            QImage image = previewImage(state, split, &layout);
            return Preview(image, layout);
        },
        [this](const Preview &preview) {
            m_rendering = false;
            if (m_renderPending) {
                m_renderPending = false;
                render();
                return;
            }
            if (!hasPreview())
                m_window->canvas()->clearResult();
            else
                m_window->canvas()->setResult(preview.first, preview.second);
            emit compositeRendered();
        });
}

void ResultsWorkspace::setComparing(bool showOriginal)
{
    if (showOriginal == m_comparing)
        return;
    CanvasView *canvas = m_window->canvas();
    if (showOriginal)
        m_resultWasVisible = canvas->isResultVisible();
    m_comparing = showOriginal;
    canvas->setResultVisible(showOriginal ? false : m_resultWasVisible);
}

bool ResultsWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::KeyPress || event->type() == QEvent::KeyRelease) &&
        QApplication::activeWindow() == m_window && !isTextInput(watched)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backslash && !key->isAutoRepeat()) {
            setComparing(event->type() == QEvent::KeyPress);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void ResultsWorkspace::keepShownResult()
{
    // Export and Copy take what the canvas shows: a result still in the staging strip is kept
    // first, as Enter would (one undo step), so it is in the picture they write.
    m_editing->resolveStaged(ResolveStagedCommand::Outcome::KeepOne, document()->shownStagedId());
}

void ResultsWorkspace::showExportDialog()
{
    keepShownResult();
    if (!document()->hasReference() && document()->layerCount() == 0) {
        emit failed(tr("There is nothing to export yet."));
        return;
    }
    const DocumentState state = document()->state();
    const QString base = QFileInfo(document()->referencePath()).completeBaseName();
    const QString folder = document()->referencePath().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                               : QFileInfo(document()->referencePath()).absolutePath();
    ExportDialog dialog(state,
                        QDir(folder).filePath((base.isEmpty() ? tr("outframe") : base) +
                                              tr("-outpainted") + QStringLiteral(".png")),
                        m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto subject = dialog.subject();
    const ExportSettings settings = dialog.settings();
    const QString target = dialog.target();
    const QString baseName = base.isEmpty() ? QStringLiteral("outframe") : base;
    inBackground(
        this,
        [state, subject, settings, target, baseName] {
            switch (subject) {
            case ExportDialog::Subject::ActiveLayer:
                return Exporter::exportLayer(state, state.activeLayerId, target, settings);
            case ExportDialog::Subject::Starred:
                return Exporter::exportStarred(state, target, baseName, settings);
            case ExportDialog::Subject::Composite:
                break;
            }
            return Exporter::exportComposite(state, target, settings);
        },
        [this](const ExportResult &result) {
            if (!result.errors.isEmpty())
                emit failed(result.errors.join(QLatin1Char('\n')));
            if (!result.writtenPaths.isEmpty()) {
                m_window->messageBar()->showMessage(
                    tr("Exported %1.")
                        .arg(result.writtenPaths.size() == 1
                                 ? QFileInfo(result.writtenPaths.first()).fileName()
                                 : tr("%n file(s)", nullptr, int(result.writtenPaths.size()))),
                    MessageBar::Kind::Information);
                emit exported(result.writtenPaths);
            }
        });
}

void ResultsWorkspace::copyToClipboard()
{
    keepShownResult();
    const DocumentState state = document()->state();
    if (state.layers.isEmpty() && state.reference.isNull())
        return;
    inBackground(
        this, [state] { return Exporter::renderComposite(state, false); },
        [this](const QImage &image) {
            if (image.isNull())
                return;
            QGuiApplication::clipboard()->setImage(image);
            m_window->messageBar()->showMessage(
                tr("Copied the result (%1 × %2 px).").arg(image.width()).arg(image.height()),
                MessageBar::Kind::Information);
            emit copied();
        });
}

void ResultsWorkspace::showHistory()
{
    if (!m_history) {
        // The folder the results are saved to now (Settings may have chosen another).
        m_history = new HistoryBrowser(m_serviceSettings->resultsDirectory(), m_window);
        m_history->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_history, &HistoryBrowser::addRequested, this, &ResultsWorkspace::addFromHistory);
    }
    m_history->show();
    m_history->raise();
}

void ResultsWorkspace::addFromHistory(const QList<HistoryEntry> &entries)
{
    struct Loaded
    {
        QList<std::pair<HistoryEntry, QImage>> results;
        QImage reference;
        QString referencePath;
        QStringList errors;
    };
    const bool needReference = !document()->hasReference();
    inBackground(
        this,
        [entries, needReference] {
            Loaded out;
            for (const HistoryEntry &e : entries) {
                const LoadedImage img = ImageIO::load(e.imagePath);
                if (!img.ok()) {
                    out.errors << img.error;
                    continue;
                }
                out.results.append({e, img.image});
                if (needReference && out.reference.isNull() && !e.sourcePath.isEmpty()) {
                    const LoadedImage ref = ImageIO::load(e.sourcePath);
                    if (ref.ok()) {
                        out.reference = ref.image;
                        out.referencePath = e.sourcePath;
                    }
                }
            }
            return out;
        },
        [this](const Loaded &loaded) {
            if (!loaded.errors.isEmpty())
                emit failed(loaded.errors.join(QLatin1Char('\n')));
            if (loaded.results.isEmpty())
                return;
            // An empty session takes the results' own image; one with an image keeps it.
            if (!loaded.reference.isNull() && !document()->hasReference()) {
                document()->setReference(loaded.reference, loaded.referencePath);
                document()->setPlacement(
                    loaded.results.first().first.placement(loaded.reference.size()));
            }
            QUndoStack *undo = m_editing->undoStack();
            undo->beginMacro(tr("Add from History"));
            for (const auto &[entry, image] : loaded.results) {
                const QSize native =
                    document()->hasReference() ? document()->reference().size() : QSize();
                undo->push(new AddLayerCommand(document(), entry.toLayer(image, native)));
            }
            undo->endMacro();
            m_window->messageBar()->showMessage(
                tr("Added %n result(s) from History.", nullptr, int(loaded.results.size())),
                MessageBar::Kind::Information);
        });
}

} // namespace outframe
