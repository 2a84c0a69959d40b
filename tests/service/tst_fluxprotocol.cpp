// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The contract's answers, parsed: statuses, errors, detail lists, Retry-After.
#include "fluxprotocol.h"

#include <QtTest>

using namespace outframe;

class TestFluxProtocol : public QObject
{
    Q_OBJECT

private slots:
    void optionalFieldsOnlyWhenNotDefault();
    void forbiddenOptionalFields_data();
    void forbiddenOptionalFields();
    void taskStates_data();
    void taskStates();
    void notATaskState_data();
    void notATaskState();
    void submitted();
    void submittedRejectsNonsense_data();
    void submittedRejectsNonsense();
    void httpErrors_data();
    void httpErrors();
    void retryAfter_data();
    void retryAfter();
    void credits();
};

// A deployment on the older schema forbids mode and safety_tolerance: a job that asks for
// nothing new must not send them at all.
void TestFluxProtocol::optionalFieldsOnlyWhenNotDefault()
{
    const QJsonObject defaults{{"width", 256},           {"mode", "high"},
                               {"safety_tolerance", 2},  {"disable_pup", false},
                               {"prompt", QJsonValue()}, {"output_format", "png"}};
    QCOMPARE(FluxProtocol::withoutDefaults(defaults),
             (QJsonObject{{"width", 256}, {"output_format", "png"}}));
    const QJsonObject chosen{{"width", 256},
                             {"mode", "fast"},
                             {"safety_tolerance", 0},
                             {"disable_pup", true},
                             {"prompt", "a calm sea"}};
    QCOMPARE(FluxProtocol::withoutDefaults(chosen), chosen);
    QVERIFY(!FluxProtocol::withoutDefaults(QJsonObject{{"prompt", "  "}}).contains("prompt"));
}

void TestFluxProtocol::forbiddenOptionalFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("fields");
    const QByteArray mode =
        R"({"type":"extra_forbidden","loc":["body","mode"],"msg":"Extra inputs are not permitted","input":"fast"})";
    const QByteArray tolerance =
        R"({"type":"extra_forbidden","loc":["body","safety_tolerance"],"msg":"Extra inputs are not permitted","input":4})";
    QTest::newRow("one") << QByteArray(R"({"detail":[)" + mode + "]}") << QStringList{"mode"};
    QTest::newRow("two") << QByteArray(R"({"detail":[)" + mode + ',' + tolerance + "]}")
                         << QStringList{"mode", "safety_tolerance"};
    // A required or unknown field, or any other complaint, would fail the resubmit too.
    QTest::newRow("not optional")
        << QByteArray(
               R"({"detail":[{"type":"extra_forbidden","loc":["body","seed"],"msg":"Extra inputs are not permitted"}]})")
        << QStringList{};
    QTest::newRow("with another error")
        << QByteArray(
               R"({"detail":[)" + mode +
               R"(,{"type":"greater_than_equal","loc":["body","width"],"msg":"too small"}]})")
        << QStringList{};
    QTest::newRow("optional but another type")
        << QByteArray(
               R"({"detail":[{"type":"literal_error","loc":["body","mode"],"msg":"Input should be 'high' or 'fast'"}]})")
        << QStringList{};
    QTest::newRow("string detail")
        << QByteArray(R"({"detail":"mode not permitted"})") << QStringList{};
    QTest::newRow("not json") << QByteArray("<html>422</html>") << QStringList{};
}

void TestFluxProtocol::forbiddenOptionalFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, fields);
    QCOMPARE(FluxProtocol::forbiddenOptionalFields(body), fields);
}

void TestFluxProtocol::taskStates_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<QString>("message");
    QTest::addColumn<double>("progress");

    using K = TaskState::Kind;
    QTest::newRow("Pending") << QByteArray(R"({"id":"a","status":"Pending","result":null})")
                             << int(K::Running) << true << "" << -1.0;
    QTest::newRow("Reasoning") << QByteArray(R"({"id":"a","status":"Reasoning","progress":0.2})")
                               << int(K::Running) << false << "" << 0.2;
    QTest::newRow("Generating") << QByteArray(R"({"id":"a","status":"Generating","progress":0.75})")
                                << int(K::Running) << false << "" << 0.75;
    QTest::newRow("unknown status") << QByteArray(R"({"id":"a","status":"Queued For GPU"})")
                                    << int(K::Running) << false << "" << -1.0;
    QTest::newRow("progress out of range")
        << QByteArray(R"({"id":"a","status":"Generating","progress":7})") << int(K::Running)
        << false << "" << 1.0;
    QTest::newRow("Ready")
        << QByteArray(
               R"({"id":"a","status":"Ready","result":{"sample":"https://delivery.bfl.ai/x.png"}})")
        << int(K::Ready) << false << "" << -1.0;
    QTest::newRow("Error details") << QByteArray(R"({"status":"Error","details":{"error":"boom"}})")
                                   << int(K::Error) << false << "boom" << -1.0;
    QTest::newRow("Error result fallback")
        << QByteArray(R"({"status":"Error","details":null,"result":{"error":"bust"}})")
        << int(K::Error) << false << "bust" << -1.0;
    QTest::newRow("Request Moderated") << QByteArray(R"({"status":"Request Moderated"})")
                                       << int(K::RequestModerated) << false << "" << -1.0;
    QTest::newRow("Content Moderated")
        << QByteArray(
               R"({"status":"Content Moderated","details":{"Moderation Reasons":["A","B"]}})")
        << int(K::ContentModerated) << false << "A, B" << -1.0;
    QTest::newRow("Task not found") << QByteArray(R"({"id":"a","status":"Task not found"})")
                                    << int(K::NotFound) << false << "" << -1.0;
}

void TestFluxProtocol::taskStates()
{
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(bool, pending);
    QFETCH(QString, message);
    QFETCH(double, progress);
    const auto state = FluxProtocol::parseTaskState(body);
    QVERIFY(state);
    QCOMPARE(int(state->kind), kind);
    QCOMPARE(state->pending(), pending);
    QCOMPARE(state->message, message);
    QCOMPARE(state->progress.value_or(-1.0), progress);
    if (state->kind == TaskState::Kind::Ready)
        QCOMPARE(state->sample, QUrl("https://delivery.bfl.ai/x.png"));
    QCOMPARE(state->isTerminal(), state->kind != TaskState::Kind::Running);
}

void TestFluxProtocol::notATaskState_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("no status") << QByteArray(R"({"id":"a"})");
    QTest::newRow("status not a string") << QByteArray(R"({"status":3})");
    QTest::newRow("truncated json") << QByteArray(R"({"status":"Rea)");
}

void TestFluxProtocol::notATaskState()
{
    QFETCH(QByteArray, body);
    QVERIFY(!FluxProtocol::parseTaskState(body));
}

void TestFluxProtocol::submitted()
{
    QString error;
    const auto task = FluxProtocol::parseSubmitted(
        R"({"id":"abc","polling_url":"https://api.eu2.bfl.ai/v1/get_result?id=abc","cost":4.5,"input_mp":0.5,"output_mp":1.2})",
        &error);
    QVERIFY(task);
    QCOMPARE(task->id, QStringLiteral("abc"));
    QCOMPARE(task->pollingUrl, QUrl("https://api.eu2.bfl.ai/v1/get_result?id=abc"));
    QCOMPARE(task->cost.value_or(0), 4.5);
    QCOMPARE(task->inputMegapixels.value_or(0), 0.5);
    QCOMPARE(task->outputMegapixels.value_or(0), 1.2);

    const auto nulls =
        FluxProtocol::parseSubmitted(R"({"id":"x","cost":null,"input_mp":null})", &error);
    QVERIFY(nulls);
    QVERIFY(!nulls->cost);
    QVERIFY(nulls->pollingUrl.isEmpty());
}

void TestFluxProtocol::submittedRejectsNonsense_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("Accepted");
    QTest::newRow("no id") << QByteArray(R"({"polling_url":"https://x"})");
    QTest::newRow("empty id") << QByteArray(R"({"id":""})");
}

void TestFluxProtocol::submittedRejectsNonsense()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!FluxProtocol::parseSubmitted(body, &error));
    QVERIFY(!error.isEmpty());
}

void TestFluxProtocol::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("call");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    using K = JobError::Kind;
    const int submit = int(ApiCall::Submit), poll = int(ApiCall::Poll),
              download = int(ApiCall::Download);
    QTest::newRow("402") << 402 << QByteArray(R"({"detail":"Insufficient credits"})") << submit
                         << int(K::OutOfCredits) << "Out of credits — top up your account";
    QTest::newRow("403 api") << 403 << QByteArray(R"({"detail":"Not authenticated"})") << poll
                             << int(K::InvalidKey) << "API key was refused";
    QTest::newRow("403 download") << 403 << QByteArray("<Error/>") << download
                                  << int(K::ServiceFailure) << "download link";
    QTest::newRow("404 poll") << 404 << QByteArray(R"({"detail":"Not Found"})") << poll
                              << int(K::TaskNotFound) << "no longer knows";
    QTest::newRow("422 list with loc")
        << 422
        << QByteArray(R"({"detail":[{"loc":["body","height"],"msg":"too small","type":"t"}]})")
        << submit << int(K::Rejected) << "refused the request: height: too small";
    QTest::newRow("422 list without loc")
        << 422 << QByteArray(R"({"detail":[{"msg":"bad image"},{"msg":"bad size"}]})") << submit
        << int(K::Rejected) << "bad image; bad size";
    QTest::newRow("422 string") << 422 << QByteArray(R"({"detail":"Prompt too long"})") << submit
                                << int(K::Rejected) << "Prompt too long";
    QTest::newRow("422 not json") << 422 << QByteArray("nope") << submit << int(K::Rejected)
                                  << "refused the request.";
    QTest::newRow("429") << 429 << QByteArray(R"({"detail":"Too many"})") << submit
                         << int(K::ServiceFailure) << "Too many jobs";
    QTest::newRow("500") << 500 << QByteArray("oops") << poll << int(K::ServiceFailure)
                         << "HTTP 500";
    QTest::newRow("503") << 503 << QByteArray() << submit << int(K::ServiceFailure) << "HTTP 503";
    QTest::newRow("418 with detail") << 418 << QByteArray(R"({"detail":"teapot"})") << submit
                                     << int(K::ServiceFailure) << "(teapot)";
}

void TestFluxProtocol::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, call);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const JobError error = FluxProtocol::errorForHttpStatus(status, body, ApiCall(call));
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
}

void TestFluxProtocol::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: unusable
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("fraction") << QByteArray(" 0.25 ") << qint64(250);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    // Absurd waits are capped at a day (the caller gives up on waits beyond its own limit);
    // they must never turn into a negative wait, i.e. an immediate retry storm.
    QTest::newRow("huge") << QByteArray("1e30") << qint64(86'400'000);
    QTest::newRow("a year") << QByteArray("31536000") << qint64(86'400'000);
    QTest::newRow("not a number") << QByteArray("nan") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
    QTest::newRow("date in ten minutes")
        << QLocale::c()
               .toString(QDateTime::currentDateTimeUtc().addSecs(600),
                         QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
               .toLatin1()
        << qint64(600'000);
}

void TestFluxProtocol::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const qint64 ms = FluxProtocol::retryAfterMs(header).value_or(-1);
    // An HTTP date is read against the clock: allow the seconds the test itself takes.
    QVERIFY2(ms == expected || (expected > 1000 && qAbs(ms - expected) <= 2000),
             qPrintable(QString::number(ms)));
}

void TestFluxProtocol::credits()
{
    QCOMPARE(FluxProtocol::parseCredits(R"({"credits": 12.5})").value_or(-1), 12.5);
    QVERIFY(!FluxProtocol::parseCredits("<html/>"));
    QVERIFY(!FluxProtocol::parseCredits(R"({"credits":"many"})"));
}

QTEST_APPLESS_MAIN(TestFluxProtocol)
#include "tst_fluxprotocol.moc"
