// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorpicker.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QToolButton>

#include <array>

namespace outframe {

namespace {

constexpr std::array<Qt::Alignment::Int, 3> kColumns = {Qt::AlignLeft, Qt::AlignHCenter,
                                                        Qt::AlignRight};
constexpr std::array<Qt::Alignment::Int, 3> kRows = {Qt::AlignTop, Qt::AlignVCenter,
                                                     Qt::AlignBottom};

int idOf(Qt::Alignment anchor)
{
    int column = 1;
    int row = 1;
    for (int i = 0; i < 3; ++i) {
        if (anchor & kColumns[i])
            column = i;
        if (anchor & kRows[i])
            row = i;
    }
    return row * 3 + column;
}

Qt::Alignment anchorOf(int id)
{
    return Qt::Alignment(kColumns[id % 3] | kRows[id / 3]);
}

// Arrows point away from the anchor, the way the frame will grow, as in Photoshop.
QString markFor(int id, int anchorId)
{
    if (id == anchorId)
        return QStringLiteral("●");
    const int dx = id % 3 - anchorId % 3;
    const int dy = id / 3 - anchorId / 3;
    if (std::abs(dx) > 1 || std::abs(dy) > 1)
        return QString();
    static const QString arrows[3][3] = {
        {QStringLiteral("↖"), QStringLiteral("↑"), QStringLiteral("↗")},
        {QStringLiteral("←"), QString(), QStringLiteral("→")},
        {QStringLiteral("↙"), QStringLiteral("↓"), QStringLiteral("↘")}};
    return arrows[dy + 1][dx + 1];
}

} // namespace

AnchorPicker::AnchorPicker(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("anchorPicker"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(1);
    const QStringList names = {tr("top left"),    tr("top"),    tr("top right"),
                               tr("left"),        tr("centre"), tr("right"),
                               tr("bottom left"), tr("bottom"), tr("bottom right")};
    for (int id = 0; id < 9; ++id) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setFixedSize(22, 22);
        button->setAccessibleName(tr("Anchor %1").arg(names[id]));
        button->setToolTip(
            tr("Keep the %1 of the frame in place when its size changes").arg(names[id]));
        m_group->addButton(button, id);
        grid->addWidget(button, id / 3, id % 3);
    }
    m_group->button(idOf(m_anchor))->setChecked(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { setAnchor(anchorOf(id)); });
    refreshMarks();
}

void AnchorPicker::setAnchor(Qt::Alignment anchor)
{
    anchor = anchorOf(idOf(anchor));
    m_group->button(idOf(anchor))->setChecked(true);
    if (anchor == m_anchor)
        return;
    m_anchor = anchor;
    refreshMarks();
    emit anchorChanged(m_anchor);
}

QToolButton *AnchorPicker::button(Qt::Alignment anchor) const
{
    return qobject_cast<QToolButton *>(m_group->button(idOf(anchor)));
}

void AnchorPicker::refreshMarks()
{
    const int anchorId = idOf(m_anchor);
    for (int id = 0; id < 9; ++id)
        m_group->button(id)->setText(markFor(id, anchorId));
}

} // namespace outframe
