// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvascontroller.h"
#include "canvastesthelpers.h"
#include "canvasview.h"
#include "editingdocument.h"

#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace outframe;
using testing::drag;
using testing::moveMouse;

Q_DECLARE_METATYPE(outframe::FrameEdges)

// The canvas on its own: a 400 x 300 image on an 800 x 600 frame at offset (200, 150), in a
// 1000 x 700 view, zoomed about the view's centre (where the frame's centre is).
class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dragMovesByDraggedDistance_data();
    void dragMovesByDraggedDistance();
    void shiftLocksDragToOneAxis();
    void handleResizesItsEdges_data();
    void handleResizesItsEdges();
    void shiftKeepsRatio();
    void altResizesAboutCentre();
    void handlesKeepScreenSizeAndGrabZone_data();
    void handlesKeepScreenSizeAndGrabZone();
    void cursorShowsWhatADragDoes();
    void snapsToFrameEdgesAndCentre();
    void ctrlBypassesSnapping();
    void frameEdgeSnapsToImageEdge();
    void nudges();
    void heldArrowIsOneUndoStep();
    void fiftyMoveDragIsOneUndoStep();
    void escRestoresPreDragPlacement_data();
    void escRestoresPreDragPlacement();
    void altDragScalesImageNotFrame();
    void wheelZoomsAroundCursor();
    void spaceDragAndMiddleButtonPan();
    void touchpadScrollPansAndPinchZooms();

private:
    void setZoom(double zoom);
    QPoint centre() const;

    std::unique_ptr<EditingDocument> m_document;
    std::unique_ptr<CanvasView> m_view;
    Placement m_start;
};

void TestCanvas::init()
{
    m_document = std::make_unique<EditingDocument>();
    m_view = std::make_unique<CanvasView>(m_document.get());
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    m_document->newSession(image, QStringLiteral("test.png"));
    Placement p(QSize(800, 600), QSize(400, 300));
    p.setOffset(QPoint(200, 150));
    m_document->setPlacement(p);
    m_start = p;
    m_view->zoomToFit();
    m_view->controller()->setSnapping(false);
    m_view->setFocus();
}

void TestCanvas::cleanup()
{
    m_view.reset();
    m_document.reset();
}

void TestCanvas::setZoom(double zoom)
{
    m_view->zoomToFit();
    m_view->setZoom(zoom, QPointF(500, 350));
    QCOMPARE(m_view->zoom(), zoom);
}

QPoint TestCanvas::centre() const
{
    return m_view->referenceRect().center().toPoint();
}

void TestCanvas::dragMovesByDraggedDistance_data()
{
    QTest::addColumn<double>("zoom");
    QTest::addColumn<QPoint>("delta"); // view px
    for (double zoom : {0.25, 0.5, 1.0, 2.0, 4.0}) {
        QTest::addRow("zoom %g small", zoom) << zoom << QPoint(37, -23);
        QTest::addRow("zoom %g large", zoom) << zoom << QPoint(-120, 80);
    }
}

void TestCanvas::dragMovesByDraggedDistance()
{
    QFETCH(double, zoom);
    QFETCH(QPoint, delta);
    setZoom(zoom);
    const QPoint from = centre();
    drag(m_view.get(), from, from + delta, 12);
    const QPoint expected(200 + int(std::lround(delta.x() / zoom)),
                          150 + int(std::lround(delta.y() / zoom)));
    QCOMPARE(m_document->placement().resolvedOffset(), expected);
    QCOMPARE(m_document->placement().canvasSize(), QSize(800, 600));
    // The image follows the pointer on screen.
    QVERIFY(std::abs(m_view->referenceRect().center().x() - (from + delta).x()) <= 1.5);
}

void TestCanvas::shiftLocksDragToOneAxis()
{
    setZoom(1.0);
    const QPoint from = centre();
    drag(m_view.get(), from, from + QPoint(60, 14), 8, Qt::ShiftModifier);
    QCOMPARE(m_document->placement().resolvedOffset(), QPoint(260, 150));
}

void TestCanvas::handleResizesItsEdges_data()
{
    QTest::addColumn<FrameEdges>("edges");
    QTest::addColumn<QPoint>("delta"); // view px at zoom 0.5
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QPoint>("offset"); // where the image now sits on the larger frame

    using E = FrameEdge;
    QTest::newRow("left out") << FrameEdges(E::Left) << QPoint(-40, 10) << QSize(880, 600)
                              << QPoint(280, 150);
    QTest::newRow("left in") << FrameEdges(E::Left) << QPoint(50, 0) << QSize(700, 600)
                             << QPoint(100, 150);
    QTest::newRow("right") << FrameEdges(E::Right) << QPoint(30, -7) << QSize(860, 600)
                           << QPoint(200, 150);
    QTest::newRow("top") << FrameEdges(E::Top) << QPoint(9, -25) << QSize(800, 650)
                         << QPoint(200, 200);
    QTest::newRow("bottom") << FrameEdges(E::Bottom) << QPoint(0, 40) << QSize(800, 680)
                            << QPoint(200, 150);
    QTest::newRow("top-left") << (E::Top | E::Left) << QPoint(-10, -20) << QSize(820, 640)
                              << QPoint(220, 190);
    QTest::newRow("top-right") << (E::Top | E::Right) << QPoint(10, -20) << QSize(820, 640)
                               << QPoint(200, 190);
    QTest::newRow("bottom-left") << (E::Bottom | E::Left) << QPoint(-10, 20) << QSize(820, 640)
                                 << QPoint(220, 150);
    QTest::newRow("bottom-right") << (E::Bottom | E::Right) << QPoint(10, 20) << QSize(820, 640)
                                  << QPoint(200, 150);
}

void TestCanvas::handleResizesItsEdges()
{
    QFETCH(FrameEdges, edges);
    QFETCH(QPoint, delta);
    QFETCH(QSize, canvas);
    QFETCH(QPoint, offset);
    setZoom(0.5);
    const QPoint from = m_view->controller()->handleCentre(edges).toPoint();
    const QRectF imageBefore = m_view->referenceRect();
    drag(m_view.get(), from, from + delta, 10);
    QCOMPARE(m_document->placement().canvasSize(), canvas);
    QCOMPARE(m_document->placement().resolvedOffset(), offset);
    // The image stays where it was on screen; the frame moved around it.
    QCOMPARE(m_view->referenceRect(), imageBefore);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestCanvas::shiftKeepsRatio()
{
    setZoom(0.5);
    const QPoint from =
        m_view->controller()->handleCentre(FrameEdge::Bottom | FrameEdge::Right).toPoint();
    drag(m_view.get(), from, from + QPoint(60, 10), 10, Qt::ShiftModifier);
    const QSize size = m_document->placement().canvasSize();
    QCOMPARE(size, QSize(920, 690));
    QVERIFY(std::abs(double(size.width()) / size.height() - 4.0 / 3.0) < 0.005);

    // An edge handle with Shift grows the other axis too.
    const QPoint edge = m_view->controller()->handleCentre(FrameEdge::Right).toPoint();
    drag(m_view.get(), edge, edge + QPoint(-60, 0), 10, Qt::ShiftModifier);
    const QSize after = m_document->placement().canvasSize();
    QCOMPARE(after.width(), 800);
    QVERIFY(std::abs(double(after.width()) / after.height() - 4.0 / 3.0) < 0.005);
}

void TestCanvas::altResizesAboutCentre()
{
    setZoom(0.5);
    const QPoint from = m_view->controller()->handleCentre(FrameEdge::Right).toPoint();
    drag(m_view.get(), from, from + QPoint(20, 0), 5, Qt::AltModifier);
    QCOMPARE(m_document->placement().canvasSize(), QSize(880, 600));
    QCOMPARE(m_document->placement().resolvedOffset(), QPoint(240, 150));
}

void TestCanvas::handlesKeepScreenSizeAndGrabZone_data()
{
    QTest::addColumn<double>("zoom");
    QTest::newRow("10 %") << 0.1;
    QTest::newRow("100 %") << 1.0;
    QTest::newRow("800 %") << 8.0;
}

void TestCanvas::handlesKeepScreenSizeAndGrabZone()
{
    QFETCH(double, zoom);
    setZoom(zoom);
    // Bring the frame's top-left corner to (200, 200) on screen.
    m_view->panBy(QPointF(200, 200) - m_view->frameRect().topLeft());
    const QPointF corner = m_view->controller()->handleCentre(FrameEdge::Left | FrameEdge::Top);
    QCOMPARE(corner, QPointF(200, 200));

    // Drawn 8 px wide at every zoom: white 2 px inside the corner, not white 6 px away.
    const QImage shot = m_view->grab().toImage();
    QCOMPARE(QColor(shot.pixel(201, 201)), QColor(Qt::white));
    QCOMPARE(QColor(shot.pixel(198, 198)), QColor(Qt::white));
    QVERIFY(QColor(shot.pixel(206, 206)) != QColor(Qt::white));
    QVERIFY(QColor(shot.pixel(194, 194)) != QColor(Qt::white));

    // Grabbed from up to 10 px away, beyond the drawn handle.
    using Target = CanvasController::Hit::Target;
    const FrameEdges corner_ = FrameEdge::Left | FrameEdge::Top;
    for (const QPointF d : {QPointF(9, 9), QPointF(-9, -9), QPointF(9, -9), QPointF(-9, 9)}) {
        const auto hit = m_view->controller()->hitTest(corner + d);
        QCOMPARE(int(hit.target), int(Target::FrameEdge));
        QCOMPARE(hit.edges, corner_);
    }
    QVERIFY(m_view->controller()->hitTest(corner + QPointF(-14, -14)).target != Target::FrameEdge);

    // And a real drag from the edge of the grab zone resizes the frame.
    drag(m_view.get(), (corner + QPointF(-9, 8)).toPoint(), (corner + QPointF(-29, 8)).toPoint(),
         4);
    QCOMPARE(m_document->placement().canvasSize().width(), 800 + int(std::lround(20 / zoom)));
}

void TestCanvas::cursorShowsWhatADragDoes()
{
    setZoom(0.5);
    moveMouse(m_view.get(), m_view->controller()->handleCentre(FrameEdge::Right), Qt::NoButton);
    QCOMPARE(m_view->cursor().shape(), Qt::SizeHorCursor);
    QCOMPARE(m_view->activeEdges(), FrameEdges(FrameEdge::Right)); // drawn highlighted
    moveMouse(m_view.get(), m_view->controller()->handleCentre(FrameEdge::Top), Qt::NoButton);
    QCOMPARE(m_view->cursor().shape(), Qt::SizeVerCursor);
    moveMouse(m_view.get(), m_view->controller()->handleCentre(FrameEdge::Left | FrameEdge::Top),
              Qt::NoButton);
    QCOMPARE(m_view->cursor().shape(), Qt::SizeFDiagCursor);
    moveMouse(m_view.get(), m_view->controller()->handleCentre(FrameEdge::Right | FrameEdge::Top),
              Qt::NoButton);
    QCOMPARE(m_view->cursor().shape(), Qt::SizeBDiagCursor);
    moveMouse(m_view.get(), centre(), Qt::NoButton);
    QCOMPARE(m_view->cursor().shape(), Qt::OpenHandCursor);
    QCOMPARE(m_view->activeEdges(), FrameEdges());
    // Alt over the image: the scale gesture has its own cursor, unlike any frame handle's.
    moveMouse(m_view.get(), centre(), Qt::NoButton, Qt::AltModifier);
    QCOMPARE(m_view->cursor().shape(), Qt::BitmapCursor);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, centre());
    QCOMPARE(m_view->cursor().shape(), Qt::ClosedHandCursor);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, centre());
}

void TestCanvas::snapsToFrameEdgesAndCentre()
{
    m_view->controller()->setSnapping(true);
    setZoom(1.0);
    // 195 px left: 5 px from the frame's left edge, within the 8 px snapping distance.
    const QPoint from = centre();
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
    for (int i = 1; i <= 10; ++i)
        moveMouse(m_view.get(), from + QPointF(-195.0 * i / 10, 0), Qt::LeftButton);
    QCOMPARE(m_document->placement().offsetX(), std::optional<int>(0));
    QCOMPARE(m_view->guides().size(), 1);
    QCOMPARE(m_view->guides().constFirst().orientation, Qt::Vertical);
    QCOMPARE(m_view->guides().constFirst().position, 0.0);
    QCOMPARE(m_view->readout(), QStringLiteral("X 0  Y 150")); // live numbers by the pointer
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, from + QPoint(-195, 0));
    QVERIFY(m_view->guides().isEmpty());
    QVERIFY(m_view->readout().isEmpty());
    QCOMPARE(m_document->placement().offsetX(), std::optional<int>(0));

    // Back near the centre: the axis becomes "centred" again.
    const QPoint at = centre();
    drag(m_view.get(), at, at + QPoint(197, 20), 10);
    QCOMPARE(m_document->placement().offsetX(), std::optional<int>());
    QCOMPARE(m_document->placement().resolvedOffset().x(), 200);
    QCOMPARE(m_document->placement().offsetY(), std::optional<int>(170));

    // The bottom edge snaps to the frame's bottom edge.
    const QPoint low = centre();
    drag(m_view.get(), low, low + QPoint(0, 125), 10); // 170 + 125 = 295
    QCOMPARE(m_document->placement().resolvedOffset().y(), 300);
}

void TestCanvas::ctrlBypassesSnapping()
{
    m_view->controller()->setSnapping(true);
    setZoom(1.0);
    const QPoint from = centre();
    drag(m_view.get(), from, from + QPoint(-195, 0), 10, Qt::ControlModifier);
    QCOMPARE(m_document->placement().offsetX(), std::optional<int>(5));
}

void TestCanvas::frameEdgeSnapsToImageEdge()
{
    m_view->controller()->setSnapping(true);
    setZoom(1.0);
    // The frame's left edge to within 4 px of the image's left edge: it lands on it.
    const QPoint from = m_view->controller()->handleCentre(FrameEdge::Left).toPoint();
    drag(m_view.get(), from, from + QPoint(196, 0), 10);
    QCOMPARE(m_document->placement().canvasSize(), QSize(600, 600));
    QCOMPARE(m_document->placement().resolvedOffset(), QPoint(0, 150));
}

void TestCanvas::nudges()
{
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QTest::keyClick(m_view.get(), Qt::Key_Up);
    QCOMPARE(m_document->placement().resolvedOffset(), QPoint(202, 149));
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_document->placement().resolvedOffset(), QPoint(192, 159));
    // Each press is its own step.
    QCOMPARE(m_document->undoStack()->count(), 5);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->placement().resolvedOffset(), QPoint(202, 159));
}

void TestCanvas::heldArrowIsOneUndoStep()
{
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    for (int i = 0; i < 20; ++i) {
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Left, Qt::NoModifier, QString(), true);
        QApplication::sendEvent(m_view.get(), &repeat);
    }
    QCOMPARE(m_document->placement().resolvedOffset(), QPoint(179, 150));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->placement(), m_start);
}

void TestCanvas::fiftyMoveDragIsOneUndoStep()
{
    setZoom(1.0);
    QSignalSpy changes(m_document.get(), &EditingDocument::placementChanged);
    const QPoint from = centre();
    drag(m_view.get(), from, from + QPoint(-73, 41), 50);
    QVERIFY(changes.count() >= 40); // the canvas followed the pointer live
    const Placement after = m_document->placement();
    QCOMPARE(after.resolvedOffset(), QPoint(127, 191));
    QCOMPARE(m_document->undoStack()->count(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(m_document->placement(), m_start);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->placement(), after);
}

void TestCanvas::escRestoresPreDragPlacement_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::newRow("move") << QStringLiteral("image") << Qt::KeyboardModifiers();
    QTest::newRow("scale") << QStringLiteral("image") << Qt::KeyboardModifiers(Qt::AltModifier);
    QTest::newRow("resize") << QStringLiteral("handle") << Qt::KeyboardModifiers();
}

void TestCanvas::escRestoresPreDragPlacement()
{
    QFETCH(QString, what);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    setZoom(0.5);
    const QPoint from = what == QLatin1String("image")
                            ? centre() + QPoint(40, 0)
                            : m_view->controller()->handleCentre(FrameEdge::Bottom).toPoint();
    QTest::mousePress(m_view.get(), Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= 20; ++i)
        moveMouse(m_view.get(), from + QPointF(3 * i, 2 * i), Qt::LeftButton, modifiers);
    QVERIFY(m_document->placement() != m_start);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_document->placement(), m_start);
    // The rest of the drag does nothing, and nothing is recorded.
    moveMouse(m_view.get(), from + QPointF(90, 90), Qt::LeftButton, modifiers);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, modifiers, from + QPoint(90, 90));
    QCOMPARE(m_document->placement(), m_start);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestCanvas::altDragScalesImageNotFrame()
{
    setZoom(1.0);
    const QPoint c = centre();
    drag(m_view.get(), c + QPoint(100, 0), c + QPoint(150, 0), 10, Qt::AltModifier);
    const Placement &p = m_document->placement();
    QCOMPARE(p.referenceScale(), 1.5);
    QCOMPARE(p.referenceSize(), QSize(600, 450));
    QCOMPARE(p.canvasSize(), QSize(800, 600));
    // Scaled about its centre, which stays at (400, 300).
    QCOMPARE(p.referenceRect().center(), QRect(100, 75, 600, 450).center());
    QCOMPARE(m_document->undoStack()->count(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Scale image"));
}

void TestCanvas::wheelZoomsAroundCursor()
{
    setZoom(1.0);
    const QPointF at(330, 260);
    const QPointF canvasBefore = m_view->viewToCanvas(at);
    QWheelEvent wheel(at, m_view->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view.get(), &wheel);
    QVERIFY(m_view->zoom() > 1.1);
    const QPointF canvasAfter = m_view->viewToCanvas(at);
    QVERIFY(std::abs(canvasAfter.x() - canvasBefore.x()) < 1e-6);
    QVERIFY(std::abs(canvasAfter.y() - canvasBefore.y()) < 1e-6);
    QCOMPARE(m_document->placement(), m_start);
}

void TestCanvas::spaceDragAndMiddleButtonPan()
{
    setZoom(1.0);
    const QPointF panBefore = m_view->pan();
    QTest::keyPress(m_view.get(), Qt::Key_Space);
    QCOMPARE(m_view->cursor().shape(), Qt::OpenHandCursor);
    drag(m_view.get(), centre(), centre() + QPoint(50, 30), 5);
    QTest::keyRelease(m_view.get(), Qt::Key_Space);
    QCOMPARE(m_view->pan(), panBefore + QPointF(50, 30));
    QCOMPARE(m_document->placement(), m_start); // over the image, yet it did not move

    drag(m_view.get(), centre(), centre() + QPoint(-20, 10), 5, Qt::NoModifier, Qt::MiddleButton);
    QCOMPARE(m_view->pan(), panBefore + QPointF(30, 40));
    QCOMPARE(m_document->placement(), m_start);
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestCanvas::touchpadScrollPansAndPinchZooms()
{
    setZoom(1.0);
    const QPointF panBefore = m_view->pan();
    const QPointF at(400, 300);
    QWheelEvent scroll(at, m_view->mapToGlobal(at), QPoint(-30, 12), QPoint(-36, 14), Qt::NoButton,
                       Qt::NoModifier, Qt::ScrollUpdate, false);
    QApplication::sendEvent(m_view.get(), &scroll);
    QCOMPARE(m_view->pan(), panBefore + QPointF(-30, 12));
    QCOMPARE(m_view->zoom(), 1.0);

    const QPointF canvasBefore = m_view->viewToCanvas(at);
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              at, at, m_view->mapToGlobal(at), 0.5, QPointF(), 0);
    QApplication::sendEvent(m_view.get(), &pinch);
    QCOMPARE(m_view->zoom(), 1.5);
    const QPointF canvasAfter = m_view->viewToCanvas(at);
    QVERIFY(std::abs(canvasAfter.x() - canvasBefore.x()) < 1e-6);
    QCOMPARE(m_document->placement(), m_start);
}

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
