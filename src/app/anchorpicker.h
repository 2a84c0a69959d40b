// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QButtonGroup;
class QToolButton;

namespace outframe {

// The 3 x 3 anchor of a paint program's Canvas Size: which point of the frame stays where
// it is when the frame takes a typed width or height or grows by "Extend 25 %". A choice of
// the panel's, not of the session: it is not saved and not undone.
class AnchorPicker : public QWidget
{
    Q_OBJECT

public:
    explicit AnchorPicker(QWidget *parent = nullptr);

    Qt::Alignment anchor() const { return m_anchor; }
    void setAnchor(Qt::Alignment anchor);
    // The button of one of the nine anchors (the tests click it).
    QToolButton *button(Qt::Alignment anchor) const;

signals:
    void anchorChanged(Qt::Alignment anchor);

private:
    void refreshMarks();

    QButtonGroup *m_group;
    Qt::Alignment m_anchor = Qt::AlignCenter;
};

} // namespace outframe
