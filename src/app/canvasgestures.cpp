// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "canvasgestures.h"

#include "snapping.h"

#include <QCoreApplication>
#include <QLineF>

#include <algorithm>
#include <cmath>

namespace outframe {

Qt::CursorShape cursorForEdges(FrameEdges edges)
{
    const bool h = edges & (FrameEdge::Left | FrameEdge::Right);
    const bool v = edges & (FrameEdge::Top | FrameEdge::Bottom);
    if (h && v) {
        const bool falling = edges == (FrameEdge::Left | FrameEdge::Top) ||
                             edges == (FrameEdge::Right | FrameEdge::Bottom);
        return falling ? Qt::SizeFDiagCursor : Qt::SizeBDiagCursor;
    }
    return h ? Qt::SizeHorCursor : Qt::SizeVerCursor;
}

Placement MoveReferenceGesture::update(QPointF pos, Qt::KeyboardModifiers modifiers,
                                       const GestureContext &context, QList<SnapGuide> *guides)
{
    QPointF travel = (pos - m_press) / context.zoom;
    if (modifiers & Qt::ShiftModifier) {
        if (std::abs(travel.x()) >= std::abs(travel.y()))
            travel.setY(0);
        else
            travel.setX(0);
    }
    const QPoint start = m_start.resolvedOffset();
    const double x = start.x() + travel.x();
    const double y = start.y() + travel.y();
    const QSize ref = m_start.referenceSize();
    const QSize canvas = m_start.canvasSize();

    // An axis the pointer has not moved along keeps its state (a centred axis stays centred)
    // and does not snap. The offset moves by the rounded travel, so a drag of n screen px at
    // zoom z always moves the image by round(n / z).
    const long dx = std::lround(travel.x());
    const long dy = std::lround(travel.y());
    std::optional<int> newX = dx == 0 ? m_start.offsetX() : std::optional<int>(start.x() + dx);
    std::optional<int> newY = dy == 0 ? m_start.offsetY() : std::optional<int>(start.y() + dy);
    if (context.snapping && !(modifiers & Qt::ControlModifier)) {
        const double threshold = kSnapDistancePx / context.zoom;
        if (dx != 0) {
            if (auto snap = snapReferenceAxis(x, ref.width(), canvas.width(), threshold)) {
                newX = snap->centred ? std::nullopt : std::optional<int>(snap->start);
                if (guides)
                    guides->append({Qt::Vertical, snap->guide});
            }
        }
        if (dy != 0) {
            if (auto snap = snapReferenceAxis(y, ref.height(), canvas.height(), threshold)) {
                newY = snap->centred ? std::nullopt : std::optional<int>(snap->start);
                if (guides)
                    guides->append({Qt::Horizontal, snap->guide});
            }
        }
    }
    Placement out = m_start;
    out.setOffsetX(newX);
    out.setOffsetY(newY);
    return out;
}

QString MoveReferenceGesture::undoText() const
{
    return QCoreApplication::translate("outframe::CanvasGesture", "Move image");
}

ResizeFrameGesture::ResizeFrameGesture(const Placement &start, QPointF pressPos, FrameEdges edges)
    : CanvasGesture(start, pressPos), m_edges(edges)
{}

Placement ResizeFrameGesture::update(QPointF pos, Qt::KeyboardModifiers modifiers,
                                     const GestureContext &context, QList<SnapGuide> *guides)
{
    const QPointF travel = (pos - m_press) / context.zoom;
    QPoint delta(int(std::lround(travel.x())), int(std::lround(travel.y())));
    const QPoint offset = m_start.resolvedOffset();
    // The frame in the reference's coordinates: the reference spans (0,0)-(w,h).
    const QRect frame(-offset, m_start.canvasSize());
    const QSize ref = m_start.referenceSize();

    QList<double> snappedX, snappedY; // reference-space lines the frame snapped to
    if (context.snapping && !(modifiers & Qt::ControlModifier)) {
        const double threshold = kSnapDistancePx / context.zoom;
        const auto snapEdge = [&](int startEdge, int travelled, int refLength, int *deltaOut,
                                  QList<double> *lines) {
            if (auto target = snapToNearest(startEdge + travelled, {0, refLength}, threshold)) {
                *deltaOut = *target - startEdge;
                lines->append(*target);
            }
        };
        if (m_edges & FrameEdge::Left)
            snapEdge(frame.left(), delta.x(), ref.width(), &delta.rx(), &snappedX);
        else if (m_edges & FrameEdge::Right)
            snapEdge(frame.left() + frame.width(), delta.x(), ref.width(), &delta.rx(), &snappedX);
        if (m_edges & FrameEdge::Top)
            snapEdge(frame.top(), delta.y(), ref.height(), &delta.ry(), &snappedY);
        else if (m_edges & FrameEdge::Bottom)
            snapEdge(frame.top() + frame.height(), delta.y(), ref.height(), &delta.ry(), &snappedY);
    }

    FrameResizeOptions options;
    options.keepAspect = modifiers & Qt::ShiftModifier;
    options.fromCentre = modifiers & Qt::AltModifier;
    options.minSide = kMinDragSide;
    const QRect resized = resizeFrame(frame, m_edges, delta, options);

    Placement out = m_start;
    out.setCanvasSize(resized.size());
    const bool dragsX = m_edges & (FrameEdge::Left | FrameEdge::Right);
    const bool dragsY = m_edges & (FrameEdge::Top | FrameEdge::Bottom);
    // An axis that grew symmetrically (Alt, or the other axis of a ratio-keeping edge drag)
    // keeps its centred state; any other change pins the offset where the reference is.
    const bool symmetricX = options.fromCentre || !dragsX;
    const bool symmetricY = options.fromCentre || !dragsY;
    if (resized.left() != frame.left() || resized.width() != frame.width()) {
        if (!(symmetricX && !m_start.offsetX()))
            out.setOffsetX(-resized.left());
    }
    if (resized.top() != frame.top() || resized.height() != frame.height()) {
        if (!(symmetricY && !m_start.offsetY()))
            out.setOffsetY(-resized.top());
    }
    if (guides) {
        const QPoint newOffset = out.resolvedOffset();
        for (double x : std::as_const(snappedX))
            guides->append({Qt::Vertical, x + newOffset.x()});
        for (double y : std::as_const(snappedY))
            guides->append({Qt::Horizontal, y + newOffset.y()});
    }
    return out;
}

QString ResizeFrameGesture::undoText() const
{
    return QCoreApplication::translate("outframe::CanvasGesture", "Resize frame");
}

Qt::CursorShape ResizeFrameGesture::cursor() const
{
    return cursorForEdges(m_edges);
}

ScaleReferenceGesture::ScaleReferenceGesture(const Placement &start, QPointF pressPos,
                                             QPointF referenceCentre)
    : CanvasGesture(start, pressPos), m_centre(referenceCentre)
{}

Placement ScaleReferenceGesture::update(QPointF pos, Qt::KeyboardModifiers, const GestureContext &,
                                        QList<SnapGuide> *)
{
    // A press close to the centre would make the tiniest move a huge change: measure from a
    // radius of at least 24 px.
    constexpr double kMinRadius = 24.0;
    const double from = std::max(kMinRadius, QLineF(m_centre, m_press).length());
    const double to = std::max(1.0, QLineF(m_centre, pos).length());
    double scale = m_start.referenceScale() * to / from;
    scale = Placement::clampReferenceScale(scale);
    scale = std::round(scale * 10000.0) / 10000.0;
    return withReferenceScale(m_start, scale);
}

QString ScaleReferenceGesture::undoText() const
{
    return QCoreApplication::translate("outframe::CanvasGesture", "Scale image");
}

} // namespace outframe
