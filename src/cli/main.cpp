// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// outframe-cli: the headless twin of the app. See `outframe-cli --help`.
#include "clioptions.h"
#include "clirunner.h"
#include "messagefilter.h"
#include "translations.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: wake the event loop with the signal's number, which
// does the rest (the exit code is 128 + that number).
void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app: one journal, one settings file, one results folder.
    QCoreApplication::setApplicationName(QStringLiteral("Outframe"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outframe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTFRAME_VERSION));
    outframe::installTranslations(&app);

    const outframe::CliParse parsed = outframe::CliOptionsParser::parse(app.arguments());
    switch (parsed.action) {
    case outframe::CliParse::Action::ShowHelp:
    case outframe::CliParse::Action::ShowVersion:
        std::fputs(qPrintable(parsed.text + u'\n'), stdout);
        return 0;
    case outframe::CliParse::Action::Error:
        std::fputs(qPrintable(QStringLiteral("outframe-cli: ") + parsed.text + u'\n' +
                              QCoreApplication::translate("main", "Try “outframe-cli --help”.") +
                              u'\n'),
                   stderr);
        return 2;
    case outframe::CliParse::Action::Run:
        break;
    }

    outframe::installTerminalMessageFilter(parsed.options.verbose);
    outframe::CliRunner runner(parsed.options);
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &runner, [&runner] {
            char byte = 0;
            [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[1], &byte, 1);
            runner.interrupt(byte > 0 ? int(byte) : SIGINT);
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
    QObject::connect(&runner, &outframe::CliRunner::done, &app,
                     [](int code) { QCoreApplication::exit(code); });
    runner.start();
    return QCoreApplication::exec();
}
