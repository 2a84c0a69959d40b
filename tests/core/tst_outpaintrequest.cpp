// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageio.h"
#include "outpaintrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace outframe;

class TestOutpaintRequest : public QObject
{
    Q_OBJECT

private slots:
    void onlyContractFields();
    void offsetsAlwaysExplicit_data();
    void offsetsAlwaysExplicit();
    void integersAreIntegers();
    void base64WithoutPrefixDecodesToSentPixels();
    void autoCropSendsOnlyVisiblePart();
    void scaledReferenceIsResampled();
    void optionsMapToFields();
    void invalidPlacementIsRefused();
    void wrongImageForPlacementIsRefused();
};

static QImage gradient(QSize size)
{
    QImage img(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            img.setPixel(x, y, qRgb(x % 256, y % 256, (x * 7 + y * 3) % 256));
    return img;
}

static QImage decodeSent(const OutpaintRequest &r)
{
    const QByteArray raw =
        QByteArray::fromBase64(r.body.value(QStringLiteral("input_image")).toString().toLatin1());
    return ImageIO::loadData(raw, QStringLiteral("sent")).image;
}

void TestOutpaintRequest::onlyContractFields()
{
    const QImage ref = gradient({200, 100});
    Placement p(QSize(400, 300), ref.size());
    OutpaintOptions o;
    o.prompt = QStringLiteral("a quiet harbour");
    o.disablePromptUpsampling = true;
    QString error;
    const OutpaintRequest r = OutpaintRequest::build(ref, p, o, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    static const QSet<QString> contract = {"input_image",
                                           "width",
                                           "height",
                                           "reference_offset_x",
                                           "reference_offset_y",
                                           "auto_crop",
                                           "prompt",
                                           "output_format",
                                           "mode",
                                           "safety_tolerance",
                                           "disable_pup",
                                           "user"};
    const QJsonObject body = QJsonDocument::fromJson(r.toJson()).object();
    for (const QString &key : body.keys())
        QVERIFY2(contract.contains(key), qPrintable(key));
    QVERIFY(!body.contains(QStringLiteral("seed")));
    QCOMPARE(body.value(QStringLiteral("prompt")).toString(), QStringLiteral("a quiet harbour"));
}

void TestOutpaintRequest::offsetsAlwaysExplicit_data()
{
    QTest::addColumn<QSize>("canvas");
    QTest::addColumn<QSize>("reference");
    QTest::addColumn<QPoint>("expected");
    QTest::newRow("even") << QSize(400, 300) << QSize(200, 100) << QPoint(100, 100);
    QTest::newRow("odd") << QSize(401, 301) << QSize(200, 100) << QPoint(100, 100);
    QTest::newRow("odd reference") << QSize(128, 128) << QSize(65, 33) << QPoint(31, 47);
}

void TestOutpaintRequest::offsetsAlwaysExplicit()
{
    QFETCH(QSize, canvas);
    QFETCH(QSize, reference);
    QFETCH(QPoint, expected);
    const QImage ref = gradient(reference);
    Placement p(canvas, ref.size()); // centred: no offsets set
    const OutpaintRequest r = OutpaintRequest::build(ref, p, {}, nullptr);
    QVERIFY(r.body.value(QStringLiteral("reference_offset_x")).isDouble());
    QCOMPARE(r.body.value(QStringLiteral("reference_offset_x")).toInt(), expected.x());
    QCOMPARE(r.body.value(QStringLiteral("reference_offset_y")).toInt(), expected.y());
    QCOMPARE(r.reference.canvasRect.topLeft(), expected);
}

void TestOutpaintRequest::integersAreIntegers()
{
    const QImage ref = gradient({100, 100});
    Placement p(QSize(333, 257), ref.size());
    p.setOffset({-7, 13});
    p.setAutoCrop(true);
    const QByteArray json = OutpaintRequest::build(ref, p, {}, nullptr).toJson();
    QVERIFY(json.contains("\"width\":333"));
    QVERIFY(json.contains("\"height\":257"));
    QVERIFY(json.contains("\"safety_tolerance\":2"));
    QVERIFY(!json.contains("333.0"));
    QVERIFY(!json.contains("e+"));
}

void TestOutpaintRequest::base64WithoutPrefixDecodesToSentPixels()
{
    const QImage ref = gradient({150, 90});
    Placement p(QSize(300, 200), ref.size());
    const OutpaintRequest r = OutpaintRequest::build(ref, p, {}, nullptr);
    const QString b64 = r.body.value(QStringLiteral("input_image")).toString();
    QVERIFY(!b64.startsWith(QStringLiteral("data:")));
    const QImage sent = decodeSent(r);
    QCOMPARE(sent.size(), ref.size());
    for (int y = 0; y < ref.height(); ++y) // PNG upload is lossless
        for (int x = 0; x < ref.width(); ++x)
            QCOMPARE(sent.pixel(x, y), ref.pixel(x, y));
    QCOMPARE(r.encodedImageBytes, qint64(QByteArray::fromBase64(b64.toLatin1()).size()));
}

void TestOutpaintRequest::autoCropSendsOnlyVisiblePart()
{
    const QImage ref = gradient({200, 200});
    Placement p(QSize(300, 300), ref.size());
    p.setOffset({-50, 250});
    p.setAutoCrop(true);
    QString error;
    const OutpaintRequest r = OutpaintRequest::build(ref, p, {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Visible: x 0..149 of the canvas (reference x 50..199), y 250..299 (reference y 0..49).
    QCOMPARE(r.reference.canvasRect, QRect(0, 250, 150, 50));
    QCOMPARE(r.body.value(QStringLiteral("reference_offset_x")).toInt(), 0);
    QCOMPARE(r.body.value(QStringLiteral("reference_offset_y")).toInt(), 250);
    const QImage sent = decodeSent(r);
    QCOMPARE(sent.size(), QSize(150, 50));
    QCOMPARE(sent.pixel(0, 0), ref.pixel(50, 0));
    QCOMPARE(sent.pixel(149, 49), ref.pixel(199, 49));

    // Fewer bytes than sending the whole reference.
    Placement whole(QSize(300, 300), ref.size());
    const OutpaintRequest full = OutpaintRequest::build(ref, whole, {}, nullptr);
    QVERIFY(r.encodedImageBytes < full.encodedImageBytes);
}

void TestOutpaintRequest::scaledReferenceIsResampled()
{
    const QImage ref = gradient({1000, 600});
    Placement p(QSize(800, 600), ref.size());
    p.setReferenceScale(0.5);
    const OutpaintRequest r = OutpaintRequest::build(ref, p, {}, nullptr);
    QCOMPARE(decodeSent(r).size(), QSize(500, 300));
    QCOMPARE(r.reference.canvasRect, QRect(150, 150, 500, 300));
}

void TestOutpaintRequest::optionsMapToFields()
{
    const QImage ref = gradient({100, 100});
    Placement p(QSize(200, 200), ref.size());
    OutpaintOptions o;
    o.mode = GenerationMode::Fast;
    o.outputFormat = ImageFormat::Webp;
    o.safetyTolerance = 5;
    o.prompt = QStringLiteral("   ");
    const QJsonObject b = OutpaintRequest::build(ref, p, o, nullptr).body;
    QCOMPARE(b.value(QStringLiteral("mode")).toString(), QStringLiteral("fast"));
    QCOMPARE(b.value(QStringLiteral("output_format")).toString(), QStringLiteral("webp"));
    QCOMPARE(b.value(QStringLiteral("safety_tolerance")).toInt(), 5);
    QVERIFY(!b.contains(QStringLiteral("prompt"))); // blank prompt: not sent
    QVERIFY(!b.contains(QStringLiteral("disable_pup")));
    QCOMPARE(b.value(QStringLiteral("auto_crop")).toBool(), false);

    o.safetyTolerance = 6;
    QString error;
    QVERIFY(OutpaintRequest::build(ref, p, o, &error).body.isEmpty());
    QVERIFY(error.contains(QStringLiteral("between 0 and 5")));
}

void TestOutpaintRequest::invalidPlacementIsRefused()
{
    const QImage ref = gradient({100, 100});
    Placement p(QSize(4096, 2048), ref.size()); // 8 MP
    QString error;
    const OutpaintRequest r = OutpaintRequest::build(ref, p, {}, &error);
    QVERIFY(r.body.isEmpty());
    QVERIFY(error.contains(QStringLiteral("4,194,304")));
}

void TestOutpaintRequest::wrongImageForPlacementIsRefused()
{
    Placement p(QSize(400, 400), QSize(100, 100));
    QString error;
    QVERIFY(OutpaintRequest::build(gradient({120, 100}), p, {}, &error).body.isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestOutpaintRequest)
#include "tst_outpaintrequest.moc"
