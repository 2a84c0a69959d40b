// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"
#include "imageio.h"
#include "imagemetadata.h"
#include "layerrenderer.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>

#include "diskfull.h"
#include <unistd.h>

using namespace outframe;

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachFormatReadsBackWithMetadata_data();
    void eachFormatReadsBackWithMetadata();
    void transparentCompositeKeepsAlpha_data();
    void transparentCompositeKeepsAlpha();
    void xmpSurvivesAwkwardText();
    void qualityIsHonoured();
    void pathGetsTheChosenSuffix_data();
    void pathGetsTheChosenSuffix();
    void starredExportWritesEachOnce();
    void nativeResolutionExport();
    void diskFullLeavesTheOldFile();
    void missingFolderIsReported();

private:
    static DocumentState sampleState(int layers = 2);
    QTemporaryDir m_dir;
};

static QImage gradient(QSize size, int seed)
{
    QImage img(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            img.setPixel(x, y, qRgb((x * 3 + seed) % 256, (y * 2 + seed) % 256, (x + y) % 256));
    return img;
}

DocumentState TestExport::sampleState(int layers)
{
    DocumentState s;
    s.reference = gradient({160, 100}, 7);
    s.referencePath = QStringLiteral("/photos/beach.png");
    s.placement = Placement(QSize(320, 200), s.reference.size());
    s.placement.setOffset({80, 50});
    s.options.prompt = QStringLiteral("calm sea");
    for (int i = 0; i < layers; ++i) {
        ResultLayer l;
        l.id = quint64(i + 1);
        l.name = QStringLiteral("Variation %1").arg(i + 1);
        l.image = gradient({320, 200}, 40 * i);
        l.placement = s.placement;
        l.referenceRect = s.placement.referenceRect();
        l.options.prompt = QStringLiteral("calm sea, dusk %1").arg(i);
        l.engine = i % 2 ? ResultEngine::Local : ResultEngine::Flux;
        l.taskId = i % 2 ? QString() : QStringLiteral("task-%1").arg(i);
        l.created = QDateTime(QDate(2026, 11, 24), QTime(23, 0), Qt::UTC);
        s.layers << l;
    }
    s.activeLayerId = 1;
    s.nextLayerId = quint64(layers + 1);
    return s;
}

// Same pixels, whatever colour-space tag either carries (loading tags images sRGB).
static bool samePixels(const QImage &a, const QImage &b)
{
    QImage x = a.convertToFormat(QImage::Format_ARGB32),
           y = b.convertToFormat(QImage::Format_ARGB32);
    x.setColorSpace(QColorSpace());
    y.setColorSpace(QColorSpace());
    return x == y;
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestExport::eachFormatReadsBackWithMetadata_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("quality");
    QTest::addColumn<bool>("composite");
    QTest::addColumn<int>("tolerance");
    QTest::newRow("png composite") << int(ImageFormat::Png) << 92 << true << 0;
    QTest::newRow("png layer") << int(ImageFormat::Png) << 92 << false << 0;
    QTest::newRow("jpeg composite") << int(ImageFormat::Jpeg) << 92 << true << 40;
    QTest::newRow("jpeg layer") << int(ImageFormat::Jpeg) << 80 << false << 60;
    QTest::newRow("webp lossy") << int(ImageFormat::Webp) << 85 << true << 60;
    QTest::newRow("webp lossless") << int(ImageFormat::Webp) << 100 << false << 0;
}

void TestExport::eachFormatReadsBackWithMetadata()
{
    QFETCH(int, format);
    QFETCH(int, quality);
    QFETCH(bool, composite);
    QFETCH(int, tolerance);
    const DocumentState state = sampleState();
    ExportSettings settings;
    settings.format = ImageFormat(format);
    settings.quality = quality;
    const QString path = m_dir.filePath(QStringLiteral("out-%1").arg(QTest::currentDataTag()));
    const ExportResult r = composite ? Exporter::exportComposite(state, path, settings)
                                     : Exporter::exportLayer(state, 2, path, settings);
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QCOMPARE(r.writtenPaths.size(), 1);
    const QString written = r.writtenPaths.first();
    QCOMPARE(written, Exporter::pathForFormat(path, settings.format));

    const QByteArray bytes = readAll(written);
    const LoadedImage back = ImageIO::loadData(bytes, written);
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(back.format, imageFormatName(settings.format).toLatin1());
    QCOMPARE(back.image.size(), QSize(320, 200));
    const QImage expected = composite ? Exporter::renderComposite(state, false)
                                      : Exporter::renderLayer(state, 2, false);
    // Pixels inside the original: exact for lossless formats.
    const QRgb a = back.image.pixel(100, 70), b = expected.pixel(100, 70);
    QVERIFY2(qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance,
             qPrintable(QStringLiteral("%1 vs %2").arg(a, 0, 16).arg(b, 0, 16)));
    if (tolerance == 0)
        QVERIFY(samePixels(back.image, expected));

    const auto meta = parseXmp(extractXmp(bytes));
    QVERIFY(meta.has_value());
    QVERIFY(meta->aiGenerated);
    const int layer = composite ? 0 : 1; // the composite speaks with the active layer's voice
    QCOMPARE(meta->prompt, QStringLiteral("calm sea, dusk %1").arg(layer));
    QCOMPARE(meta->engine, layer ? QStringLiteral("local") : QStringLiteral("flux"));
    QCOMPARE(meta->taskId, layer ? QString() : QStringLiteral("task-0"));
    QCOMPARE(meta->canvasSize, QSize(320, 200));
    QCOMPARE(meta->referenceRect, QRect(80, 50, 160, 100));
    QCOMPARE(meta->mode, QStringLiteral("high"));
    QCOMPARE(meta->created, state.layers.at(layer).created);
}

void TestExport::transparentCompositeKeepsAlpha_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("png") << int(ImageFormat::Png);
    QTest::newRow("webp") << int(ImageFormat::Webp);
    QTest::newRow("jpeg (flattened)") << int(ImageFormat::Jpeg);
}

void TestExport::transparentCompositeKeepsAlpha()
{
    QFETCH(int, format);
    // No results yet: the reference alone, transparent around it. No AI marker either.
    const DocumentState state = sampleState(0);
    ExportSettings settings;
    settings.format = ImageFormat(format);
    settings.quality = 90;
    const ExportResult r =
        Exporter::exportComposite(state, m_dir.filePath(QStringLiteral("alpha")), settings);
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    const QByteArray bytes = readAll(r.writtenPaths.first());
    const LoadedImage back = ImageIO::loadData(bytes, QStringLiteral("alpha"));
    QVERIFY(back.ok());
    QCOMPARE(back.image.size(), QSize(320, 200));
    if (settings.format == ImageFormat::Jpeg)
        QCOMPARE(back.image.pixel(2, 2) | 0x030303u, 0xffffffffu); // white, give or take
    else
        QCOMPARE(qAlpha(back.image.pixel(2, 2)), 0);
    const auto meta = parseXmp(extractXmp(bytes));
    QVERIFY(meta.has_value());
    QVERIFY(!meta->aiGenerated);
}

void TestExport::xmpSurvivesAwkwardText()
{
    ExportMetadata m;
    m.prompt = QStringLiteral("a \"quoted\" <tag> & ümlaut 海\nsecond line");
    m.engine = QStringLiteral("flux");
    m.taskId = QStringLiteral("id&<>\"'");
    m.canvasSize = {10, 20};
    m.referenceRect = QRect(-5, 3, 8, 9);
    m.referenceScale = 0.4375;
    m.autoCrop = true;
    m.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    m.software = QStringLiteral("Outframe");
    m.mode = QStringLiteral("fast");
    const auto back = parseXmp(buildXmp(m));
    QVERIFY(back.has_value());
    QCOMPARE(*back, m);
    QVERIFY(!parseXmp("<not xmp").has_value());
    QVERIFY(!parseXmp({}).has_value());
    QVERIFY(extractXmp("garbage bytes").isEmpty());
}

void TestExport::qualityIsHonoured()
{
    const DocumentState state = sampleState(1);
    const QImage img = Exporter::renderComposite(state, false);
    for (ImageFormat f : {ImageFormat::Jpeg, ImageFormat::Webp}) {
        ExportSettings low, high;
        low.format = high.format = f;
        low.quality = 20;
        high.quality = 95;
        QString error;
        const qsizetype small = Exporter::encode(img, low, {}, &error).size();
        const qsizetype big = Exporter::encode(img, high, {}, &error).size();
        QVERIFY2(small > 0 && small < big, qPrintable(imageFormatName(f)));
    }
}

void TestExport::pathGetsTheChosenSuffix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("matches") << "/a/b.png" << int(ImageFormat::Png) << "/a/b.png";
    QTest::newRow("jpeg spelling") << "/a/b.JPEG" << int(ImageFormat::Jpeg) << "/a/b.JPEG";
    QTest::newRow("other image suffix") << "/a/b.png" << int(ImageFormat::Webp) << "/a/b.webp";
    QTest::newRow("jpg for jpeg") << "/a/b.webp" << int(ImageFormat::Jpeg) << "/a/b.jpg";
    QTest::newRow("no suffix") << "/a/b" << int(ImageFormat::Png) << "/a/b.png";
    QTest::newRow("dotted name") << "/a/v1.2" << int(ImageFormat::Png) << "/a/v1.2.png";
}

void TestExport::pathGetsTheChosenSuffix()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    QFETCH(QString, expected);
    QCOMPARE(Exporter::pathForFormat(path, ImageFormat(format)), expected);
}

void TestExport::starredExportWritesEachOnce()
{
    DocumentState state = sampleState(3);
    state.layers[0].starred = true;
    state.layers[2].starred = true;
    state.layers[2].name = state.layers[0].name; // same name: must not overwrite
    QDir dir(m_dir.filePath(QStringLiteral("starred")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    ExportSettings settings;
    settings.format = ImageFormat::Jpeg;
    const ExportResult r =
        Exporter::exportStarred(state, dir.path(), QStringLiteral("beach"), settings);
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    QCOMPARE(r.writtenPaths.size(), 2);
    QCOMPARE(dir.entryList(QDir::Files).size(), 2);
    QVERIFY(r.writtenPaths.at(0) != r.writtenPaths.at(1));
    for (const QString &p : r.writtenPaths)
        QVERIFY(p.endsWith(QLatin1String(".jpg")));
    state.layers[0].starred = state.layers[2].starred = false;
    QVERIFY(!Exporter::exportStarred(state, dir.path(), QStringLiteral("beach"), settings).ok());
}

void TestExport::nativeResolutionExport()
{
    DocumentState s;
    s.reference = gradient({400, 300}, 3);
    s.placement = Placement(QSize(320, 240), s.reference.size());
    s.placement.setReferenceScale(0.5);
    s.placement.setOffset({60, 45});
    ResultLayer l;
    l.id = 1;
    l.image = gradient({320, 240}, 90);
    l.placement = s.placement;
    l.referenceRect = s.placement.referenceRect();
    s.layers << l;
    s.activeLayerId = 1;
    ExportSettings settings;
    settings.nativeResolution = true;
    const ExportResult r =
        Exporter::exportLayer(s, 1, m_dir.filePath(QStringLiteral("native.png")), settings);
    QVERIFY2(r.ok(), qPrintable(r.errors.join('\n')));
    const QByteArray bytes = readAll(r.writtenPaths.first());
    const LoadedImage back = ImageIO::loadData(bytes, QStringLiteral("native"));
    QCOMPARE(back.image.size(), QSize(640, 480));
    QVERIFY(samePixels(back.image.copy(QRect(120, 90, 400, 300)), s.reference));
    const auto meta = parseXmp(extractXmp(bytes));
    QVERIFY(meta.has_value());
    QCOMPARE(meta->referenceRect, QRect(120, 90, 400, 300));
    QCOMPARE(meta->referenceScale, 1.0);
    // Without the option: canvas scale.
    settings.nativeResolution = false;
    QCOMPARE(Exporter::renderLayer(s, 1, false).size(), QSize(320, 240));
}

void TestExport::diskFullLeavesTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.png"));
    const DocumentState state = sampleState(1);
    ExportSettings settings;
    QVERIFY(Exporter::exportComposite(state, path, settings).ok());
    const QByteArray before = readAll(path);
    QVERIFY(before.size() > 2048);

    // Another export into a disk that fills up after 2 KB (a file size limit binds root too).
    DocumentState other = sampleState(2);
    other.activeLayerId = 2;
    const ExportResult r = testing::withDiskFullAfter(
        2048, [&] { return Exporter::exportComposite(other, path, settings); });
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.join(' ').contains(QStringLiteral("keep.png")),
             qPrintable(r.errors.join(' ')));
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.png*")}, QDir::Files).size(), 1);
}

void TestExport::missingFolderIsReported()
{
    const ExportResult r = Exporter::exportComposite(
        sampleState(1), m_dir.filePath(QStringLiteral("no/such/folder/out.png")), {});
    QVERIFY(!r.ok());
    QVERIFY(r.errors.join(' ').contains(QStringLiteral("out.png")));
    if (geteuid() != 0) { // root writes into read-only folders anyway
        QDir ro(m_dir.filePath(QStringLiteral("ro")));
        QVERIFY(ro.mkpath(QStringLiteral(".")));
        QFile::setPermissions(ro.path(), QFile::ReadOwner | QFile::ExeOwner);
        QVERIFY(!Exporter::exportComposite(sampleState(1), ro.filePath(QStringLiteral("x.png")), {})
                     .ok());
        QFile::setPermissions(ro.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
