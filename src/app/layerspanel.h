// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QSlider;
class QSpinBox;
class QToolButton;
class QUndoStack;

namespace outframe {

class Document;
class LayerListModel;

// The results as layers: a list with thumbnails (top first), and for the selected layer its
// details, opacity, seam settings (keep original, feather, colour match), star, delete and
// order. Every edit is an undo command on the shared stack. The selection is the document's
// active variation. A split slider compares the result with the original.
class LayersPanel : public QWidget
{
    Q_OBJECT

public:
    LayersPanel(Document *document, QUndoStack *undoStack, QWidget *parent = nullptr);
    // Shows another session's layers (a new image or project).
    void setDocument(Document *document);

    LayerListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }

    // 0 = no comparison; otherwise the fraction of the canvas, from the left, that shows the
    // original instead of the result.
    double compareSplit() const;

public slots:
    void deleteActive();
    void toggleStarActive();
    void moveActive(int delta); // +1 = up the stack
    // Shows the next (+1) or previous (-1) variation alone.
    void stepVariation(int delta);

signals:
    void compareSplitChanged(double split);

private:
    void follow();
    void syncSelectionFromDocument();
    void syncControls();
    void setProperty(int which, const QVariant &value);

    Document *m_document;
    QUndoStack *m_undo;
    LayerListModel *m_model;
    QListView *m_list;
    QLabel *m_details;
    QSlider *m_opacity;
    QCheckBox *m_keepOriginal;
    QSpinBox *m_feather;
    QCheckBox *m_colourMatch;
    QToolButton *m_star;
    QToolButton *m_delete;
    QToolButton *m_up;
    QToolButton *m_down;
    QSlider *m_split;
    bool m_syncing = false;
    quint64 m_gesture = 0; // one per slider drag: a drag is one undo step, two drags two
};

} // namespace outframe
