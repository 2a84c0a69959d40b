#include "resultsworkspace.h"

#include "canvasview.h"
#include "documentcommands.h"
#include "exportdialog.h"
#include "exporter.h"
#include "generatepanel.h"
#include "historybrowser.h"
#include "imageio.h"
#include "layerrenderer.h"
#include "layerspanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "outpaintdocument.h"
#include "projectfile.h"

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

// Runs `work` on a worker thread and `done` with its result on the GUI thread, unless
// `context` is gone by then.
template<typename Work, typename Done> void inBackground(QObject *context, Work work, Done done)
{
    using Result = decltype(work());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// The composite as the canvas shows it: laid out on the placement the layers were made with
// (the active one's), so the canvas keeps it aligned with the reference when the artist
// moves things afterwards. With `split` > 0 the left part shows the original alone.
QImage previewImage(DocumentState state, double split, Placement *layout)
{
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

ResultsWorkspace::ResultsWorkspace(MainWindow *window)
    : QObject(window), m_window(window), m_outpaint(window->document()),
      m_document(new Document(this)), m_recent(&m_settings),
      m_resultsDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) +
                   QStringLiteral("/Outframe")),
      m_renderTimer(new QTimer(this))
{
    m_panel = new LayersPanel(m_document, m_outpaint->undoStack());
    m_dock = new QDockWidget(tr("Layers"), window);
    m_dock->setObjectName(QStringLiteral("layersDock"));
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);

    const QString recovery =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
        QStringLiteral("/recovery");
    m_autosave = std::make_unique<Autosave>(m_document, recovery);
    connect(m_autosave.get(), &Autosave::failed, this, [this](const QString &error) {
        m_window->messageBar()->showMessage(tr("Autosave failed: %1").arg(error),
                                            MessageBar::Kind::Warning);
    });

    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(30); // coalesces a burst of edits (a slider drag) into one render
    connect(m_renderTimer, &QTimer::timeout, this, &ResultsWorkspace::render);

    connect(m_outpaint, &OutpaintDocument::referenceChanged, this,
            &ResultsWorkspace::syncReference);
    connect(m_outpaint, &OutpaintDocument::placementChanged, this,
            &ResultsWorkspace::syncPlacement);
    connect(window->generatePanel(), &GeneratePanel::choicesChanged, this,
            [this] { m_document->setOptions(m_window->generatePanel()->options()); });
    m_document->setOptions(window->generatePanel()->options());
    syncReference();
    m_document->markSaved();

    connect(m_document, &Document::changed, this, &ResultsWorkspace::scheduleRender);
    connect(m_panel, &LayersPanel::compareSplitChanged, this, &ResultsWorkspace::scheduleRender);
    connect(this, &ResultsWorkspace::failed, this, [this](const QString &message) {
        m_window->messageBar()->showMessage(message, MessageBar::Kind::Error);
    });
    qApp->installEventFilter(this);
    createActions();
}

ResultsWorkspace::~ResultsWorkspace()
{
    qApp->removeEventFilter(this);
    QThreadPool::globalInstance()->waitForDone(); // renders and saves hold copies, not us
    // Being destroyed is a clean end: only a crash leaves a recovery file behind.
    m_autosave->discard();
}

void ResultsWorkspace::createActions()
{
    QMenuBar *bar = m_window->menuBar();
    QMenu *file =
        bar->actions().isEmpty() ? bar->addMenu(tr("&File")) : bar->actions().constFirst()->menu();
    QAction *firstFileAction = file->actions().value(1); // after Open…
    const auto add = [&](QMenu *menu, const QString &text, QKeySequence key, auto slot,
                         QAction *before = nullptr) {
        auto *a = new QAction(text, m_window);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        menu->insertAction(before, a);
        return a;
    };
    add(
        file, tr("Open &Project…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
        [this] {
            const QString path = QFileDialog::getOpenFileName(
                m_window, tr("Open Project"), QString(), tr("Outframe projects (*.outframe)"));
            if (!path.isEmpty())
                openProject(path);
        },
        firstFileAction);
    m_recentMenu = new QMenu(tr("Recent P&rojects"), m_window);
    file->insertMenu(firstFileAction, m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ResultsWorkspace::rebuildRecentMenu);
    file->insertSeparator(firstFileAction);
    add(
        file, tr("&Save Project"), QKeySequence::Save, [this] { saveProject(); }, firstFileAction);
    add(
        file, tr("Save Project &As…"), QKeySequence::SaveAs, [this] { saveProjectAs(); },
        firstFileAction);
    file->insertSeparator(firstFileAction);
    add(
        file, tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { showExportDialog(); },
        firstFileAction);
    add(
        file, tr("&Copy Result"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        [this] { copyToClipboard(); }, firstFileAction);
    add(
        file, tr("&History…"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showHistory(); },
        firstFileAction);
    file->insertSeparator(firstFileAction);

    QMenu *layers = new QMenu(tr("&Layers"), m_window);
    bar->insertMenu(bar->actions().value(bar->actions().size() - 1), layers);
    add(layers, tr("&Next Variation"), QKeySequence(Qt::Key_BracketRight),
        [this] { m_panel->stepVariation(+1); });
    add(layers, tr("&Previous Variation"), QKeySequence(Qt::Key_BracketLeft),
        [this] { m_panel->stepVariation(-1); });
    add(layers, tr("&Star Variation"), QKeySequence(Qt::Key_S),
        [this] { m_panel->toggleStarActive(); });
    add(layers, tr("&Delete Layer"), QKeySequence(Qt::Key_Delete),
        [this] { m_panel->deleteActive(); });
    add(layers, tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_BracketRight),
        [this] { m_panel->moveActive(+1); });
    add(layers, tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::Key_BracketLeft),
        [this] { m_panel->moveActive(-1); });
    layers->addSeparator();
    auto *hint = layers->addAction(tr("Hold \\ to Compare with the Original"));
    hint->setEnabled(false);
    layers->addAction(m_dock->toggleViewAction());
}

void ResultsWorkspace::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    for (const QString &path : paths)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })
            ->setToolTip(path);
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
    else
        m_recentMenu->addAction(tr("&Clear List"), this, [this] { m_recent.clear(); });
}

void ResultsWorkspace::syncReference()
{
    if (m_applying)
        return;
    if (m_outpaint->hasReference())
        m_document->setReference(m_outpaint->reference(), m_outpaint->referencePath());
    syncPlacement();
}

void ResultsWorkspace::syncPlacement()
{
    if (!m_applying)
        m_document->setPlacement(m_outpaint->placement());
}

void ResultsWorkspace::addResult(const ResultLayer &layer)
{
    m_outpaint->undoStack()->push(new AddLayerCommand(m_document, layer));
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
    if (m_document->layerCount() == 0) {
        canvas->clearResult();
        emit compositeRendered();
        return;
    }
    m_rendering = true;
    const DocumentState state = m_document->state();
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
            if (m_document->layerCount() == 0)
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

void ResultsWorkspace::busy(int delta)
{
    m_busy += delta;
}

bool ResultsWorkspace::confirmDiscard(const QString &what)
{
    const bool hasContent = m_document->layerCount() > 0 || !m_document->filePath().isEmpty();
    if (!m_document->isModified() || !hasContent)
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("The session has changes that are not saved in a project. Save them before %1?")
            .arg(what),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || saveProject();
}

void ResultsWorkspace::sessionClosed()
{
    QThreadPool::globalInstance()->waitForDone(); // a save in flight finishes first
    m_autosave->discard();
}

void ResultsWorkspace::openProject(const QString &path)
{
    if (!confirmDiscard(tr("opening another project")))
        return;
    busy(+1);
    m_window->canvas()->setBusyText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    inBackground(
        this, [path] { return ProjectFile::load(path); },
        [this, path](const ProjectFile::Loaded &loaded) {
            busy(-1);
            m_window->canvas()->setBusyText(QString());
            if (!loaded.ok()) {
                m_recent.remove(path);
                emit failed(loaded.error);
                return;
            }
            applyProject(loaded.state, path, false);
        });
}

void ResultsWorkspace::applyProject(const DocumentState &state, const QString &path, bool recovered)
{
    m_applying = true;
    const QString name = state.referencePath.isEmpty() ? QFileInfo(path).completeBaseName()
                                                       : QFileInfo(state.referencePath).fileName();
    if (!state.reference.isNull()) {
        m_outpaint->setReference(state.reference, name, state.referencePath);
        m_outpaint->setPlacement(state.placement);
    }
    m_document->restore(state);
    m_outpaint->undoStack()->clear(); // another session's history
    m_applying = false;
    m_document->setFilePath(path);
    if (!recovered) {
        m_document->markSaved();
        m_recent.add(path);
    }
    emit projectOpened(path);
}

bool ResultsWorkspace::saveProject()
{
    if (m_document->filePath().isEmpty())
        return saveProjectAs();
    saveTo(m_document->filePath());
    return true;
}

bool ResultsWorkspace::saveProjectAs()
{
    QString start = m_document->filePath();
    if (start.isEmpty() && !m_document->referencePath().isEmpty())
        start = QFileInfo(m_document->referencePath())
                    .dir()
                    .filePath(QFileInfo(m_document->referencePath()).completeBaseName() +
                              QStringLiteral(".outframe"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project"), start,
                                                tr("Outframe projects (*.outframe)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".outframe"), Qt::CaseInsensitive))
        path += QStringLiteral(".outframe");
    saveTo(path);
    return true;
}

void ResultsWorkspace::saveTo(const QString &path)
{
    const DocumentState state = m_document->state();
    const quint64 revision = m_document->revision();
    busy(+1);
    inBackground(
        this,
        [state, path] {
            QString error;
            return ProjectFile::save(state, path, &error) ? QString() : error;
        },
        [this, path, revision](const QString &error) {
            busy(-1);
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            m_document->setFilePath(path);
            m_document->markSaved(revision);
            m_recent.add(path);
            if (!m_document->isModified())
                m_autosave->discard();
            m_window->messageBar()->showMessage(tr("Saved %1.").arg(QFileInfo(path).fileName()),
                                                MessageBar::Kind::Information);
            emit projectSaved(path);
        });
}

void ResultsWorkspace::showExportDialog()
{
    if (!m_document->hasReference() && m_document->layerCount() == 0) {
        emit failed(tr("There is nothing to export yet."));
        return;
    }
    const DocumentState state = m_document->state();
    const QString base = QFileInfo(m_document->referencePath()).completeBaseName();
    const QString folder = m_document->referencePath().isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)
                               : QFileInfo(m_document->referencePath()).absolutePath();
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
    busy(+1);
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
            busy(-1);
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
    const DocumentState state = m_document->state();
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
        m_history = new HistoryBrowser(m_resultsDir, m_window);
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
    const bool needReference = !m_document->hasReference();
    busy(+1);
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
            busy(-1);
            if (!loaded.errors.isEmpty())
                emit failed(loaded.errors.join(QLatin1Char('\n')));
            if (loaded.results.isEmpty())
                return;
            if (!loaded.reference.isNull()) {
                m_outpaint->setReference(loaded.reference,
                                         QFileInfo(loaded.referencePath).fileName(),
                                         loaded.referencePath);
                m_outpaint->setPlacement(
                    loaded.results.first().first.placement(loaded.reference.size()));
            }
            QUndoStack *undo = m_outpaint->undoStack();
            undo->beginMacro(tr("Add from History"));
            for (const auto &[entry, image] : loaded.results) {
                const QSize native =
                    m_document->hasReference() ? m_document->reference().size() : QSize();
                undo->push(new AddLayerCommand(m_document, entry.toLayer(image, native)));
            }
            undo->endMacro();
            m_window->messageBar()->showMessage(
                tr("Added %n result(s) from History.", nullptr, int(loaded.results.size())),
                MessageBar::Kind::Information);
        });
}

void ResultsWorkspace::checkForRecovery()
{
    const QString dir = QFileInfo(m_autosave->recoveryPath()).absolutePath();
    inBackground(
        this, [dir] { return Autosave::findOrphans(dir); },
        [this](const QList<RecoveryFile> &orphans) {
            // Unreadable ones are named and left in place: they may still be worth rescuing.
            for (const RecoveryFile &file : orphans)
                if (!file.problem.isEmpty())
                    m_window->messageBar()->showMessage(
                        tr("A recovery file cannot be read and was left in %1: %2")
                            .arg(QDir::toNativeSeparators(file.path), file.problem),
                        MessageBar::Kind::Warning);
            const auto newest =
                std::find_if(orphans.cbegin(), orphans.cend(),
                             [](const RecoveryFile &f) { return f.problem.isEmpty(); });
            if (newest != orphans.cend())
                offerRecovery(*newest);
        });
}

void ResultsWorkspace::offerRecovery(const RecoveryFile &file)
{
    QMessageBox box(m_window);
    box.setWindowTitle(tr("Recover session"));
    box.setIcon(QMessageBox::Question);
    box.setText(tr("Outframe did not close properly. Recover the session autosaved at %1%2?")
                    .arg(QLocale().toString(file.saved, QLocale::ShortFormat),
                         file.projectPath.isEmpty()
                             ? QString()
                             : tr(" (project %1)").arg(QFileInfo(file.projectPath).fileName())));
    auto *recover = box.addButton(tr("Recover"), QMessageBox::AcceptRole);
    auto *discard = box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() == discard) {
        Autosave::removeOrphan(file);
        return;
    }
    if (box.clickedButton() != recover)
        return;
    busy(+1);
    const QString path = file.path;
    inBackground(
        this, [path] { return ProjectFile::load(path); },
        [this, file](const ProjectFile::Loaded &loaded) {
            busy(-1);
            if (!loaded.ok()) {
                emit failed(loaded.error);
                return;
            }
            applyProject(loaded.state, file.projectPath, true);
            Autosave::removeOrphan(file);
            m_autosave->saveNow(); // this session owns the recovered work now
        });
}

} // namespace outframe
