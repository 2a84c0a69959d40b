// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "canvasgestures.h"
#include "chainplan.h"
#include "placement.h"
#include "scaledimagecache.h"

#include <QImage>
#include <QWidget>

namespace outframe {

class CanvasController;
class EditingDocument;

// Shows the target frame and the reference on it, at any zoom, with the frame's 8 handles,
// snapping guides, the part auto-crop will remove shaded, and the latest result once one
// arrives. A view over the document's placement: all input goes to its CanvasController.
//
// View coordinates are widget px: view = pan + canvas * zoom. When the frame changes size
// the view keeps the reference where it is on screen (the frame grows around the image), or
// refits if the artist has not zoomed or panned since the last fit; when the image moves, the
// frame stays put.
class CanvasView : public QWidget
{
    Q_OBJECT

public:
    explicit CanvasView(EditingDocument *document, QWidget *parent = nullptr);
    ~CanvasView() override;

    EditingDocument *document() const { return m_document; }
    CanvasController *controller() const { return m_controller; }

    double zoom() const { return m_zoom; }
    QPointF pan() const { return m_pan; }
    // Zooms keeping the canvas point under `anchor` (view px) where it is.
    void setZoom(double zoom, QPointF anchor);
    void setZoom(double zoom) { setZoom(zoom, QRectF(rect()).center()); }
    void zoomToFit();
    void zoomToActualSize();
    void zoomIn();
    void zoomOut();
    void panBy(QPointF delta);

    QPointF canvasToView(QPointF canvas) const { return m_pan + canvas * m_zoom; }
    QPointF viewToCanvas(QPointF view) const { return (view - m_pan) / m_zoom; }
    // The frame and the reference in view px, as painted (whole pixels).
    QRectF frameRect() const;
    QRectF referenceRect() const;

    // The frame handle under the pointer or being dragged, drawn highlighted.
    void setActiveEdges(FrameEdges edges);
    FrameEdges activeEdges() const { return m_activeEdges; }

    // The live numbers of a drag ("Frame 2590 × 1618 px", "X 120  Y -40"), shown beside the
    // pointer at `pointer` (view px); empty hides them.
    void setReadout(const QString &text, QPointF pointer);
    QString readout() const { return m_readout; }

    void setGuides(const QList<SnapGuide> &guides);
    QList<SnapGuide> guides() const { return m_guides; }

    // The latest result, shown over the frame. It is drawn where it was generated relative to
    // the reference, so it stays aligned with the image if the artist moves things afterwards.
    void setResult(const QImage &image, const Placement &generatedWith);
    void clearResult();
    bool hasResult() const { return !m_result.isNull(); }
    void setResultVisible(bool visible);
    bool isResultVisible() const { return m_resultVisible; }

    // The jobs that would make a canvas over 4 MP, outlined and numbered (planMaking's plan);
    // empty when one job makes it.
    const ChainPlan &plan() const { return m_plan; }

    // A line over the canvas while something slow runs ("Opening photo.jpg…"); empty hides it.
    void setBusyText(const QString &text);

    ScaledImageCache *referenceCache() { return &m_referenceCache; }

    static constexpr double kMinZoom = 0.01;
    static constexpr double kMaxZoom = 32.0;

signals:
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onReferenceChanged();
    void onPlacementChanged(const Placement &before, const Placement &after);
    QRect viewRectFor(const QRect &canvasRect) const;
    QRect guideRect(const SnapGuide &guide) const;
    QRect readoutRectFor(const QString &text, QPointF pointer) const;
    void paintEmpty(QPainter &painter);
    // False when there is nothing to draw yet (the caller fills the area).
    bool paintImage(QPainter &painter, ScaledImageCache &cache, const QRect &target,
                    const QRect &clip);
    void paintHandles(QPainter &painter, const QRect &frame);
    void paintPlan(QPainter &painter);
    void refreshPlan();

    EditingDocument *m_document;
    CanvasController *m_controller;
    double m_zoom = 1.0;
    QPointF m_pan;
    bool m_fitted = true;             // follows the window size until the artist zooms or pans
    bool m_refitAfterGesture = false; // resized during a gesture: refit once it is over
    QList<SnapGuide> m_guides;
    ChainPlan m_plan;
    FrameEdges m_activeEdges;
    QString m_readout;
    QRect m_readoutRect;
    ScaledImageCache m_referenceCache;
    ScaledImageCache m_resultCache;
    QImage m_result;
    Placement m_resultPlacement;
    bool m_resultVisible = true;
    QString m_busyText;
};

} // namespace outframe
