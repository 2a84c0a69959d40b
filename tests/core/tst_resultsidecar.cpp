// The result sidecar: what is written beside every saved result and read back by History.
#include "resultsidecar.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace outframe;

class TestResultSidecar : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFirstReleasesFluxSidecar();
    void readsTheFirstReleasesOfflineSidecar();
    void writesWhatTheFirstReleaseWrote_data();
    void writesWhatTheFirstReleaseWrote();
    void roundTrips();
    void scaledUpReferenceIsKept();
    void badRecords_data();
    void badRecords();

private:
    static QJsonObject fixture(const char *name);
};

QJsonObject TestResultSidecar::fixture(const char *name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("../data/") + QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestResultSidecar::readsTheFirstReleasesFluxSidecar()
{
    QString error = QStringLiteral("stale");
    const auto s = ResultSidecar::fromJson(fixture("sidecar-v1-flux.json"), &error);
    QVERIFY(s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s->version, 1);
    QCOMPARE(s->engine, ResultEngine::Flux);
    QCOMPARE(s->taskId, QStringLiteral("3f2a9c1e-77b0-4d2e-9a51-0c6b8e2d4f10"));
    QCOMPARE(s->created, QDateTime(QDate(2026, 11, 24), QTime(22, 58, 42), Qt::UTC));
    QCOMPARE(s->label, QStringLiteral("forest.jpg"));
    QCOMPARE(s->sourcePath, QStringLiteral("/home/artist/photos/forest.jpg"));
    QCOMPARE(s->parameters.canvasSize, QSize(1536, 1024));
    QCOMPARE(s->parameters.referenceOffset, QPoint(120, 212));
    QVERIFY(!s->parameters.autoCrop);
    QCOMPARE(s->parameters.referenceScale, 0.75);
    QCOMPARE(s->parameters.options.prompt, QStringLiteral("misty pine forest, “dawn”"));
    QCOMPARE(s->parameters.options.mode, GenerationMode::Fast);
    QCOMPARE(s->parameters.options.outputFormat, ImageFormat::Jpeg);
    QCOMPARE(s->parameters.options.safetyTolerance, 4);
    QCOMPARE(s->referenceRect, QRect(120, 212, 900, 600));
    QCOMPARE(s->cost, std::optional<double>(20.0));
    QCOMPARE(s->inputMegapixels, std::optional<double>(0.54));
    QCOMPARE(s->outputMegapixels, std::optional<double>(1.57));
    QCOMPARE(s->submitted, QDateTime(QDate(2026, 11, 24), QTime(22, 58, 1), Qt::UTC));
    QCOMPARE(s->ready, QDateTime(QDate(2026, 11, 24), QTime(22, 58, 40), Qt::UTC));
    QCOMPARE(s->downloaded, QDateTime(QDate(2026, 11, 24), QTime(22, 58, 42), Qt::UTC));
    QCOMPARE(s->elapsedSeconds, 41.25);
}

void TestResultSidecar::readsTheFirstReleasesOfflineSidecar()
{
    QString error;
    const auto s = ResultSidecar::fromJson(fixture("sidecar-v1-local.json"), &error);
    QVERIFY(s);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s->engine, ResultEngine::Local);
    QVERIFY(s->taskId.isEmpty());
    QVERIFY(s->sourcePath.isEmpty());
    QVERIFY(!s->cost);
    QVERIFY(!s->inputMegapixels);
    QVERIFY(!s->ready.isValid());
    QCOMPARE(s->parameters.options.mode, GenerationMode::High);
    QCOMPARE(s->elapsedSeconds, 3.5);
}

// Tools that read sidecars (and older Outframes) see exactly the keys and values they knew.
void TestResultSidecar::writesWhatTheFirstReleaseWrote_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("flux") << "sidecar-v1-flux.json";
    QTest::newRow("offline") << "sidecar-v1-local.json";
}

void TestResultSidecar::writesWhatTheFirstReleaseWrote()
{
    QFETCH(QString, name);
    const QJsonObject json = fixture(name.toLatin1().constData());
    QString error;
    const auto s = ResultSidecar::fromJson(json, &error);
    QVERIFY(s);
    QCOMPARE(s->toJson(), json);
}

void TestResultSidecar::roundTrips()
{
    ResultSidecar s;
    s.engine = ResultEngine::Flux;
    s.taskId = QStringLiteral("abc/def:1");
    s.created = QDateTime(QDate(2026, 12, 1), QTime(8, 0, 5), Qt::UTC);
    s.label = QStringLiteral("ä label");
    s.sourcePath = QStringLiteral("/x/y.png");
    Placement p(QSize(800, 600), QSize(200, 100));
    p.setReferenceScale(2.5);
    p.setAutoCrop(true);
    OutpaintOptions o;
    o.prompt = QStringLiteral("waves");
    o.outputFormat = ImageFormat::Webp;
    o.safetyTolerance = 0;
    s.parameters = ResultSidecar::Parameters::from(p, o);
    QCOMPARE(s.parameters.referenceOffset, QPoint(150, 175)); // centring resolved
    s.referenceRect = QRect(150, 175, 500, 250);
    s.cost = 12.5;
    s.inputMegapixels = 0.02;
    s.outputMegapixels = 0.48;
    s.submitted = s.created.addSecs(-30);
    s.ready = s.created.addSecs(-2);
    s.downloaded = s.created;
    s.elapsedSeconds = 30.5;
    QString error;
    const auto back = ResultSidecar::fromJson(s.toJson(), &error);
    QVERIFY(back);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(*back == s);
}

// A result made with the image at 250 % goes back on the canvas at 250 %, not at 100 %.
void TestResultSidecar::scaledUpReferenceIsKept()
{
    QJsonObject json = fixture("sidecar-v1-flux.json");
    QJsonObject parameters = json.value("parameters").toObject();
    parameters.insert("reference_scale", 2.5);
    json.insert("parameters", parameters);
    QString error;
    QCOMPARE(ResultSidecar::fromJson(json, &error)->parameters.referenceScale, 2.5);
    parameters.insert("reference_scale", 9.0); // beyond what Outframe can make
    json.insert("parameters", parameters);
    QCOMPARE(ResultSidecar::fromJson(json, &error)->parameters.referenceScale, 1.0);
}

void TestResultSidecar::badRecords_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<QString>("message");
    QTest::newRow("another format")
        << QJsonObject{{"format", "something"}} << false << "not an Outframe result record";
    QTest::newRow("empty") << QJsonObject{} << false << "not an Outframe result record";
    QTest::newRow("no parameters")
        << QJsonObject{{"format", "outframe-result"}, {"version", 1}} << true << "canvas size";
    QJsonObject newer = fixture("sidecar-v1-flux.json");
    newer.insert("version", 9);
    QTest::newRow("newer") << newer << true << "newer Outframe";
}

void TestResultSidecar::badRecords()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, readable);
    QFETCH(QString, message);
    QString error;
    const auto s = ResultSidecar::fromJson(json, &error);
    QCOMPARE(bool(s), readable);
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_APPLESS_MAIN(TestResultSidecar)
#include "tst_resultsidecar.moc"
