#include "mainwindow.h"

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
    parser.addPositionalArgument(QStringLiteral("image"),
                                 QApplication::translate("main", "An image to open."),
                                 QStringLiteral("[IMAGE]"));
    parser.process(app);

    outframe::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return QApplication::exec();
}
