// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "howtooutpaint.h"

#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace outframe {

namespace {

QString keyOf(const QWidget *window, const char *actionName)
{
    const auto *action = window->findChild<QAction *>(QLatin1String(actionName));
    if (!action || action->shortcut().isEmpty())
        return QString();
    return QStringLiteral(" <b>%1</b>")
        .arg(action->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
}

} // namespace

QString howToOutpaintText(const QWidget *window)
{
    return QCoreApplication::translate(
               "outframe::HowToOutpaint",
               "<ol>"
               "<li><b>Open an image</b>:%1, drop a file or paste one. It appears centred in "
               "the frame: the canvas that will be filled.</li>"
               "<li><b>Place it</b>: drag the image or use the arrow keys (Shift: 10 px); drag "
               "the frame's handles or type its size and the margins in the Placement panel "
               "(Tab moves between the fields). Each change is one undo step:%2.</li>"
               "<li><b>Generate</b>:%3. Without an API key (Settings:%4) the offline engine "
               "fills the surround on this computer; with one, FLUX does. The Jobs list shows "
               "each job's progress; several variations can run at once.</li>"
               "<li><b>Pick and export</b>: the results wait in the strip over the canvas; "
               "hover one or press Left/Right to see it, Enter keeps it as a layer and Esc "
               "drops them. Then export it as PNG, JPEG or WebP:%5.</li>"
               "</ol>"
               "<p>Help › Keyboard and Mouse lists every shortcut.</p>")
        .arg(keyOf(window, "openAction"), keyOf(window, "undoAction"),
             keyOf(window, "generateAction"), keyOf(window, "settingsAction"),
             keyOf(window, "exportAction"));
}

void showHowToOutpaint(QWidget *window)
{
    QMessageBox box(window);
    box.setWindowTitle(QCoreApplication::translate("outframe::HowToOutpaint", "How to outpaint"));
    box.setTextFormat(Qt::RichText);
    box.setText(howToOutpaintText(window));
    box.exec();
}

} // namespace outframe
