#include "englishplurals.h"
#include "mainwindow.h"
#include "studio.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Outframe"));
    QApplication::setOrganizationName(QStringLiteral("Outframe"));
    QApplication::setApplicationVersion(QStringLiteral(OUTFRAME_VERSION));
    outframe::installEnglishPlurals(&app);
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

    outframe::Studio studio;
    studio.window()->show();
    const QStringList files = parser.positionalArguments();
    // A crashed session's work is offered back, unless a file to open was named.
    studio.start(files.isEmpty());
    if (!files.isEmpty())
        studio.window()->openFile(files.constFirst());
    return QApplication::exec();
}
