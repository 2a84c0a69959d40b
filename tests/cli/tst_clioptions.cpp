// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's own checks, without running the binary: what a user typing a bad
// --scale or service address is told, and that it is what the app's settings say too.
#include "clioptions.h"
#include "keypolicy.h"
#include "placement.h"
#include "servicesettings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace outframe;

class TestCliOptions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void scaleRange_data();
    void scaleRange();
    void baseUrlMessageIsTheSameEverywhere_data();
    void baseUrlMessageIsTheSameEverywhere();
    void offlineEngineIgnoresTheAddress();

private:
    static CliParse parse(const QStringList &extra)
    {
        return CliOptionsParser::parse(
            QStringList{"outframe-cli", "in.png", "-o", "out.png", "-W", "256", "-H", "192"} +
            extra);
    }
};

void TestCliOptions::init()
{
    qunsetenv("BFL_API_BASE");
}

void TestCliOptions::scaleRange_data()
{
    QTest::addColumn<QString>("scale");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("1 %") << "0.01" << true;
    QTest::newRow("400 %") << "4" << true;
    QTest::newRow("250 %") << "2.5" << true;
    QTest::newRow("401 %") << "4.01" << false;
    QTest::newRow("zero") << "0" << false;
    QTest::newRow("under 1 %") << "0.009" << false;
    QTest::newRow("64x, once allowed") << "64" << false;
    QTest::newRow("nan") << "nan" << false;
    QTest::newRow("text") << "big" << false;
}

void TestCliOptions::scaleRange()
{
    QFETCH(QString, scale);
    QFETCH(bool, accepted);
    const CliParse p = parse({"--scale", scale});
    QCOMPARE(p.action == CliParse::Action::Run, accepted);
    if (accepted) {
        QCOMPARE(p.options.frame.scale, scale.toDouble());
    } else {
        QVERIFY2(p.text.contains(QLatin1String("--scale must be a number from 0.01 to 4")),
                 qPrintable(p.text));
    }
}

void TestCliOptions::baseUrlMessageIsTheSameEverywhere_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("http elsewhere") << "http://api.example.com";
    QTest::newRow("http private network") << "http://192.168.1.10:8080";
    QTest::newRow("ftp") << "ftp://api.bfl.ai";
    QTest::newRow("with a query") << "https://api.bfl.ai/?x=1";
}

void TestCliOptions::baseUrlMessageIsTheSameEverywhere()
{
    QFETCH(QString, url);
    const QString policy = KeyPolicy::baseUrlProblem(QUrl(url));
    QVERIFY(!policy.isEmpty());
    QVERIFY2(policy.contains(QUrl(url).toDisplayString()), qPrintable(policy));
    QVERIFY2(policy.contains(QLatin1String("https://")), qPrintable(policy));

    QTemporaryDir dir;
    ServiceSettings settings(dir.filePath("s.ini"));
    QString settingsError;
    QVERIFY(!settings.setCustomBaseUrl(QUrl(url), &settingsError));
    QCOMPARE(settingsError, policy);

    const CliParse option = parse({"--api-base", url});
    QCOMPARE(option.action, CliParse::Action::Error);
    QCOMPARE(option.text, policy);

    qputenv("BFL_API_BASE", url.toUtf8());
    const CliParse env = parse({});
    QCOMPARE(env.action, CliParse::Action::Error);
    QCOMPARE(env.text, policy);
    // --resume finishes tasks on the service too: the environment's address is checked.
    const CliParse resume = CliOptionsParser::parse({"outframe-cli", "--resume"});
    QCOMPARE(resume.text, policy);

    QVERIFY(KeyPolicy::baseUrlProblem(QUrl("https://api.eu.bfl.ai")).isEmpty());
    QVERIFY(KeyPolicy::baseUrlProblem(QUrl("http://127.0.0.1:8080")).isEmpty());
}

void TestCliOptions::offlineEngineIgnoresTheAddress()
{
    qputenv("BFL_API_BASE", "http://api.example.com");
    QCOMPARE(parse({"--engine", "local"}).action, CliParse::Action::Run);
    qputenv("BFL_API_BASE", "http://127.0.0.1:9");
    const CliParse p = parse({});
    QCOMPARE(p.action, CliParse::Action::Run);
    QCOMPARE(p.options.apiBase, QUrl("http://127.0.0.1:9"));
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
