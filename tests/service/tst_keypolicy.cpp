// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Which URL may carry the API key, and which may be contacted at all.
#include "keypolicy.h"

#include <QtTest>

using namespace outframe;

class TestKeyPolicy : public QObject
{
    Q_OBJECT

private slots:
    void mayCarryKey_data();
    void mayCarryKey();
    void transport_data();
    void transport();
};

void TestKeyPolicy::mayCarryKey_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("download");
    QTest::addColumn<bool>("expected");

    const QString global = QStringLiteral("https://api.bfl.ai");
    QTest::newRow("global submit")
        << global << "https://api.bfl.ai/v1/flux-tools/outpainting-v1" << false << true;
    QTest::newRow("regional polling host")
        << global << "https://api.eu2.bfl.ai/v1/get_result?id=1" << false << true;
    QTest::newRow("another region")
        << global << "https://api.isr.bfl.ai/v1/get_result" << false << true;
    QTest::newRow("bfl.ai itself") << global << "https://bfl.ai/v1/credits" << false << true;
    QTest::newRow("upper-case host")
        << global << "https://API.US2.BFL.AI/v1/get_result" << false << true;
    QTest::newRow("sample download on a bfl host")
        << global << "https://delivery-eu1.bfl.ai/results/abc/sample.png?se=1" << true << false;
    QTest::newRow("sample download on loopback base")
        << "http://127.0.0.1:8080"
        << "http://127.0.0.1:8080/delivery/x.png" << true << false;
    QTest::newRow("http to bfl.ai")
        << global << "http://api.bfl.ai/v1/get_result" << false << false;
    QTest::newRow("look-alike suffix")
        << global << "https://evilbfl.ai/v1/get_result" << false << false;
    QTest::newRow("bfl.ai as a subdomain elsewhere")
        << global << "https://api.bfl.ai.example.com/v1/get_result" << false << false;
    QTest::newRow("unrelated https host")
        << global << "https://example.com/v1/get_result" << false << false;
    QTest::newRow("configured custom https host")
        << "https://proxy.example.com"
        << "https://proxy.example.com/v1/get_result" << false << true;
    QTest::newRow("configured loopback over http")
        << "http://127.0.0.1:8080"
        << "http://127.0.0.1:8080/v1/get_result" << false << true;
    // Another port on the configured host is another service (anyone may listen there).
    QTest::newRow("configured loopback, other port")
        << "http://127.0.0.1:8765"
        << "http://127.0.0.1:9999/v1/get_result" << false << false;
    QTest::newRow("configured https host, other port")
        << "https://proxy.example.com"
        << "https://proxy.example.com:8443/v1/get_result" << false << false;
    QTest::newRow("configured https host, its default port spelled out")
        << "https://proxy.example.com"
        << "https://proxy.example.com:443/v1/get_result" << false << true;
    QTest::newRow("loopback not configured")
        << global << "http://127.0.0.1:8080/v1/get_result" << false << false;
    QTest::newRow("localhost is not 127.0.0.1")
        << "http://127.0.0.1:8080"
        << "http://localhost:8080/v1/get_result" << false << false;
    QTest::newRow("configured host with http to another machine")
        << "http://api.example.com"
        << "http://api.example.com/v1/get_result" << false << false;
    QTest::newRow("configured https host, url over http")
        << "https://proxy.example.com"
        << "http://proxy.example.com/v1/get_result" << false << false;
    QTest::newRow("credentials in the url")
        << global << "https://user:pw@api.bfl.ai/v1/credits" << false << false;
    QTest::newRow("not a url") << global << "get_result" << false << false;
}

void TestKeyPolicy::mayCarryKey()
{
    QFETCH(QString, base);
    QFETCH(QString, url);
    QFETCH(bool, download);
    QFETCH(bool, expected);
    const KeyPolicy policy{QUrl(base)};
    QCOMPARE(policy.mayCarryKey(QUrl(url),
                                download ? KeyPolicy::Purpose::Download : KeyPolicy::Purpose::Api),
             expected);
}

void TestKeyPolicy::transport_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https") << "https://api.bfl.ai" << true;
    QTest::newRow("https anywhere") << "https://delivery.example.net/x.png" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:5000" << true;
    QTest::newRow("http loopback 127.0.0.2") << "http://127.0.0.2:5000" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:5000" << true;
    QTest::newRow("http localhost") << "http://localhost:5000" << true;
    QTest::newRow("http elsewhere") << "http://api.bfl.ai" << false;
    QTest::newRow("http private network") << "http://192.168.1.10" << false;
    QTest::newRow("ftp") << "ftp://api.bfl.ai" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("empty") << "" << false;
}

void TestKeyPolicy::transport()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(KeyPolicy::isTransportAllowed(QUrl(url)), allowed);
}

QTEST_APPLESS_MAIN(TestKeyPolicy)
#include "tst_keypolicy.moc"
