// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvastesthelpers.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "imageintake.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "placementpanel.h"
#include "studio.h"
#include "studiotesthelpers.h"

#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace outframe;

// The canvas stays where the artist put it (no re-zoom or jump during a drag, nor when a
// message or a longer status line comes), and the window's shortcuts work whatever widget
// has the focus.
class TestSteadyCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void dragPastTheFrameKeepsZoomAndScroll();
    void messagesDoNotMoveTheCanvas();
    void resizeDuringADragWaitsForTheRelease();
    void ctrlZUndoesACommittedFieldEdit();
    void zoomShortcutsWorkFromAField();

private:
    void openImage(QSize size);
    void typeInto(QAbstractSpinBox *box, const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Studio> m_studio;
    MainWindow *m_window = nullptr;
};

void TestSteadyCanvas::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_steadycanvas"));
    qunsetenv("BFL_API_KEY");
}

void TestSteadyCanvas::init()
{
    QSettings().clear();
    m_studio = startStudio(new MemoryCredentialStore);
    m_window = m_studio->window();
    // Narrow enough that a placement problem needs two lines under the canvas.
    m_window->resize(1100, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestSteadyCanvas::cleanup()
{
    m_window = nullptr;
    m_studio.reset();
}

void TestSteadyCanvas::openImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    QSignalSpy loaded(m_window, &MainWindow::referenceLoaded);
    m_studio->intake()->openImage(image, QStringLiteral("photo.png"));
    QVERIFY(loaded.wait(10000));
    m_window->canvas()->setFocus();
}

void TestSteadyCanvas::typeInto(QAbstractSpinBox *box, const QString &text)
{
    QTest::mouseClick(box, Qt::LeftButton);
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

// Dragging the image out of the frame makes the placement invalid (the summary says why):
// the zoom and the scroll stay as they were at the press, and the image stays under the
// pointer to the pixel.
void TestSteadyCanvas::dragPastTheFrameKeepsZoomAndScroll()
{
    openImage(QSize(6000, 4000));
    CanvasView *canvas = m_window->canvas();
    const double zoom = canvas->zoom();
    const QPointF pan = canvas->pan();
    const QSize canvasSize = canvas->size();
    const QRectF frame = canvas->frameRect();
    const QPointF from = canvas->referenceRect().center();
    const QPointF to = from + QPointF(frame.width() * 0.9, frame.height() * 0.3);

    QTest::mousePress(canvas, Qt::LeftButton, {}, from.toPoint());
    constexpr int kSteps = 20;
    for (int i = 1; i <= kSteps; ++i) {
        const QPointF at = from + (to - from) * (double(i) / kSteps);
        testing::moveMouse(canvas, at, Qt::LeftButton);
        QCoreApplication::processEvents(); // let a re-layout happen if anything asks for one
        QCOMPARE(canvas->zoom(), zoom);
        QCOMPARE(canvas->pan(), pan);
        QCOMPARE(canvas->size(), canvasSize);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, to.toPoint());
    QCoreApplication::processEvents();
    QVERIFY(!m_studio->document()->placement().problems().isEmpty()); // out of the frame
    QCOMPARE(canvas->zoom(), zoom);
    QCOMPARE(canvas->pan(), pan);
    // The image moved with the pointer (within a canvas pixel's rounding).
    const QPointF moved = canvas->referenceRect().center() - from;
    QVERIFY2(std::abs(moved.x() - (to - from).x()) <= zoom + 1 &&
                 std::abs(moved.y() - (to - from).y()) <= zoom + 1,
             qPrintable(QStringLiteral("image moved by %1,%2; pointer by %3,%4")
                            .arg(moved.x())
                            .arg(moved.y())
                            .arg((to - from).x())
                            .arg((to - from).y())));
}

// A warning across the top and a problem under the canvas leave the canvas where it was.
void TestSteadyCanvas::messagesDoNotMoveTheCanvas()
{
    openImage(QSize(1200, 800));
    CanvasView *canvas = m_window->canvas();
    const QRect geometry(canvas->mapTo(m_window, QPoint(0, 0)), canvas->size());
    const double zoom = canvas->zoom();
    const QRectF frame = canvas->frameRect();

    m_window->messageBar()->showMessage(
        QStringLiteral("A long warning that the artist must read, long enough to need two "
                       "lines in a narrow window, and then a few more words for good measure."),
        MessageBar::Kind::Warning);
    QTRY_VERIFY(m_window->messageBar()->isVisible());
    QCoreApplication::processEvents();
    QCOMPARE(QRect(canvas->mapTo(m_window, QPoint(0, 0)), canvas->size()), geometry);
    QCOMPARE(canvas->zoom(), zoom);
    QCOMPARE(canvas->frameRect(), frame);
    // The bar lies over the canvas, across its top.
    const QRect bar(m_window->messageBar()->mapTo(canvas, QPoint(0, 0)),
                    m_window->messageBar()->size());
    QCOMPARE(bar.top(), 0);
    QCOMPARE(bar.width(), canvas->width());

    // A typed height too small for the image: the summary says why, the canvas stays.
    typeInto(m_window->placementPanel()->heightField(), QStringLiteral("10"));
    QVERIFY(!m_studio->document()->placement().problems().isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(QRect(canvas->mapTo(m_window, QPoint(0, 0)), canvas->size()), geometry);
}

// A window resize while the image is dragged does not refit under the pointer; the view
// refits once the button is released.
void TestSteadyCanvas::resizeDuringADragWaitsForTheRelease()
{
    openImage(QSize(1200, 800));
    CanvasView *canvas = m_window->canvas();
    const double zoom = canvas->zoom();
    const QPointF from = canvas->referenceRect().center();
    QTest::mousePress(canvas, Qt::LeftButton, {}, from.toPoint());
    testing::moveMouse(canvas, from + QPointF(30, 10), Qt::LeftButton);
    m_window->resize(1400, 950);
    QTRY_VERIFY(canvas->width() > 600);
    QCOMPARE(canvas->zoom(), zoom);
    testing::moveMouse(canvas, from + QPointF(40, 10), Qt::LeftButton);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, (from + QPointF(40, 10)).toPoint());
    QVERIFY(canvas->zoom() > zoom); // refitted to the larger window after the gesture
}

// W typed and Enter pressed is an undo step, and Ctrl+Z in the field right after undoes it.
void TestSteadyCanvas::ctrlZUndoesACommittedFieldEdit()
{
    openImage(QSize(1200, 800));
    QSpinBox *width = m_window->placementPanel()->widthField();
    const int before = m_studio->document()->placement().canvasSize().width();
    typeInto(width, QStringLiteral("2500"));
    QCOMPARE(m_studio->document()->placement().canvasSize().width(), 2500);
    QVERIFY(width->hasFocus());
    QTest::keyClick(width, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_studio->document()->placement().canvasSize().width(), before);
    QCOMPARE(width->value(), before);
    QTest::keyClick(width, Qt::Key_Y, Qt::ControlModifier); // redo
    QCOMPARE(m_studio->document()->placement().canvasSize().width(), 2500);

    // While a value is being typed, Ctrl+Z is the field's own: it takes back the typing.
    width->selectAll();
    QTest::keyClicks(width, QStringLiteral("31"));
    QTest::keyClick(width, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_studio->document()->placement().canvasSize().width(), 2500);
}

void TestSteadyCanvas::zoomShortcutsWorkFromAField()
{
    openImage(QSize(1200, 800));
    CanvasView *canvas = m_window->canvas();
    QSpinBox *x = m_window->placementPanel()->xField();
    typeInto(x, QStringLiteral("100"));
    QVERIFY(x->hasFocus());
    const double fitted = canvas->zoom();
    QTest::keyClick(x, Qt::Key_1, Qt::ControlModifier); // actual pixels
    QCOMPARE(canvas->zoom(), 1.0);
    QTest::keyClick(x, Qt::Key_0, Qt::ControlModifier); // fit
    QCOMPARE(canvas->zoom(), fitted);
    QTest::keyClick(x, Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(canvas->zoom() > fitted);
    QTest::keyClick(x, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(canvas->zoom(), fitted);
}

QTEST_MAIN(TestSteadyCanvas)
#include "tst_steadycanvas.moc"
