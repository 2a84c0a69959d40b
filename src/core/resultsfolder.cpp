#include "resultsfolder.h"

#include <QDir>
#include <QStandardPaths>

namespace outframe {

QString defaultResultsDirectory()
{
    QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (pictures.isEmpty())
        pictures = QDir::homePath() + QStringLiteral("/Pictures");
    return pictures + QStringLiteral("/Outframe");
}

} // namespace outframe
