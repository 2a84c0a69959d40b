// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"
#include "studio.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Outframe"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outframe"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OUTFRAME_VERSION));
}

// --help and --version only print: a QApplication would need a display to get that far.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    setIdentity();
    outframe::installTranslations(app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Outpaint images with FLUX or the offline engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main", "An image or an Outframe project (.outframe) to open."),
        QStringLiteral("[FILE]"));
    parser.process(*app); // prints and exits for --help and --version
    if (!qobject_cast<QApplication *>(app.get()))
        return 0; // not reached: onlyPrints() matched an option process() exits on

    // The reverse-DNS id names the .desktop file (and the Wayland app id) and the icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.outframe.Outframe"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/outframe.svg")));
    outframe::Studio studio;
    studio.window()->show();
    const QStringList files = parser.positionalArguments();
    // A crashed session's work is offered back, unless a file to open was named.
    studio.start(files.isEmpty());
    if (!files.isEmpty())
        studio.window()->openFile(files.constFirst());
    return QApplication::exec();
}
