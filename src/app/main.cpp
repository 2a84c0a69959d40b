#include "mainwindow.h"
#include "resultsworkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Outframe"));
    QApplication::setOrganizationName(QStringLiteral("Outframe"));
    QApplication::setApplicationVersion(QStringLiteral(OUTFRAME_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("outframe"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/outframe.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Outpaint images with FLUX or the offline engine."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "An image or an Outframe project (.outframe) to open."),
        QStringLiteral("[FILE]"));
    parser.process(app);

    outframe::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    else
        window.results()->checkForRecovery(); // a crashed session's work, offered back
    return QApplication::exec();
}
