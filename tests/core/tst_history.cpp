// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history.h"
#include "layerrenderer.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace outframe;

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsAFullSidecar();
    void toleratesBadSidecars_data();
    void toleratesBadSidecars();
    void scanListsNewestFirstAndSkipsNoise();
    void entryBecomesALayerThatPastesBack();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static QJsonObject sidecar(const QString &created, const QString &taskId);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestHistory::write(const QString &name, const QByteArray &bytes)
{
    const QString path = QDir(m_dir->path()).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write");
    return path;
}

QJsonObject TestHistory::sidecar(const QString &created, const QString &taskId)
{
    // As the service writes it (shared/sidecar.md).
    return QJsonObject{
        {"format", "outframe-result"},
        {"version", 1},
        {"engine", "flux"},
        {"task_id", taskId},
        {"created", created},
        {"label", "beach.jpg"},
        {"source", "/photos/beach.jpg"},
        {"parameters", QJsonObject{{"width", 120},
                                   {"height", 90},
                                   {"reference_offset_x", 20},
                                   {"reference_offset_y", 15},
                                   {"auto_crop", false},
                                   {"prompt", "dunes"},
                                   {"mode", "fast"},
                                   {"output_format", "jpeg"},
                                   {"safety_tolerance", 3},
                                   {"reference_scale", 0.5}}},
        {"reference_rect", QJsonObject{{"x", 20}, {"y", 15}, {"width", 80}, {"height", 60}}},
        {"cost", 4.5},
        {"input_mp", 0.0048},
        {"output_mp", 0.0108},
        {"timings", QJsonObject{{"submitted", "2026-11-24T22:59:00Z"},
                                {"ready", QJsonValue::Null},
                                {"downloaded", "2026-11-24T23:00:00Z"},
                                {"elapsed_s", 41.5}}}};
}

static QByteArray png(QSize size, QRgb colour)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(colour);
    QByteArray bytes;
    QBuffer buf(&bytes);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "png");
    return bytes;
}

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestHistory::readsAFullSidecar()
{
    const QString image = write("beach-1.png", png({120, 90}, qRgb(1, 2, 3)));
    write("beach-1.json", QJsonDocument(sidecar("2026-11-24T23:00:00Z", "abc-123")).toJson());
    const HistoryEntry e = History::entryFor(image);
    QVERIFY2(e.hasSidecar(), qPrintable(e.problem));
    QCOMPARE(e.imagePath, image);
    QCOMPARE(e.engine, ResultEngine::Flux);
    QCOMPARE(e.taskId, QStringLiteral("abc-123"));
    QCOMPARE(e.created, QDateTime(QDate(2026, 11, 24), QTime(23, 0), Qt::UTC));
    QCOMPARE(e.label, QStringLiteral("beach.jpg"));
    QCOMPARE(e.sourcePath, QStringLiteral("/photos/beach.jpg"));
    QCOMPARE(e.canvasSize, QSize(120, 90));
    QCOMPARE(e.referenceOffset, QPoint(20, 15));
    QCOMPARE(e.referenceScale, 0.5);
    QCOMPARE(e.options.prompt, QStringLiteral("dunes"));
    QCOMPARE(e.options.mode, GenerationMode::Fast);
    QCOMPARE(e.options.outputFormat, ImageFormat::Jpeg);
    QCOMPARE(e.options.safetyTolerance, 3);
    QCOMPARE(e.referenceRect, QRect(20, 15, 80, 60));
    QCOMPARE(e.cost, std::optional<double>(4.5));
    QCOMPARE(e.outputMegapixels, std::optional<double>(0.0108));
    QCOMPARE(e.elapsedSeconds, 41.5);
    const Placement p = e.placement();
    QCOMPARE(p.referenceNativeSize(), QSize(160, 120));
    QCOMPARE(p.referenceRect(), QRect(20, 15, 80, 60));
}

void TestHistory::toleratesBadSidecars_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("missing") << QByteArray() << "no sidecar";
    QTest::newRow("not json") << QByteArray("{\"format\": \"outframe-res") << "not valid JSON";
    QTest::newRow("another format")
        << QByteArray("{\"format\": \"something\"}") << "not an Outframe result";
    QTest::newRow("no parameters")
        << QByteArray("{\"format\": \"outframe-result\", \"version\": 1}") << "canvas size";
    QJsonObject newer = sidecar("2026-11-24T23:00:00Z", "x");
    newer.insert("version", 9);
    QTest::newRow("newer") << QJsonDocument(newer).toJson() << "newer Outframe";
}

void TestHistory::toleratesBadSidecars()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QString image = write("r.png", png({120, 90}, qRgb(1, 2, 3)));
    if (!json.isNull())
        write("r.json", json);
    const HistoryEntry e = History::entryFor(image);
    QVERIFY(!e.hasSidecar());
    QVERIFY2(e.problem.contains(problem), qPrintable(e.problem));
    QCOMPARE(e.imagePath, image); // the image is still offered
    QVERIFY(e.created.isValid());
}

void TestHistory::scanListsNewestFirstAndSkipsNoise()
{
    write("old.png", png({120, 90}, qRgb(1, 1, 1)));
    write("old.json", QJsonDocument(sidecar("2026-11-20T10:00:00Z", "old")).toJson());
    write("new.webp", png({120, 90}, qRgb(2, 2, 2))); // content need not match the suffix here
    write("new.json", QJsonDocument(sidecar("2026-11-24T10:00:00Z", "new")).toJson());
    write("mid.jpg", png({120, 90}, qRgb(3, 3, 3)));
    write("mid.json", QJsonDocument(sidecar("2026-11-22T10:00:00Z", "mid")).toJson());
    write("orphan.json", QJsonDocument(sidecar("2026-11-25T10:00:00Z", "orphan")).toJson());
    write("notes.txt", "hello");
    write("empty.png", QByteArray());
    write("temp.png.aB12cd", "partial"); // an atomic write in progress
    const QList<HistoryEntry> entries = History::scan(m_dir->path());
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).taskId, QStringLiteral("new"));
    QCOMPARE(entries.at(1).taskId, QStringLiteral("mid"));
    QCOMPARE(entries.at(2).taskId, QStringLiteral("old"));
    QVERIFY(History::scan(m_dir->filePath("missing-folder")).isEmpty());
}

void TestHistory::entryBecomesALayerThatPastesBack()
{
    const QString image = write("beach-1.png", png({120, 90}, qRgb(0, 0, 200)));
    write("beach-1.json", QJsonDocument(sidecar("2026-11-24T23:00:00Z", "abc")).toJson());
    const HistoryEntry e = History::entryFor(image);
    QImage native(160, 120, QImage::Format_RGB32);
    native.fill(qRgb(250, 0, 0));
    ResultLayer layer = e.toLayer(QImage(image), native.size());
    layer.seam.colourMatch = false; // flat test colours: a cast would be "matched" away
    QCOMPARE(layer.taskId, QStringLiteral("abc"));
    QCOMPARE(layer.options.prompt, QStringLiteral("dunes"));
    QCOMPARE(layer.sourcePath, image);
    QCOMPARE(layer.cost, std::optional<double>(4.5));
    // Back in a project, the original is pasted where it was sent.
    const QImage rendered = renderLayer(layer, native);
    QCOMPARE(rendered.pixel(50, 40), qRgb(250, 0, 0));
    QCOMPARE(rendered.pixel(5, 5) & 0xff, 200u & 0xff);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
