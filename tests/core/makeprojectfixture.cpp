// Writes tests/data/project-v1.outframe, the format-version-1 fixture tst_projectfile opens.
// It was run once with the ProjectFile of format version 1 and its output committed: the
// fixture must stay as that build wrote it, so do not regenerate it with a newer format.
// Build: cmake --build --preset dev --target makeprojectfixture; run with the output path.

#include "projectfile.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace outframe;

// Must match tst_projectfile.cpp's fixturePixel().
static QRgb fixturePixel(int x, int y, int seed)
{
    return qRgba((x * 7 + seed) & 0xff, (y * 11 + seed * 3) & 0xff, ((x ^ y) * 5) & 0xff,
                 255 - ((x + y + seed) % 4) * 40);
}

static QImage patterned(QSize size, int seed, bool alpha)
{
    QImage img(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const QRgb p = fixturePixel(x, y, seed);
            img.setPixel(x, y, alpha ? p : (p | 0xff000000u));
        }
    return img;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        QTextStream(stderr) << "usage: makeprojectfixture OUTPUT.outframe\n";
        return 2;
    }
    DocumentState s;
    s.reference = patterned({96, 64}, 0, true);
    s.referencePath = QStringLiteral("/home/artist/pictures/pattern.png");
    s.placement = Placement(QSize(160, 112), s.reference.size());
    s.placement.setReferenceScale(0.75);
    s.placement.setOffsetX(20);
    s.placement.setOffsetY(-4);
    s.options.prompt = QStringLiteral("a quiet harbour at dusk");
    s.options.mode = GenerationMode::Fast;
    s.options.outputFormat = ImageFormat::Jpeg;
    s.options.safetyTolerance = 3;
    s.options.disablePromptUpsampling = true;

    ResultLayer a;
    a.id = 4;
    a.name = QStringLiteral("Variation 4");
    a.image = patterned({160, 112}, 1, false);
    a.engine = ResultEngine::Flux;
    a.taskId = QStringLiteral("7c1e2d3a-0b9f-4e8d-a1c2-5f6e7d8c9b0a");
    a.options = s.options;
    a.placement = s.placement;
    a.referenceRect = QRect(20, -4, 72, 48);
    a.cost = 10.0;
    a.created = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 125), Qt::UTC);
    a.elapsedSeconds = 31.5;
    a.sourcePath = QStringLiteral("/home/artist/Pictures/Outframe/pattern-1.png");
    a.visible = true;
    a.opacity = 1.0;
    a.starred = true;
    a.seam.keepOriginal = true;
    a.seam.featherPx = 12;
    a.seam.colourMatch = false;

    ResultLayer b;
    b.id = 7;
    b.name = QStringLiteral("Offline try");
    b.image = patterned({160, 112}, 2, false);
    b.engine = ResultEngine::Local;
    b.options = s.options;
    b.options.prompt.clear();
    b.placement = s.placement;
    b.referenceRect = QRect(20, -4, 72, 48);
    b.created = QDateTime(QDate(2026, 11, 20), QTime(9, 41, 0), Qt::UTC);
    b.elapsedSeconds = 2.25;
    b.visible = false;
    b.opacity = 0.5;
    b.starred = false;
    b.seam.keepOriginal = false;
    b.seam.featherPx = 0;
    b.seam.colourMatch = true;

    s.layers = {a, b};
    s.activeLayerId = 7;
    s.nextLayerId = 8;

    QString error;
    if (!ProjectFile::save(s, QString::fromLocal8Bit(argv[1]), &error)) {
        QTextStream(stderr) << error << '\n';
        return 1;
    }
    return 0;
}
