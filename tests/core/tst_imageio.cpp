// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageio.h"

#include <QBuffer>
#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "diskfull.h"

#include <cerrno>

using namespace outframe;

class TestImageIO : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsEveryFormat_data();
    void readsEveryFormat();
    void cmykJpeg();
    void exifOrientationIsApplied_data();
    void exifOrientationIsApplied();
    void iccProfileIsConvertedToSrgb();
    void badFiles_data();
    void badFiles();
    void encodeRoundTrip_data();
    void encodeRoundTrip();
    void atomicWriteKeepsOldFileOnFailure();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

static QImage pattern(QSize size, QImage::Format format)
{
    QImage img(size, QImage::Format_ARGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            img.setPixel(x, y, qRgba(x * 255 / size.width(), y * 255 / size.height(), 90, 255));
    return img.convertToFormat(format);
}

static QByteArray encoded(const QImage &img, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QImageWriter w(&buf, format);
    w.setQuality(quality);
    if (!w.write(img))
        qFatal("cannot write %s: %s", format, qPrintable(w.errorString()));
    return bytes;
}

static QByteArray progressiveJpeg(const QImage &img)
{
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    QImageWriter w(&buf, "jpeg");
    w.setQuality(95);
    w.setProgressiveScanWrite(true);
    if (!w.write(img))
        qFatal("cannot write a progressive jpeg: %s", qPrintable(w.errorString()));
    return bytes;
}

QString TestImageIO::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file");
    return path;
}

void TestImageIO::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // WebP and TIFF come from qt6-image-formats-plugins, which install-deps.sh installs.
    const auto formats = QImageWriter::supportedImageFormats();
    QVERIFY2(formats.contains("webp"), "WebP plugin missing");
    QVERIFY2(formats.contains("tiff"), "TIFF plugin missing");
}

void TestImageIO::readsEveryFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<int>("tolerance");

    const QSize s(37, 21); // odd sizes on purpose
    QTest::newRow("png 8-bit rgb")
        << encoded(pattern(s, QImage::Format_RGB32), "png") << false << 0;
    QTest::newRow("png 8-bit alpha")
        << encoded(pattern(s, QImage::Format_ARGB32), "png") << true << 0;
    QTest::newRow("png 16-bit") << encoded(pattern(s, QImage::Format_RGBA64), "png") << true << 1;
    QTest::newRow("png 16-bit opaque")
        << encoded(pattern(s, QImage::Format_RGBX64), "png") << false << 1;
    QTest::newRow("png grey") << encoded(pattern(s, QImage::Format_Grayscale8), "png") << false
                              << 255;
    QTest::newRow("png grey 16") << encoded(pattern(s, QImage::Format_Grayscale16), "png") << false
                                 << 255;
    QImage indexed = pattern(s, QImage::Format_RGB32).convertToFormat(QImage::Format_Indexed8);
    QTest::newRow("png indexed") << encoded(indexed, "png") << false << 255;
    QTest::newRow("jpeg") << encoded(pattern(s, QImage::Format_RGB32), "jpeg", 95) << false << 24;
    // Phones' motion photos append a video of several MB after the JPEG's end-of-image marker.
    QByteArray video("\0\0\0\x18"
                     "ftypmp42",
                     12);
    video.append(QByteArray(300 * 1024, '\x11'));
    QTest::newRow("jpeg with a video after it")
        << encoded(pattern(s, QImage::Format_RGB32), "jpeg", 95) + video << false << 24;
    QTest::newRow("progressive jpeg with a video after it")
        << progressiveJpeg(pattern(s, QImage::Format_RGB32)) + video << false << 24;
    QImage translucent = pattern(s, QImage::Format_ARGB32);
    translucent.setPixel(0, 0, qRgba(10, 20, 30, 40));
    QTest::newRow("webp lossless alpha") << encoded(translucent, "webp", 100) << true << 2;
    QTest::newRow("webp lossy") << encoded(pattern(s, QImage::Format_RGB32), "webp", 90) << false
                                << 24;
    QTest::newRow("tiff") << encoded(pattern(s, QImage::Format_RGB32), "tiff") << false << 0;
    QTest::newRow("bmp") << encoded(pattern(s, QImage::Format_RGB32), "bmp") << false << 0;
}

void TestImageIO::readsEveryFormat()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, alpha);
    QFETCH(int, tolerance);
    const QString path = write(QStringLiteral("img.%1").arg(QTest::currentDataTag()), bytes);
    const LoadedImage loaded = ImageIO::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.image.size(), QSize(37, 21));
    QCOMPARE(loaded.image.format(), alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (tolerance < 255) { // colour formats: the pixels survive
        const QImage expected = pattern({37, 21}, QImage::Format_RGB32);
        const QRgb a = loaded.image.pixel(30, 15), b = expected.pixel(30, 15);
        QVERIFY(qAbs(qRed(a) - qRed(b)) <= tolerance);
        QVERIFY(qAbs(qGreen(a) - qGreen(b)) <= tolerance);
    }
}

void TestImageIO::cmykJpeg()
{
    // 48x32, left half rgb(200,40,30), right half rgb(20,160,60), saved as CMYK by ImageMagick.
    const LoadedImage loaded = ImageIO::load(QFINDTESTDATA("data/cmyk.jpg"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.image.size(), QSize(48, 32));
    const QRgb left = loaded.image.pixel(5, 16), right = loaded.image.pixel(40, 16);
    QVERIFY2(qRed(left) > 150 && qGreen(left) < 90, "left half should be red");
    QVERIFY2(qGreen(right) > 110 && qRed(right) < 90, "right half should be green");
}

// Inserts an EXIF APP1 segment with the given orientation right after SOI.
static QByteArray withExifOrientation(const QByteArray &jpeg, quint16 orientation)
{
    QByteArray tiff;
    tiff.append("MM\x00\x2A", 4);       // big-endian TIFF header
    tiff.append("\x00\x00\x00\x08", 4); // IFD0 at offset 8
    tiff.append("\x00\x01", 2);         // one entry
    tiff.append("\x01\x12\x00\x03", 4); // tag 0x0112 Orientation, SHORT
    tiff.append("\x00\x00\x00\x01", 4); // count 1
    tiff.append(char(orientation >> 8)).append(char(orientation & 0xff)).append("\x00\x00", 2);
    tiff.append("\x00\x00\x00\x00", 4); // no next IFD
    QByteArray app1 = QByteArray("Exif\x00\x00", 6) + tiff;
    const quint16 len = quint16(app1.size() + 2);
    QByteArray segment("\xFF\xE1", 2);
    segment.append(char(len >> 8)).append(char(len & 0xff)).append(app1);
    return jpeg.left(2) + segment + jpeg.mid(2);
}

void TestImageIO::exifOrientationIsApplied_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("size");
    QTest::newRow("1 normal") << 1 << QSize(60, 20);
    QTest::newRow("3 rotate 180") << 3 << QSize(60, 20);
    QTest::newRow("6 rotate 90 cw") << 6 << QSize(20, 60);
    QTest::newRow("8 rotate 90 ccw") << 8 << QSize(20, 60);
}

void TestImageIO::exifOrientationIsApplied()
{
    QFETCH(int, orientation);
    QFETCH(QSize, size);
    QImage img(60, 20, QImage::Format_RGB32);
    img.fill(Qt::white);
    for (int y = 0; y < 20; ++y)
        for (int x = 0; x < 10; ++x)
            img.setPixel(x, y, qRgb(0, 0, 0)); // a black band on the left
    const QByteArray bytes = withExifOrientation(encoded(img, "jpeg", 95), quint16(orientation));
    const LoadedImage loaded = ImageIO::loadData(bytes, QStringLiteral("photo.jpg"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.image.size(), size);
    // Where the black band ends up tells the rotation.
    const QPoint dark = orientation == 1   ? QPoint(2, 10)
                        : orientation == 3 ? QPoint(57, 10)
                        : orientation == 6 ? QPoint(10, 2)
                                           : QPoint(10, 57);
    QVERIFY(qGray(loaded.image.pixel(dark)) < 60);
}

void TestImageIO::iccProfileIsConvertedToSrgb()
{
    QImage img(8, 8, QImage::Format_RGB32);
    img.fill(qRgb(40, 200, 60));
    img.setColorSpace(QColorSpace(QColorSpace::AdobeRgb));
    const LoadedImage loaded = ImageIO::loadData(encoded(img, "png"), QStringLiteral("adobe.png"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.colourConverted);
    QCOMPARE(loaded.image.colorSpace(), QColorSpace(QColorSpace::SRgb));
    QImage expected = img;
    expected.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
    QCOMPARE(loaded.image.pixel(4, 4), expected.pixel(4, 4));
    QVERIFY(loaded.image.pixel(4, 4) != img.pixel(4, 4)); // the numbers really changed

    img.setColorSpace(QColorSpace(QColorSpace::SRgb));
    QVERIFY(!ImageIO::loadData(encoded(img, "png"), QStringLiteral("srgb.png")).colourConverted);
}

static quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return crc ^ 0xffffffffu;
}

static QByteArray hugePngHeader()
{
    // A valid PNG signature and IHDR claiming 100000 x 100000 px: 10 gigapixels.
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr("IHDR");
    const auto be32 = [](quint32 v) {
        QByteArray b(4, 0);
        qToBigEndian(v, b.data());
        return b;
    };
    ihdr += be32(100000) + be32(100000);
    ihdr.append("\x08\x02\x00\x00\x00", 5);
    png += be32(13) + ihdr + be32(crc32(ihdr));
    // The start of an IDAT chunk: readers parse the header up to here, and a real bomb's
    // compressed zeros would follow.
    const QByteArray idat = QByteArray("IDAT") + QByteArray("\x78\x9c\x63\x00\x00", 5);
    png += be32(5) + idat + be32(crc32(idat));
    return png;
}

void TestImageIO::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    const QByteArray png = encoded(pattern({300, 200}, QImage::Format_RGB32), "png");
    const QByteArray jpeg = encoded(pattern({300, 200}, QImage::Format_RGB32), "jpeg", 90);
    QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("truncated png") << png.left(png.size() / 2) << QStringLiteral("truncated");
    QTest::newRow("png header only") << png.left(40) << QStringLiteral("truncated");
    QTest::newRow("truncated jpeg")
        << jpeg.left(jpeg.size() * 2 / 3) << QStringLiteral("truncated");
    const QByteArray progressive = progressiveJpeg(pattern({300, 200}, QImage::Format_RGB32));
    QTest::newRow("truncated progressive jpeg")
        << progressive.left(progressive.size() * 2 / 3) << QStringLiteral("truncated");
    // A camera's EXIF thumbnail is a JPEG of its own, end marker included: its end is not the
    // photo's.
    QByteArray thumbnail = encoded(pattern({16, 16}, QImage::Format_RGB32), "jpeg", 80);
    QByteArray app1 = QByteArray("Exif\0\0", 6) + thumbnail;
    const quint16 app1Length = quint16(app1.size() + 2);
    QByteArray withThumbnail = jpeg.left(2) + QByteArray("\xFF\xE1", 2) + char(app1Length >> 8) +
                               char(app1Length & 0xff) + app1 + jpeg.mid(2);
    QTest::newRow("truncated jpeg with an exif thumbnail")
        << withThumbnail.left(withThumbnail.size() * 2 / 3) << QStringLiteral("truncated");
    QTest::newRow("not an image") << QByteArray("Hello, this is a text file.\n")
                                  << QStringLiteral("not an image");
    QTest::newRow("random bytes") << QByteArray(4096, '\x5a') << QStringLiteral("not an image");
    QTest::newRow("decompression bomb")
        << hugePngHeader()
        << QStringLiteral("(100,000 × 100,000 px, 10,000 MP) exceed the "
                          "limit of 134 megapixels (1.1 GB of memory");
    // Formats Outframe does not read are not decoded at all (the review's 122-byte SVG peaked
    // at 1.55 GB), and the message names the ones it does read.
    QTest::newRow("svg")
        << QByteArray(R"(<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000">)"
                      R"(<rect width="100%" height="100%"/></svg>)")
        << QStringLiteral("not an image Outframe can read (PNG, JPEG, WebP, TIFF or BMP)");
    // The classic 1 x 1 GIF (43 bytes): Qt decodes it, Outframe must not.
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00"
                                       "!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00"
                                       "\x01\x00\x00\x02\x02D\x01\x00;",
                                       43)
                         << QStringLiteral("not an image Outframe can read");
}

void TestImageIO::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const QString path = write(QStringLiteral("bad-%1.png").arg(QTest::currentDataTag()), bytes);
    const LoadedImage loaded = ImageIO::load(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QStringLiteral("bad-%1.png").arg(QTest::currentDataTag())),
             qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(reason), qPrintable(loaded.error));
}

void TestImageIO::encodeRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("tolerance");
    QTest::newRow("png") << int(ImageFormat::Png) << 0;
    QTest::newRow("jpeg") << int(ImageFormat::Jpeg) << 24;
    QTest::newRow("webp") << int(ImageFormat::Webp) << 24;
}

void TestImageIO::encodeRoundTrip()
{
    QFETCH(int, format);
    QFETCH(int, tolerance);
    const QImage img = pattern({64, 48}, QImage::Format_RGB32);
    QString error;
    const QByteArray bytes = ImageIO::encode(img, ImageFormat(format), 92, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const LoadedImage back = ImageIO::loadData(bytes, QStringLiteral("x"));
    QVERIFY(back.ok());
    QCOMPARE(back.format, imageFormatName(ImageFormat(format)).toLatin1());
    QCOMPARE(back.image.size(), img.size());
    QVERIFY(qAbs(qRed(back.image.pixel(40, 30)) - qRed(img.pixel(40, 30))) <= tolerance);
}

void TestImageIO::atomicWriteKeepsOldFileOnFailure()
{
    const QString path = write(QStringLiteral("keep.png"), "old contents");
    QString error;
    QVERIFY(ImageIO::writeFileAtomically(path, "new contents", &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new contents"));
    f.close();

    // A disk that fills up mid-write (simulated with a file size limit, which binds root
    // too): the write fails with a message naming the file, and the old file stays whole.
    const bool written = testing::withDiskFullAfter(
        4096, [&] { return ImageIO::writeFileAtomically(path, QByteArray(1 << 20, 'x'), &error); });
    QVERIFY(!written);
    QVERIFY2(error.contains(QStringLiteral("keep.png")), qPrintable(error));
    // Said as such, not "Unknown error".
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new contents"));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("keep.png*")}, QDir::Files).size(), 1);

    // A small file the disk cuts short is a failure too, not a truncated replacement (a
    // buffered write only hits the disk at commit, where a short write went unnoticed).
    const bool smallWritten = testing::withDiskFullAfter(
        512, [&] { return ImageIO::writeFileAtomically(path, QByteArray(4000, 'y'), &error); });
    QVERIFY(!smallWritten);
    QVERIFY2(error.contains(QStringLiteral("the disk is full")), qPrintable(error));
    f.close();
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("new contents"));

    // The errors a disk gives, each in words the artist can act on.
    QVERIFY(ImageIO::writeFailureReason(ENOSPC, QStringLiteral("Unknown error"))
                .contains(QStringLiteral("disk is full")));
    QVERIFY(ImageIO::writeFailureReason(EROFS, QStringLiteral("Unknown error"))
                .contains(QStringLiteral("read-only")));
    QVERIFY(!ImageIO::writeFailureReason(0, QStringLiteral("Unknown error"))
                 .contains(QStringLiteral("Unknown error")));

    // A folder that does not exist.
    QVERIFY(!ImageIO::writeFileAtomically(m_dir.filePath(QStringLiteral("no/such/dir/a.png")), "x",
                                          &error));
    QVERIFY(error.contains(QStringLiteral("a.png")));
}

QTEST_GUILESS_MAIN(TestImageIO)
#include "tst_imageio.moc"
