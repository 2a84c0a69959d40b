// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvasgestures.h"

#include <QCursor>
#include <QObject>
#include <QPointF>

#include <memory>

class QKeyEvent;
class QMouseEvent;

namespace outframe {

class CanvasView;
class EditingDocument;

// The canvas's input tool: decides what a press will do (resize the frame from a handle,
// move or scale the reference, pan), runs that gesture against the document's placement, and
// records it as one undo step when the button is released. The view only paints and maps
// coordinates; the document owns the geometry.
//
// Mouse: drag the image to move it (Shift: along one axis); Alt+drag on the image to scale it;
// drag a handle or an edge of the frame to resize it (Shift keeps the ratio, Alt resizes about
// the centre); Ctrl bypasses snapping; drag empty space, Space+drag or the middle button to
// pan. Keys: arrows nudge the image 1 px (Shift: 10 px); Esc cancels the drag in progress.
class CanvasController : public QObject
{
    Q_OBJECT

public:
    CanvasController(CanvasView *view, EditingDocument *document);
    ~CanvasController() override;

    bool snapping() const { return m_snapping; }
    void setSnapping(bool on) { m_snapping = on; }

    bool isDragging() const { return m_gesture != nullptr || m_panning; }

    // What the pointer is over.
    struct Hit
    {
        enum class Target { Empty, FrameEdge, Reference };
        Target target = Target::Empty;
        FrameEdges edges;
    };
    Hit hitTest(QPointF viewPos) const;
    // The centre of the handle for `edges` in view px (the 8 handles: corners and midpoints).
    QPointF handleCentre(FrameEdges edges) const;

    void mousePressed(QMouseEvent *event);
    void mouseMoved(QMouseEvent *event);
    void mouseReleased(QMouseEvent *event);
    // True when the key was used.
    bool keyPressed(QKeyEvent *event);
    bool keyReleased(QKeyEvent *event);
    void focusLost();
    // Puts the placement back to where it was when the drag began (Esc).
    void cancelGesture();

    // A line for the status bar: what a drag would do here, or the live values of a drag.
    QString hint() const { return m_hint; }

    // Drawn handles are this big on screen at any zoom; the zone that grabs them is larger.
    static constexpr double kHandleSize = 8.0;
    static constexpr double kHandleGrab = 10.0; // half the side of a handle's grab square
    static constexpr double kEdgeGrab = 5.0;    // distance from an edge that still grabs it

signals:
    void hintChanged(const QString &hint);

private:
    void beginGesture(std::unique_ptr<CanvasGesture> gesture);
    void applyGesture();
    void finishGesture();
    void updateHover(QPointF pos, Qt::KeyboardModifiers modifiers);
    void setHint(const QString &hint);
    void nudge(QPoint step, bool autoRepeat);
    QString liveHint() const;
    QCursor scaleCursor();

    CanvasView *m_view;
    EditingDocument *m_document;
    std::unique_ptr<CanvasGesture> m_gesture;
    QPointF m_lastPos;
    Qt::KeyboardModifiers m_modifiers;
    bool m_snapping = true;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPointF m_panLast;
    quint64 m_nudgeSerial = 0;
    QString m_hint;
    QCursor m_scaleCursor;
};

} // namespace outframe
