// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace outframe {

MessageBar::MessageBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAttribute(Qt::WA_StyledBackground);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_label = new QLabel;
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    auto *close = new QToolButton;
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(8000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    if (parent)
        parent->installEventFilter(this);
    hide();
}

bool MessageBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fitToParent();
    return QWidget::eventFilter(watched, event);
}

void MessageBar::fitToParent()
{
    if (!parentWidget())
        return;
    const int width = parentWidget()->width();
    setGeometry(0, 0, width, std::max(minimumSizeHint().height(), heightForWidth(width)));
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_label->setText(text);
    const char *style = "";
    switch (kind) {
    case Kind::Information:
        style = "#messageBar { background: #2f4f6f; } QLabel { color: #f4f8fc; }";
        break;
    case Kind::Warning:
        style = "#messageBar { background: #6b5317; } QLabel { color: #fff7e0; }";
        break;
    case Kind::Error:
        style = "#messageBar { background: #7a2626; } QLabel { color: #fff0f0; }";
        break;
    }
    setStyleSheet(QLatin1String(style));
    fitToParent();
    show();
    raise();
    if (kind == Kind::Information)
        m_timer->start();
    else
        m_timer->stop();
}

QString MessageBar::text() const
{
    return m_label->text();
}

} // namespace outframe
