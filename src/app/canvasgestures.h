#pragma once

#include "framegeometry.h"
#include "placement.h"

#include <QList>
#include <QPointF>
#include <QString>
#include <Qt>

namespace outframe {

// A snapping guide: a line across the canvas at `position` (canvas px) on one axis.
struct SnapGuide
{
    Qt::Orientation orientation = Qt::Vertical; // Vertical: a line at x == position
    double position = 0;

    bool operator==(const SnapGuide &) const = default;
};

// What a gesture needs from the view at each pointer move.
struct GestureContext
{
    double zoom = 1.0;    // view px per canvas px
    bool snapping = true; // the artist's snapping preference (Ctrl bypasses it per move)
};

// One drag on the canvas that edits the placement. It remembers the placement at the press
// and computes each new placement from that start and the pointer's total travel, never
// from the previous move: rounding cannot accumulate, and Esc restores the start exactly.
class CanvasGesture
{
public:
    CanvasGesture(const Placement &start, QPointF pressPos) : m_start(start), m_press(pressPos) {}
    virtual ~CanvasGesture() = default;
    CanvasGesture(const CanvasGesture &) = delete;
    CanvasGesture &operator=(const CanvasGesture &) = delete;

    // The placement with the pointer at `pos` (view px). Fills `guides` with the snap lines
    // the result lies on.
    virtual Placement update(QPointF pos, Qt::KeyboardModifiers modifiers,
                             const GestureContext &context, QList<SnapGuide> *guides) = 0;
    virtual QString undoText() const = 0;
    virtual Qt::CursorShape cursor() const = 0;

    const Placement &startPlacement() const { return m_start; }

protected:
    Placement m_start;
    QPointF m_press;
};

// Drags the reference: sets both offsets. Shift locks the drag to one axis; the reference's
// edges and centre snap to the frame's edges and centre lines, and a centre snap makes the
// axis "centred" again.
class MoveReferenceGesture : public CanvasGesture
{
public:
    using CanvasGesture::CanvasGesture;
    Placement update(QPointF pos, Qt::KeyboardModifiers modifiers, const GestureContext &context,
                     QList<SnapGuide> *guides) override;
    QString undoText() const override;
    Qt::CursorShape cursor() const override { return Qt::ClosedHandCursor; }
};

// Drags one of the frame's 8 handles. Works in the reference's coordinates, so the reference
// stays put on screen while the frame grows or shrinks around it. Shift keeps the frame's
// ratio, Alt resizes around the centre; moving edges snap to the reference's edges.
class ResizeFrameGesture : public CanvasGesture
{
public:
    ResizeFrameGesture(const Placement &start, QPointF pressPos, FrameEdges edges);
    Placement update(QPointF pos, Qt::KeyboardModifiers modifiers, const GestureContext &context,
                     QList<SnapGuide> *guides) override;
    QString undoText() const override;
    Qt::CursorShape cursor() const override;

    // The smallest frame side a drag can make; smaller frames are typed, and shown invalid.
    static constexpr int kMinDragSide = 16;

private:
    FrameEdges m_edges;
};

// Alt+drag on the reference: scales it about its centre by how far the pointer moves from
// that centre (pull away to enlarge). Distinct from the frame's handles, which it never
// touches.
class ScaleReferenceGesture : public CanvasGesture
{
public:
    ScaleReferenceGesture(const Placement &start, QPointF pressPos, QPointF referenceCentre);
    Placement update(QPointF pos, Qt::KeyboardModifiers modifiers, const GestureContext &context,
                     QList<SnapGuide> *guides) override;
    QString undoText() const override;
    // The canvas shows a drawn cursor of its own for this gesture; this is the fallback.
    Qt::CursorShape cursor() const override { return Qt::SizeFDiagCursor; }

private:
    QPointF m_centre;
};

// Snapping reaches this far on screen, whatever the zoom.
constexpr double kSnapDistancePx = 8.0;

// The resize cursor for a set of edges.
Qt::CursorShape cursorForEdges(FrameEdges edges);

} // namespace outframe
