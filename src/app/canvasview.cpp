// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasview.h"

#include "canvascontroller.h"
#include "editingdocument.h"

#include <QNativeGestureEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace outframe {

namespace {

// Dark neutral surroundings so the colours of the image read true; the frame's empty area a
// step lighter so its extent is obvious without a busy checkerboard.
const QColor kBackground(0x26, 0x27, 0x29);
const QColor kFrameFill(0x4b, 0x4d, 0x52);
const QColor kFrameLine(0xf2, 0xf2, 0xf2);
const QColor kGuide(0xff, 0x3d, 0xc8);
const QColor kCropShade(0, 0, 0, 160);        // what auto-crop will remove
const QColor kInvalidShade(230, 40, 40, 120); // outside the frame with auto-crop off
const QColor kHandleFill(0xff, 0xff, 0xff);
const QColor kHandleLine(0x1e, 0x1e, 0x1e);
const QColor kHandleActive(0x3d, 0x9e, 0xff); // the handle a press would take, or is dragging

constexpr double kFitMargin = 32.0;

} // namespace

CanvasView::CanvasView(EditingDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(new CanvasController(this, document))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(240, 180);
    setAccessibleName(tr("Canvas"));
    connect(m_document, &EditingDocument::referenceChanged, this, &CanvasView::onReferenceChanged);
    connect(m_document, &EditingDocument::placementChanged, this, &CanvasView::onPlacementChanged);
    connect(&m_referenceCache, &ScaledImageCache::copyReady, this, qOverload<>(&QWidget::update));
    connect(&m_resultCache, &ScaledImageCache::copyReady, this, qOverload<>(&QWidget::update));
}

CanvasView::~CanvasView() = default;

QRect CanvasView::viewRectFor(const QRect &canvasRect) const
{
    // Position and size are rounded separately: a rect that moves keeps its size in pixels,
    // so the pre-scaled image it shows stays valid during a drag.
    const QPointF topLeft = canvasToView(canvasRect.topLeft());
    return QRect(QPoint(int(std::lround(topLeft.x())), int(std::lround(topLeft.y()))),
                 QSize(std::max(1, int(std::lround(canvasRect.width() * m_zoom))),
                       std::max(1, int(std::lround(canvasRect.height() * m_zoom)))));
}

QRectF CanvasView::frameRect() const
{
    return QRectF(viewRectFor(m_document->placement().canvasRect()));
}

QRectF CanvasView::referenceRect() const
{
    return QRectF(viewRectFor(m_document->placement().referenceRect()));
}

void CanvasView::setZoom(double zoom, QPointF anchor)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    const QPointF canvasPoint = viewToCanvas(anchor);
    m_zoom = zoom;
    m_pan = anchor - canvasPoint * m_zoom;
    m_fitted = false;
    update();
    emit zoomChanged(m_zoom);
}

void CanvasView::zoomToFit()
{
    m_fitted = true;
    if (!m_document->hasReference()) {
        update();
        return;
    }
    const Placement &p = m_document->placement();
    const QRectF content = QRectF(p.canvasRect()).united(QRectF(p.referenceRect()));
    const QSizeF available = QSizeF(size()) - QSizeF(2 * kFitMargin, 2 * kFitMargin);
    if (content.isEmpty() || available.width() <= 0 || available.height() <= 0)
        return;
    m_zoom = std::clamp(
        std::min(available.width() / content.width(), available.height() / content.height()),
        kMinZoom, kMaxZoom);
    m_pan = QRectF(rect()).center() - content.center() * m_zoom;
    update();
    emit zoomChanged(m_zoom);
}

void CanvasView::zoomToActualSize()
{
    setZoom(1.0);
}

void CanvasView::zoomIn()
{
    setZoom(m_zoom * std::sqrt(2.0));
}

void CanvasView::zoomOut()
{
    setZoom(m_zoom / std::sqrt(2.0));
}

void CanvasView::panBy(QPointF delta)
{
    m_pan += delta;
    m_fitted = false;
    update();
}

void CanvasView::setGuides(const QList<SnapGuide> &guides)
{
    if (guides == m_guides)
        return;
    for (const SnapGuide &guide : std::as_const(m_guides))
        update(guideRect(guide));
    m_guides = guides;
    for (const SnapGuide &guide : std::as_const(m_guides))
        update(guideRect(guide));
}

QRect CanvasView::guideRect(const SnapGuide &guide) const
{
    const QPointF at = canvasToView(QPointF(guide.position, guide.position));
    if (guide.orientation == Qt::Vertical)
        return QRect(int(std::lround(at.x())) - 1, 0, 1, height());
    return QRect(0, int(std::lround(at.y())) - 1, width(), 1);
}

QRect CanvasView::readoutRectFor(const QString &text, QPointF pointer) const
{
    // Below and to the right of the pointer, kept inside the view.
    const QRect box = fontMetrics().boundingRect(text).adjusted(-8, -4, 8, 4);
    QRect at(pointer.toPoint() + QPoint(18, 22), box.size());
    if (at.right() > width() - 4)
        at.moveRight(int(pointer.x()) - 12);
    if (at.bottom() > height() - 4)
        at.moveBottom(int(pointer.y()) - 12);
    return at;
}

void CanvasView::setReadout(const QString &text, QPointF pointer)
{
    const QRect next = text.isEmpty() ? QRect() : readoutRectFor(text, pointer);
    if (text == m_readout && next == m_readoutRect)
        return;
    update(m_readoutRect);
    m_readout = text;
    m_readoutRect = next;
    update(m_readoutRect);
}

void CanvasView::setActiveEdges(FrameEdges edges)
{
    if (edges == m_activeEdges)
        return;
    m_activeEdges = edges;
    update();
}

void CanvasView::setResult(const QImage &image, const Placement &generatedWith)
{
    m_result = image;
    m_resultPlacement = generatedWith;
    m_resultCache.setImage(image);
    m_resultVisible = true;
    update();
}

void CanvasView::clearResult()
{
    m_result = {};
    m_resultCache.setImage({});
    update();
}

void CanvasView::setResultVisible(bool visible)
{
    m_resultVisible = visible;
    update();
}

void CanvasView::setBusyText(const QString &text)
{
    m_busyText = text;
    update();
}

void CanvasView::refreshPlan()
{
    ChainPlan next =
        m_document->hasReference() ? planMaking(m_document->placement()).chain : ChainPlan();
    if (next.tiles == m_plan.tiles)
        return;
    m_plan = std::move(next);
    update();
}

void CanvasView::paintPlan(QPainter &painter)
{
    // The plan is for before sending; over a result on show it would only hide the pixels.
    if (m_plan.isEmpty() || (m_resultVisible && !m_result.isNull()))
        return;
    // Each step's jobs in one colour; a job's number is its order in the plan.
    static const QColor kStepColours[] = {QColor(0xf0, 0xb3, 0x4a), QColor(0x5a, 0xc8, 0xfa)};
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (const ChainTile &tile : m_plan.tiles) {
        const QColor colour = kStepColours[tile.wave % 2];
        const QRect r = viewRectFor(tile.rect).adjusted(2, 2, -2, -2);
        QPen pen(colour, 1.5, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
        const QString label = QString::number(tile.index + 1);
        const QRect box =
            painter.fontMetrics()
                .boundingRect(label)
                .adjusted(-5, -2, 5, 2)
                .translated(r.topLeft() + QPoint(6, 6 + painter.fontMetrics().ascent()));
        painter.fillRect(box, colour);
        painter.setPen(Qt::black);
        painter.drawText(box, Qt::AlignCenter, label);
    }
}

void CanvasView::onReferenceChanged()
{
    refreshPlan();
    m_referenceCache.setImage(m_document->reference());
    clearResult();
    zoomToFit();
}

void CanvasView::onPlacementChanged(const Placement &before, const Placement &after)
{
    if (!m_document->hasReference())
        return;
    refreshPlan();
    // A view that was fitted stays fitted when a preset, a field or Full resolution changes
    // the frame (not during a drag: the frame would run away from the pointer).
    if (before.canvasSize() != after.canvasSize() && m_fitted && !m_controller->isDragging() &&
        before.referenceNativeSize() == after.referenceNativeSize()) {
        zoomToFit();
        return;
    }
    if (before.canvasSize() != after.canvasSize() &&
        before.referenceSize() == after.referenceSize() &&
        before.referenceNativeSize() == after.referenceNativeSize()) {
        // The frame changed size: keep the image still on screen and let the frame move.
        const QPoint shift = after.resolvedOffset() - before.resolvedOffset();
        m_pan -= QPointF(shift) * m_zoom;
        update();
        return;
    }
    // (A result on show moves with the image and is larger than it: then all is repainted.)
    const bool resultShown = m_resultVisible && !m_result.isNull();
    if (before.canvasSize() == after.canvasSize() && before.autoCrop() == after.autoCrop() &&
        !resultShown) {
        // Only the image moved or changed size: repaint just where it was and where it is,
        // plus the handles' and outline's margin. One rectangle, not a region: a simple clip
        // keeps the image blit on the raster engine's fastest path.
        const int pad = int(CanvasController::kHandleSize) + 2;
        const QRect dirty = viewRectFor(before.referenceRect())
                                .united(viewRectFor(after.referenceRect()))
                                .adjusted(-pad, -pad, pad, pad);
        update(dirty);
        return;
    }
    update();
}

void CanvasView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRect clip = event->rect();
    if (!m_document->hasReference()) {
        paintEmpty(painter);
        return;
    }
    const Placement &p = m_document->placement();
    const QRect frame = viewRectFor(p.canvasRect());
    const QRect ref = viewRectFor(p.referenceRect());

    // Every pixel is written about once: surroundings, the frame's empty area, the image.
    for (const QRect &r : QRegion(clip).subtracted(QRegion(frame)))
        painter.fillRect(r, kBackground);
    for (const QRect &r : QRegion(clip & frame).subtracted(QRegion(ref)))
        painter.fillRect(r, kFrameFill);
    if (!paintImage(painter, m_referenceCache, ref, clip)) {
        for (const QRect &r : QRegion(clip & ref).subtracted(QRegion(frame)))
            painter.fillRect(r, kBackground);
        painter.fillRect(clip & ref & frame, kFrameFill);
    }

    if (m_resultVisible && !m_result.isNull()) {
        const QPoint origin =
            p.referenceRect().topLeft() - m_resultPlacement.referenceRect().topLeft();
        paintImage(painter, m_resultCache, viewRectFor(QRect(origin, m_result.size())), clip);
    }

    const QRegion overhang = QRegion(ref & clip).subtracted(QRegion(frame));
    if (!overhang.isEmpty()) {
        const QColor shade = p.autoCrop() ? kCropShade : kInvalidShade;
        for (const QRect &r : overhang)
            painter.fillRect(r, shade);
    }

    painter.setPen(kFrameLine);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(-1, -1, 0, 0));

    paintPlan(painter);

    for (const SnapGuide &guide : std::as_const(m_guides))
        painter.fillRect(guideRect(guide), kGuide);

    paintHandles(painter, frame);

    if (!m_readout.isEmpty() && m_readoutRect.intersects(clip)) {
        painter.fillRect(m_readoutRect, QColor(0, 0, 0, 200));
        painter.setPen(Qt::white);
        painter.drawText(m_readoutRect, Qt::AlignCenter, m_readout);
    }

    if (!m_busyText.isEmpty()) {
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        const QRect box = painter.fontMetrics()
                              .boundingRect(m_busyText)
                              .adjusted(-14, -8, 14, 8)
                              .translated(width() / 2, 40);
        const QRect centred = box.translated(-box.width() / 2, 0);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 190));
        painter.drawRoundedRect(centred, 6, 6);
        painter.setPen(Qt::white);
        painter.drawText(centred, Qt::AlignCenter, m_busyText);
    }
}

bool CanvasView::paintImage(QPainter &painter, ScaledImageCache &cache, const QRect &target,
                            const QRect &clip)
{
    const QRect visible = target & clip & rect();
    if (visible.isEmpty())
        return true;
    const qreal dpr = devicePixelRatioF();
    const QSize deviceSize(int(std::lround(target.width() * dpr)),
                           int(std::lround(target.height() * dpr)));
    const QImage image = cache.imageFor(deviceSize);
    if (image.isNull())
        return false;
    if (image.width() < deviceSize.width() && dpr == 1.0) {
        // Zoomed in past the original: blit from a pre-rendered window when one covers the
        // visible part (see ScaledImageCache::windowFor).
        QPoint origin;
        const QImage window =
            cache.windowFor(deviceSize, visible.translated(-target.topLeft()), &origin);
        if (!window.isNull()) {
            painter.drawImage(visible.topLeft(), window,
                              QRect(visible.topLeft() - target.topLeft() - origin, visible.size()));
            return true;
        }
    }
    // Only the visible part is drawn. An exact copy is a plain blit; larger than the original
    // the pixels are shown as they are (no smoothing), as artists expect when zoomed in.
    const double sx = double(image.width()) / target.width();
    const double sy = double(image.height()) / target.height();
    const QRectF source((visible.x() - target.x()) * sx, (visible.y() - target.y()) * sy,
                        visible.width() * sx, visible.height() * sy);
    painter.drawImage(QRectF(visible), image, source);
    return true;
}

void CanvasView::paintHandles(QPainter &painter, const QRect &frame)
{
    const double size = CanvasController::kHandleSize;
    // Edge handles crowd a small frame: then only the corners are drawn (edges still work).
    const bool edgesToo = frame.width() > 5 * size && frame.height() > 5 * size;
    painter.setPen(kHandleLine);
    painter.setBrush(kHandleFill);
    const FrameEdges all[] = {
        FrameEdge::Left | FrameEdge::Top,
        FrameEdge::Right | FrameEdge::Top,
        FrameEdge::Left | FrameEdge::Bottom,
        FrameEdge::Right | FrameEdge::Bottom,
        FrameEdge::Top,
        FrameEdge::Bottom,
        FrameEdge::Left,
        FrameEdge::Right,
    };
    for (FrameEdges edges : all) {
        const bool corner = (edges & (FrameEdge::Left | FrameEdge::Right)) &&
                            (edges & (FrameEdge::Top | FrameEdge::Bottom));
        if (!corner && !edgesToo && edges != m_activeEdges)
            continue;
        painter.setBrush(edges == m_activeEdges ? kHandleActive : kHandleFill);
        const QPointF c = m_controller->handleCentre(edges);
        painter.drawRect(QRectF(c.x() - size / 2, c.y() - size / 2, size - 1, size - 1)
                             .toAlignedRect()
                             .adjusted(0, 0, -1, -1));
    }
}

void CanvasView::paintEmpty(QPainter &painter)
{
    painter.fillRect(rect(), kBackground);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(48, 48, -48, -48);
    painter.setPen(QPen(QColor(0x8a, 0x8d, 0x93), 2, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(box, 16, 16);
    QFont title = painter.font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    title.setBold(true);
    painter.setFont(title);
    painter.setPen(QColor(0xe8, 0xe8, 0xe8));
    const QString text = m_busyText.isEmpty() ? tr("Drop an image here") : m_busyText;
    painter.drawText(box.adjusted(0, 0, 0, -40), Qt::AlignCenter, text);
    QFont body = font();
    painter.setFont(body);
    painter.setPen(QColor(0xb0, 0xb3, 0xb8));
    painter.drawText(box.adjusted(0, 50, 0, 0), Qt::AlignCenter,
                     tr("a file, an image from a browser, or paste with Ctrl+V\n"
                        "File › Open (Ctrl+O) · PNG, JPEG, WebP, TIFF, BMP"));
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fitted)
        return;
    // The zoom and the scroll never change under a gesture: the image would leave the
    // pointer. The view refits when the gesture is over.
    if (m_controller->isDragging())
        m_refitAfterGesture = true;
    else
        zoomToFit();
}

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    m_controller->mousePressed(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    m_controller->mouseMoved(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    m_controller->mouseReleased(event);
    if (m_refitAfterGesture && !m_controller->isDragging()) {
        m_refitAfterGesture = false;
        if (m_fitted)
            zoomToFit();
    }
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    if (!m_document->hasReference())
        return;
    event->accept();
    // A touchpad scrolls in pixels: two fingers pan, as in drawing apps (Ctrl zooms). A mouse
    // wheel only has notches: it zooms, one notch (120) by 2^(1/4), so four notches double.
    if (!event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier)) {
        panBy(event->pixelDelta());
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0.0)
        setZoom(m_zoom * std::pow(2.0, steps / 4.0), event->position());
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (!m_controller->keyPressed(event))
        QWidget::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_controller->keyReleased(event))
        QWidget::keyReleaseEvent(event);
}

void CanvasView::focusOutEvent(QFocusEvent *event)
{
    m_controller->focusLost();
    QWidget::focusOutEvent(event);
}

bool CanvasView::event(QEvent *event)
{
    // A touchpad pinch zooms around the fingers.
    if (event->type() == QEvent::NativeGesture && m_document->hasReference()) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            setZoom(m_zoom * (1.0 + gesture->value()), gesture->position());
            return true;
        }
    }
    // Esc and the arrows must reach the canvas even when a window shortcut could claim them.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Escape && m_controller->isDragging()) ||
            key->key() == Qt::Key_Left || key->key() == Qt::Key_Right || key->key() == Qt::Key_Up ||
            key->key() == Qt::Key_Down) {
            event->accept();
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace outframe
