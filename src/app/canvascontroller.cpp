// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvascontroller.h"

#include "canvasview.h"
#include "editingdocument.h"
#include "numberformat.h"
#include "placementcommand.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

namespace outframe {

namespace {

using Edge = FrameEdge;

struct Handle
{
    FrameEdges edges;
    QPointF (*point)(const QRectF &);
};

// Corners first: where a corner and an edge handle overlap on a tiny frame, the corner wins.
const Handle kHandles[] = {
    {Edge::Left | Edge::Top, [](const QRectF &r) { return r.topLeft(); }},
    {Edge::Right | Edge::Top, [](const QRectF &r) { return r.topRight(); }},
    {Edge::Left | Edge::Bottom, [](const QRectF &r) { return r.bottomLeft(); }},
    {Edge::Right | Edge::Bottom, [](const QRectF &r) { return r.bottomRight(); }},
    {Edge::Top, [](const QRectF &r) { return QPointF(r.center().x(), r.top()); }},
    {Edge::Bottom, [](const QRectF &r) { return QPointF(r.center().x(), r.bottom()); }},
    {Edge::Left, [](const QRectF &r) { return QPointF(r.left(), r.center().y()); }},
    {Edge::Right, [](const QRectF &r) { return QPointF(r.right(), r.center().y()); }},
};

Qt::KeyboardModifiers withKey(Qt::KeyboardModifiers modifiers, int key, bool pressed)
{
    Qt::KeyboardModifier flag = Qt::NoModifier;
    if (key == Qt::Key_Shift)
        flag = Qt::ShiftModifier;
    else if (key == Qt::Key_Alt)
        flag = Qt::AltModifier;
    else if (key == Qt::Key_Control)
        flag = Qt::ControlModifier;
    return pressed ? (modifiers | flag) : (modifiers & ~flag);
}

QString axisText(const char *axis, std::optional<int> offset, int resolved)
{
    return offset ? QStringLiteral("%1 %2").arg(QLatin1String(axis)).arg(resolved)
                  : CanvasController::tr("%1 centred").arg(QLatin1String(axis));
}

} // namespace

CanvasController::CanvasController(CanvasView *view, EditingDocument *document)
    : QObject(view), m_view(view), m_document(document)
{}

CanvasController::~CanvasController() = default;

QPointF CanvasController::handleCentre(FrameEdges edges) const
{
    const QRectF frame = m_view->frameRect();
    for (const Handle &handle : kHandles) {
        if (handle.edges == edges)
            return handle.point(frame);
    }
    return frame.center();
}

CanvasController::Hit CanvasController::hitTest(QPointF pos) const
{
    if (!m_document->hasReference())
        return {};
    const QRectF frame = m_view->frameRect();
    for (const Handle &handle : kHandles) {
        const QPointF centre = handle.point(frame);
        if (std::abs(pos.x() - centre.x()) <= kHandleGrab &&
            std::abs(pos.y() - centre.y()) <= kHandleGrab)
            return {Hit::Target::FrameEdge, handle.edges};
    }
    const bool withinY = pos.y() >= frame.top() && pos.y() <= frame.bottom();
    const bool withinX = pos.x() >= frame.left() && pos.x() <= frame.right();
    if (withinY && std::abs(pos.x() - frame.left()) <= kEdgeGrab)
        return {Hit::Target::FrameEdge, Edge::Left};
    if (withinY && std::abs(pos.x() - frame.right()) <= kEdgeGrab)
        return {Hit::Target::FrameEdge, Edge::Right};
    if (withinX && std::abs(pos.y() - frame.top()) <= kEdgeGrab)
        return {Hit::Target::FrameEdge, Edge::Top};
    if (withinX && std::abs(pos.y() - frame.bottom()) <= kEdgeGrab)
        return {Hit::Target::FrameEdge, Edge::Bottom};
    if (m_view->referenceRect().contains(pos))
        return {Hit::Target::Reference, {}};
    return {};
}

void CanvasController::mousePressed(QMouseEvent *event)
{
    m_lastPos = event->position();
    m_modifiers = event->modifiers();
    if (isDragging() || !m_document->hasReference())
        return;
    const Hit hit = hitTest(event->position());
    const bool left = event->button() == Qt::LeftButton;
    if (event->button() == Qt::MiddleButton ||
        (left && (m_spaceHeld || hit.target == Hit::Target::Empty))) {
        m_panning = true;
        m_panLast = event->position();
        m_view->setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (!left)
        return;
    const Placement &start = m_document->placement();
    if (hit.target == Hit::Target::FrameEdge) {
        beginGesture(std::make_unique<ResizeFrameGesture>(start, event->position(), hit.edges));
    } else if (event->modifiers() & Qt::AltModifier) {
        beginGesture(std::make_unique<ScaleReferenceGesture>(start, event->position(),
                                                             m_view->referenceRect().center()));
    } else {
        beginGesture(std::make_unique<MoveReferenceGesture>(start, event->position()));
    }
}

void CanvasController::mouseMoved(QMouseEvent *event)
{
    const QPointF pos = event->position();
    m_modifiers = event->modifiers();
    if (m_panning) {
        m_view->panBy(pos - m_panLast);
        m_panLast = pos;
        return;
    }
    m_lastPos = pos;
    if (m_gesture)
        applyGesture();
    else
        updateHover(pos, event->modifiers());
}

void CanvasController::mouseReleased(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        updateHover(event->position(), event->modifiers());
        return;
    }
    if (m_gesture && event->button() == Qt::LeftButton) {
        m_lastPos = event->position();
        m_modifiers = event->modifiers();
        applyGesture();
        finishGesture();
        updateHover(event->position(), event->modifiers());
    }
}

bool CanvasController::keyPressed(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Escape && m_gesture) {
        cancelGesture();
        return true;
    }
    if (key == Qt::Key_Space) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            if (!isDragging())
                m_view->setCursor(Qt::OpenHandCursor);
        }
        return true;
    }
    if (key == Qt::Key_Shift || key == Qt::Key_Alt || key == Qt::Key_Control) {
        // Modifiers pressed mid-drag take effect at once, without waiting for a move.
        m_modifiers = withKey(event->modifiers(), key, true);
        if (m_gesture)
            applyGesture();
        else if (!m_panning)
            updateHover(m_lastPos, m_modifiers);
        return m_gesture != nullptr;
    }
    if (m_gesture || !m_document->hasReference())
        return false;
    const int step = (event->modifiers() & Qt::ShiftModifier) ? 10 : 1;
    switch (key) {
    case Qt::Key_Left:
        nudge(QPoint(-step, 0), event->isAutoRepeat());
        return true;
    case Qt::Key_Right:
        nudge(QPoint(step, 0), event->isAutoRepeat());
        return true;
    case Qt::Key_Up:
        nudge(QPoint(0, -step), event->isAutoRepeat());
        return true;
    case Qt::Key_Down:
        nudge(QPoint(0, step), event->isAutoRepeat());
        return true;
    default:
        return false;
    }
}

bool CanvasController::keyReleased(QKeyEvent *event)
{
    const int key = event->key();
    if (key == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!isDragging())
            updateHover(m_lastPos, event->modifiers());
        return true;
    }
    if (key == Qt::Key_Shift || key == Qt::Key_Alt || key == Qt::Key_Control) {
        m_modifiers = withKey(event->modifiers(), key, false);
        if (m_gesture)
            applyGesture();
        else if (!m_panning)
            updateHover(m_lastPos, m_modifiers);
        return m_gesture != nullptr;
    }
    return false;
}

void CanvasController::focusLost()
{
    m_spaceHeld = false;
}

void CanvasController::cancelGesture()
{
    if (!m_gesture)
        return;
    const Placement start = m_gesture->startPlacement();
    m_gesture.reset();
    m_view->setGuides({});
    m_view->setReadout({}, {});
    m_document->setPlacement(start);
    setHint(tr("Drag cancelled"));
    updateHover(m_lastPos, m_modifiers);
}

void CanvasController::beginGesture(std::unique_ptr<CanvasGesture> gesture)
{
    m_gesture = std::move(gesture);
    // The scale gesture has a cursor of its own, unlike any of the frame's handles.
    if (dynamic_cast<ScaleReferenceGesture *>(m_gesture.get()))
        m_view->setCursor(scaleCursor());
    else
        m_view->setCursor(m_gesture->cursor());
    setHint(liveHint());
}

void CanvasController::applyGesture()
{
    QList<SnapGuide> guides;
    const GestureContext context{m_view->zoom(), m_snapping};
    const Placement next = m_gesture->update(m_lastPos, m_modifiers, context, &guides);
    m_document->setPlacement(next);
    m_view->setGuides(guides);
    setHint(liveHint());
    m_view->setReadout(liveHint(), m_lastPos);
}

void CanvasController::finishGesture()
{
    const Placement start = m_gesture->startPlacement();
    const QString text = m_gesture->undoText();
    m_gesture.reset();
    m_view->setGuides({});
    m_view->setReadout({}, {});
    m_document->commitPlacement(start, m_document->placement(), text);
}

void CanvasController::nudge(QPoint step, bool autoRepeat)
{
    // A held arrow key is one gesture: its repeats merge into one undo step.
    if (!autoRepeat)
        ++m_nudgeSerial;
    Placement next = m_document->placement();
    const QPoint offset = next.resolvedOffset();
    if (step.x() != 0)
        next.setOffsetX(offset.x() + step.x());
    if (step.y() != 0)
        next.setOffsetY(offset.y() + step.y());
    m_document->editPlacement(next, tr("Nudge image"), PlacementNudge, m_nudgeSerial);
    setHint(liveHint());
}

void CanvasController::updateHover(QPointF pos, Qt::KeyboardModifiers modifiers)
{
    if (!m_document->hasReference()) {
        m_view->unsetCursor();
        setHint({});
        return;
    }
    if (m_spaceHeld) {
        m_view->setActiveEdges({});
        m_view->setCursor(Qt::OpenHandCursor);
        setHint(tr("Drag to pan"));
        return;
    }
    const Hit hit = hitTest(pos);
    m_view->setActiveEdges(hit.target == Hit::Target::FrameEdge ? hit.edges : FrameEdges());
    switch (hit.target) {
    case Hit::Target::FrameEdge:
        m_view->setCursor(cursorForEdges(hit.edges));
        setHint(tr("Drag to resize the frame · Shift keeps the ratio · Alt resizes about the "
                   "centre · Ctrl skips snapping"));
        break;
    case Hit::Target::Reference:
        if (modifiers & Qt::AltModifier) {
            m_view->setCursor(scaleCursor());
            setHint(tr("Drag away from the image's centre to enlarge it, towards it to shrink it"));
        } else {
            m_view->setCursor(Qt::OpenHandCursor);
            setHint(tr("Drag to move the image · Shift locks an axis · Ctrl skips snapping · "
                       "Alt+drag scales it"));
        }
        break;
    case Hit::Target::Empty:
        m_view->setCursor(Qt::ArrowCursor);
        setHint(tr("Drag to pan · wheel to zoom · Space+drag or middle button pans anywhere"));
        break;
    }
}

QString CanvasController::liveHint() const
{
    const Placement &p = m_document->placement();
    const QPoint offset = p.resolvedOffset();
    const QString position = axisText("X", p.offsetX(), offset.x()) + QStringLiteral("  ") +
                             axisText("Y", p.offsetY(), offset.y());
    if (dynamic_cast<ResizeFrameGesture *>(m_gesture.get()))
        return tr("Frame %1 × %2 px · %3")
            .arg(p.canvasSize().width())
            .arg(p.canvasSize().height())
            .arg(NumberFormat::megapixels(p.outputPixels()));
    if (dynamic_cast<ScaleReferenceGesture *>(m_gesture.get()))
        return tr("Image scale %1 (%2 × %3 px)")
            .arg(NumberFormat::percent(p.referenceScale() * 100.0, 1))
            .arg(p.referenceSize().width())
            .arg(p.referenceSize().height());
    return position;
}

void CanvasController::setHint(const QString &hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    emit hintChanged(hint);
}

QCursor CanvasController::scaleCursor()
{
    // A square with an arrow out of its corner: "this drag changes the image's size", unlike
    // the frame's double-headed resize arrows.
    if (m_scaleCursor.shape() == Qt::BitmapCursor)
        return m_scaleCursor;
    {
        QPixmap pixmap(24, 24);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRect(3.5, 9.5, 11, 11);
        path.moveTo(9, 15);
        path.lineTo(20, 4);
        path.moveTo(14, 3.5);
        path.lineTo(20.5, 3.5);
        path.lineTo(20.5, 10);
        painter.setPen(QPen(Qt::black, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.setPen(QPen(Qt::white, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
        painter.end();
        m_scaleCursor = QCursor(pixmap, 9, 15);
    }
    return m_scaleCursor;
}

} // namespace outframe
