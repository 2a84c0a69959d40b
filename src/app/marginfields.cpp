// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "marginfields.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace outframe {

namespace {

constexpr int kMaxAdd = 32768;

} // namespace

MarginFields::MarginFields(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(2);
    const auto makeField = [this](const QString &name) {
        auto *box = new QSpinBox;
        box->setRange(-kMaxAdd, kMaxAdd);
        box->setSuffix(tr(" px"));
        box->setAlignment(Qt::AlignRight);
        box->setAccessibleName(tr("Add on the %1").arg(name));
        box->installEventFilter(this);
        return box;
    };
    m_left = makeField(tr("left"));
    m_right = makeField(tr("right"));
    m_top = makeField(tr("top"));
    m_bottom = makeField(tr("bottom"));
    const auto addRow = [grid](int row, const QString &a, QSpinBox *first, const QString &b,
                               QSpinBox *second) {
        grid->addWidget(new QLabel(a), row, 0);
        grid->addWidget(first, row, 1);
        grid->addWidget(new QLabel(b), row, 2);
        grid->addWidget(second, row, 3);
    };
    addRow(0, tr("Left"), m_left, tr("Right"), m_right);
    addRow(1, tr("Top"), m_top, tr("Bottom"), m_bottom);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    m_add = new QPushButton(tr("Add to Frame"));
    m_add->setToolTip(tr("Grow the frame by these pixels on each side (Enter in a field)"));
    grid->addWidget(m_add, 2, 1, 1, 3, Qt::AlignRight);
    connect(m_add, &QPushButton::clicked, this, &MarginFields::add);
}

QSpinBox *MarginFields::field(Qt::Edge side) const
{
    switch (side) {
    case Qt::LeftEdge:
        return m_left;
    case Qt::RightEdge:
        return m_right;
    case Qt::TopEdge:
        return m_top;
    case Qt::BottomEdge:
        return m_bottom;
    }
    return nullptr;
}

bool MarginFields::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && qobject_cast<QSpinBox *>(watched)) {
            static_cast<QSpinBox *>(watched)->interpretText();
            add();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void MarginFields::add()
{
    for (QSpinBox *box : {m_left, m_right, m_top, m_bottom})
        box->interpretText();
    const QMargins margins(m_left->value(), m_top->value(), m_right->value(), m_bottom->value());
    for (QSpinBox *box : {m_left, m_right, m_top, m_bottom})
        box->setValue(0);
    if (!margins.isNull())
        emit addRequested(margins);
}

} // namespace outframe
