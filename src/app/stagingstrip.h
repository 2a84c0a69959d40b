// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;

namespace outframe {

class Document;
class EditingDocument;
class JobQueue;
class StagingThumbnails;

// The results of Generate, side by side over the bottom of the canvas until the artist
// chooses: a thumbnail per result and a placeholder with its progress per job still running.
// Hovering a thumbnail, clicking it, or Left/Right shows that result on the canvas at once;
// Keep (Enter) makes the shown one a layer, Keep All keeps the others too as hidden layers
// under it, Discard (Esc) drops the set (both undoable), More makes more for the same
// placement. The set lives in the document (Document::staged); this is a view of it.
//
// Like the message bar it lies over the canvas, so the canvas never moves when it comes or
// goes.
class StagingStrip : public QWidget
{
    Q_OBJECT

public:
    StagingStrip(EditingDocument *document, JobQueue *queue, QWidget *canvas);
    ~StagingStrip() override;

    // The cells as laid out (results first, then running jobs), in this widget's coordinates.
    int cellCount() const;
    QRect cellRect(int index) const;
    QString caption() const;
    QPushButton *keepButton() const { return m_keep; }
    QPushButton *keepAllButton() const { return m_keepAll; }
    QPushButton *discardButton() const { return m_discard; }
    QPushButton *moreButton() const { return m_more; }

    void keepShown();
    void keepAll();
    void discard();

signals:
    void moreRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void refresh();
    void fitToParent();
    void requestThumbnails();
    // Whether the strip's keys (Left, Right, Enter, Esc) are the artist's to give it now: it
    // shows results and the focus is not in a text field or another window.
    bool takesKeys() const;

    EditingDocument *m_editing;
    QPointer<JobQueue> m_queue;
    QPointer<Document> m_followed;
    StagingThumbnails *m_cells;
    QLabel *m_caption;
    QPushButton *m_keep;
    QPushButton *m_keepAll;
    QPushButton *m_discard;
    QPushButton *m_more;
    QHash<quint64, QImage> m_thumbnails; // by staged result id
    QSet<quint64> m_scaling;             // thumbnails being made on a worker
};

} // namespace outframe
