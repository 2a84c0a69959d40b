// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWidget>

// Qt Test has no drag helper, and QTest::mouseMove sends no keyboard modifiers: these send
// the same events a real drag produces, with the modifiers held throughout.
namespace testing {

inline void moveMouse(QWidget *widget, QPointF pos, Qt::MouseButtons buttons,
                      Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent event(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, buttons,
                      modifiers);
    QApplication::sendEvent(widget, &event);
}

// Press at `from`, `steps` moves to `to`, release there.
inline void drag(QWidget *widget, QPointF from, QPointF to, int steps = 10,
                 Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                 Qt::MouseButton button = Qt::LeftButton)
{
    QTest::mousePress(widget, button, modifiers, from.toPoint());
    for (int i = 1; i <= steps; ++i)
        moveMouse(widget, from + (to - from) * (double(i) / steps), button, modifiers);
    QTest::mouseRelease(widget, button, modifiers, to.toPoint());
}

} // namespace testing
