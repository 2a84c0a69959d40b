// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasview.h"
#include "document.h"
#include "editingdocument.h"
#include "exportdialog.h"
#include "historybrowser.h"
#include "layerlistmodel.h"
#include "layerspanel.h"
#include "mainwindow.h"
#include "projectfile.h"
#include "resultsworkspace.h"
#include "studio.h"
#include "studiotesthelpers.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QColorSpace>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace outframe;

// The results side of the window, driven as an artist would: results arrive, are flipped
// through, edited, deleted and undone, saved as a project and opened again.
class TestResults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void resultsBecomeLayersWithThumbnails();
    void deleteFromThePanelIsUndoable();
    void renameAndVisibilityGoThroughUndo();
    void keysStepThroughVariations();
    void deletingTheShownVariationShowsTheNext();
    void opacityDragIsOneUndoStep();
    void compareShowsTheOriginal();
    void copyPutsTheCompositeOnTheClipboard();
    void projectRoundTripThroughTheWindow();
    void badProjectIsReported();
    void exportDialogHonoursTheChosenFormat();
    void historyBrowsesTheFolderChosenInSettings();

private:
    void addResults(int count);
    QAction *actionFor(const QKeySequence &key) const;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_dir;
};

static QImage filled(QSize size, QRgb colour)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(colour);
    return img;
}

void TestResults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // recovery files and settings stay out of ~
    QVERIFY(m_dir.isValid());
}

void TestResults::init()
{
    m_studio = startStudio();
    m_window = m_studio->window();
    m_studio->document()->newSession(filled({80, 60}, qRgb(0, 0, 220)), QStringLiteral("ref.png"));
}

void TestResults::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
}

void TestResults::addResults(int count)
{
    const Placement p = m_studio->document()->placement();
    for (int i = 0; i < count; ++i) {
        ResultLayer l;
        l.image = filled(p.canvasSize(), qRgb(40 * i, 200, 0));
        l.placement = p;
        l.referenceRect = p.referenceRect();
        l.options.prompt = QStringLiteral("meadow %1").arg(i);
        l.cost = 4;
        l.elapsedSeconds = 30;
        l.seam.colourMatch = false;
        m_studio->document()->addResult(l);
    }
}

QAction *TestResults::actionFor(const QKeySequence &key) const
{
    for (QAction *a : m_window->findChildren<QAction *>())
        if (a->shortcut() == key)
            return a;
    return nullptr;
}

void TestResults::resultsBecomeLayersWithThumbnails()
{
    addResults(3);
    Document *doc = m_window->results()->document();
    QCOMPARE(doc->layerCount(), 3);
    LayerListModel *model = m_window->results()->layersPanel()->model();
    QCOMPARE(model->rowCount(), 3);
    // Top of the list is the newest, and it is the active variation.
    QCOMPARE(model->index(0).data(LayerListModel::LayerIdRole).toULongLong(), doc->layer(2).id);
    QCOMPARE(doc->activeLayerIndex(), 2);
    QVERIFY(model->index(0)
                .data(LayerListModel::DetailsRole)
                .toString()
                .contains(QStringLiteral("meadow 2")));
    (void)model->index(1).data(Qt::DecorationRole); // asks for the thumbnail
    QTRY_VERIFY(model->hasThumbnail(doc->layer(1).id));
    QVERIFY(!model->index(1).data(Qt::DecorationRole).value<QImage>().isNull());
    // And the canvas shows the composite.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->canvas()->hasResult(), 30000);
}

void TestResults::deleteFromThePanelIsUndoable()
{
    addResults(2);
    Document *doc = m_window->results()->document();
    const ResultLayer top = doc->layer(1);
    QAction *del = actionFor(QKeySequence(Qt::Key_Delete));
    QVERIFY(del);
    del->trigger();
    QCOMPARE(doc->layerCount(), 1);
    m_studio->document()->undoStack()->undo();
    QCOMPARE(doc->layerCount(), 2);
    QCOMPARE(doc->layer(1), top);
    QCOMPARE(doc->activeLayerId(), top.id);
}

void TestResults::renameAndVisibilityGoThroughUndo()
{
    addResults(1);
    Document *doc = m_window->results()->document();
    LayerListModel *model = m_window->results()->layersPanel()->model();
    QUndoStack *undo = m_studio->document()->undoStack();
    QVERIFY(model->setData(model->index(0), QStringLiteral("Keeper"), Qt::EditRole));
    QCOMPARE(doc->layer(0).name, QStringLiteral("Keeper"));
    QVERIFY(model->setData(model->index(0), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!doc->layer(0).visible);
    undo->undo();
    QVERIFY(doc->layer(0).visible);
    undo->undo();
    QCOMPARE(doc->layer(0).name, QStringLiteral("Variation 1"));
}

void TestResults::keysStepThroughVariations()
{
    addResults(3);
    Document *doc = m_window->results()->document();
    QAction *next = actionFor(QKeySequence(Qt::Key_BracketRight));
    QAction *previous = actionFor(QKeySequence(Qt::Key_BracketLeft));
    QVERIFY(next && previous);
    next->trigger(); // from the top one, wraps to the first
    QCOMPARE(doc->activeLayerIndex(), 0);
    QVERIFY(doc->layer(0).visible && !doc->layer(1).visible && !doc->layer(2).visible);
    previous->trigger();
    QCOMPARE(doc->activeLayerIndex(), 2);
    QVERIFY(doc->layer(2).visible && !doc->layer(0).visible);
    // The list follows.
    QListView *list = m_window->results()->layersPanel()->list();
    QCOMPARE(list->currentIndex().row(), 0);
    QAction *star = actionFor(QKeySequence(Qt::Key_S));
    star->trigger();
    QVERIFY(doc->layer(2).starred);
}

void TestResults::deletingTheShownVariationShowsTheNext()
{
    addResults(3);
    Document *doc = m_window->results()->document();
    // Flip to the middle one as an artist does: [ shows it alone.
    actionFor(QKeySequence(Qt::Key_BracketLeft))->trigger();
    QCOMPARE(doc->activeLayerIndex(), 1);
    const quint64 next = doc->layer(2).id;
    actionFor(QKeySequence(Qt::Key_Delete))->trigger();
    QCOMPARE(doc->layerCount(), 2);
    // The one that took its place is active and on show, not a bare canvas.
    QCOMPARE(doc->activeLayerId(), next);
    QVERIFY(doc->layer(doc->activeLayerIndex()).visible);
    QVERIFY(!doc->layer(0).visible);
    // One step undoes both.
    m_studio->document()->undoStack()->undo();
    QCOMPARE(doc->layerCount(), 3);
    QVERIFY(doc->layer(1).visible && !doc->layer(2).visible);
}

void TestResults::opacityDragIsOneUndoStep()
{
    addResults(1);
    Document *doc = m_window->results()->document();
    QUndoStack *undo = m_studio->document()->undoStack();
    const int before = undo->count();
    auto *slider = m_window->results()->layersPanel()->findChildren<QSlider *>().first();
    for (int v = 95; v >= 40; v -= 5)
        slider->setValue(v);
    QCOMPARE(doc->layer(0).opacity, 0.4);
    QCOMPARE(undo->count(), before + 1);
    undo->undo();
    QCOMPARE(doc->layer(0).opacity, 1.0);
    QCOMPARE(slider->value(), 100);
}

void TestResults::compareShowsTheOriginal()
{
    addResults(1);
    CanvasView *canvas = m_window->canvas();
    QTRY_VERIFY_WITH_TIMEOUT(canvas->hasResult(), 30000);
    QVERIFY(canvas->isResultVisible());
    m_window->results()->setComparing(true);
    QVERIFY(!canvas->isResultVisible());
    m_window->results()->setComparing(false);
    QVERIFY(canvas->isResultVisible());
}

void TestResults::copyPutsTheCompositeOnTheClipboard()
{
    addResults(1);
    QSignalSpy copied(m_window->results(), &ResultsWorkspace::copied);
    m_window->results()->copyToClipboard();
    QTRY_COMPARE(copied.size(), 1);
    const QImage image = QApplication::clipboard()->image();
    QCOMPARE(image.size(), m_studio->document()->placement().canvasSize());
}

void TestResults::projectRoundTripThroughTheWindow()
{
    addResults(2);
    ResultsWorkspace *results = m_window->results();
    Document *doc = results->document();
    doc->setLayerProperty(0, LayerProperty::Starred, true);
    const QString path = m_dir.filePath(QStringLiteral("session.outframe"));
    doc->setFilePath(path);
    QSignalSpy saved(m_window->projectActions(), &ProjectActions::projectSaved);
    QVERIFY(m_window->projectActions()->save());
    QTRY_COMPARE(saved.size(), 1);
    QVERIFY(!doc->isModified());
    QVERIFY(m_studio->projects()->recent().paths().contains(QFileInfo(path).canonicalFilePath()));
    const DocumentState before = doc->state();

    // The next day: a fresh window opens it (as `outframe session.outframe` does).
    m_studio = startStudio();
    m_window = m_studio->window();
    QSignalSpy opened(m_window->projectActions(), &ProjectActions::projectOpened);
    m_window->openFile(path);
    QTRY_COMPARE(opened.size(), 1);
    const DocumentState after = m_window->results()->document()->state();
    QCOMPARE(after.layers.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(after.layers[i].id, before.layers[i].id);
        QCOMPARE(after.layers[i].starred, before.layers[i].starred);
        QImage a = after.layers[i].image, b = before.layers[i].image;
        a.setColorSpace(QColorSpace());
        b.setColorSpace(QColorSpace());
        QCOMPARE(a, b);
    }
    QCOMPARE(m_studio->document()->placement(), before.placement);
    QVERIFY(m_studio->document()->hasReference());
    QVERIFY(!m_window->results()->document()->isModified());
}

void TestResults::badProjectIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("broken.outframe"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 not really");
    f.close();
    QSignalSpy failed(m_studio->projects(), &ProjectController::failed);
    m_window->openFile(path);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("broken.outframe")));
    QVERIFY(m_studio->document()->hasReference()); // the session is untouched
}

void TestResults::exportDialogHonoursTheChosenFormat()
{
    DocumentState state;
    state.reference = filled({400, 300}, qRgb(1, 2, 3));
    state.placement = Placement(QSize(320, 240), state.reference.size());
    state.placement.setReferenceScale(0.5);
    ExportDialog dialog(state, m_dir.filePath(QStringLiteral("beach.png")));
    auto *format = dialog.findChild<QComboBox *>();
    format->setCurrentIndex(format->findData(int(ImageFormat::Webp)));
    QCOMPARE(dialog.settings().format, ImageFormat::Webp);
    QCOMPARE(dialog.target(), m_dir.filePath(QStringLiteral("beach.webp"))); // name follows
    QCOMPARE(dialog.subject(), ExportDialog::Subject::Composite);
    // The reference was halved to fit: native resolution is on offer, and honoured.
    QCheckBox *native = nullptr;
    for (QCheckBox *box : dialog.findChildren<QCheckBox *>())
        if (box->text().contains(QStringLiteral("640")))
            native = box;
    QVERIFY(native && native->isEnabled());
    native->setChecked(true);
    QVERIFY(dialog.settings().nativeResolution);
}

void TestResults::historyBrowsesTheFolderChosenInSettings()
{
    // A results folder as the service leaves it: an image and its sidecar.
    QDir results(m_dir.filePath(QStringLiteral("results")));
    QVERIFY(results.mkpath(QStringLiteral(".")));
    const Placement p = m_studio->document()->placement();
    QVERIFY(filled(p.canvasSize(), qRgb(0, 180, 0)).save(results.filePath("ref-1.png")));
    const QPoint offset = p.resolvedOffset();
    const QJsonObject sidecar{
        {"format", "outframe-result"},
        {"version", 1},
        {"engine", "flux"},
        {"task_id", "t-1"},
        {"created", "2026-11-24T23:00:00Z"},
        {"label", "ref.png"},
        {"parameters", QJsonObject{{"width", p.canvasSize().width()},
                                   {"height", p.canvasSize().height()},
                                   {"reference_offset_x", offset.x()},
                                   {"reference_offset_y", offset.y()},
                                   {"auto_crop", false},
                                   {"prompt", "green"},
                                   {"mode", "high"},
                                   {"output_format", "png"},
                                   {"safety_tolerance", 2},
                                   {"reference_scale", 1.0}}},
        {"reference_rect", QJsonObject{{"x", offset.x()},
                                       {"y", offset.y()},
                                       {"width", p.referenceSize().width()},
                                       {"height", p.referenceSize().height()}}},
        {"cost", 5},
        {"timings", QJsonObject{{"elapsed_s", 20}}}};
    QFile json(results.filePath("ref-1.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(QJsonDocument(sidecar).toJson());
    json.close();

    // History browses the folder Settings chose, not the default one.
    m_studio->serviceSettings()->setResultsDirectory(results.path());
    ResultsWorkspace *workspace = m_window->results();
    workspace->showHistory();
    auto *browser = m_window->findChild<HistoryBrowser *>();
    QVERIFY(browser);
    QTRY_COMPARE(browser->entries().size(), 1);
    auto *list = browser->findChild<QListWidget *>();
    // From the first display each cell has room for a whole thumbnail and a two-line caption.
    QVERIFY(list->gridSize().width() >= list->iconSize().width());
    QVERIFY(list->gridSize().height() >=
            list->iconSize().height() + 2 * list->fontMetrics().lineSpacing());
    QVERIFY(!list->item(0)->icon().isNull()); // a placeholder until the thumbnail is read
    list->item(0)->setSelected(true);
    emit browser->addRequested(browser->selectedEntries());
    QTRY_COMPARE(workspace->document()->layerCount(), 1);
    const ResultLayer &layer = workspace->document()->layer(0);
    QCOMPARE(layer.taskId, QStringLiteral("t-1"));
    QCOMPARE(layer.options.prompt, QStringLiteral("green"));
    QCOMPARE(layer.cost, std::optional<double>(5));
    browser->close();
}

QTEST_MAIN(TestResults)
#include "tst_results.moc"
