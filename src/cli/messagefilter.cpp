// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagefilter.h"

#include <QString>
#include <QtGlobal>

#include <cstring>

namespace outframe {

namespace {

QtMessageHandler g_previous = nullptr;

void filterMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!isShownOnTerminal(type, qPrintable(message), false))
        return;
    if (g_previous)
        g_previous(type, context, message);
}

} // namespace

bool isShownOnTerminal(int type, const char *text, bool verbose)
{
    if (verbose || type == QtCriticalMsg || type == QtFatalMsg)
        return true;
    return text && std::strncmp(text, "Outframe", 8) == 0;
}

void installTerminalMessageFilter(bool verbose)
{
    if (verbose)
        return;
    g_previous = qInstallMessageHandler(filterMessage);
}

} // namespace outframe
