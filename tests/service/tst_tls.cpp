// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TLS errors are never ignored: an https server with a self-signed certificate is refused,
// and nothing (least of all the key) is sent to it.
#include "servicetesting.h"

#include <QFile>
#include <QSslKey>
#include <QtTest>

using namespace outframe;
using namespace outframe::test;

class TestTls : public QObject
{
    Q_OBJECT

private slots:
    void selfSignedServerIsRefused();
    void sameServerWorksOnceItsCertificateIsTrusted();

private:
    static QSslConfiguration serverTls();
};

QSslConfiguration TestTls::serverTls()
{
    QFile certFile(QStringLiteral(OUTFRAME_TEST_TLS_DIR "/selfsigned.crt"));
    QFile keyFile(QStringLiteral(OUTFRAME_TEST_TLS_DIR "/selfsigned.key"));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return {};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

void TestTls::selfSignedServerIsRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    const QSslConfiguration tls = serverTls();
    QVERIFY(!tls.localCertificate().isNull());
    FakeBflServer server;
    QVERIFY(server.listen(tls));
    QCOMPARE(server.baseUrl().scheme(), QStringLiteral("https"));
    QTemporaryDir dir;
    FluxBackend backend(fastConfig(server.baseUrl(), dir.path()));

    const JobOutcome outcome = runJob(backend.createJob(testSpec(), &backend));
    QVERIFY(outcome.over);
    QVERIFY(!outcome.done);
    QCOMPARE(outcome.error.kind, JobError::Kind::Network);
    QVERIFY2(outcome.error.message.contains(QLatin1String("certificate could not be verified")),
             qPrintable(outcome.error.message));
    QCOMPARE(outcome.error.exitCode(), 4);
    QCOMPARE(server.requests().size(), 0); // the handshake failed: no request, no key

    QSignalSpy failed(&backend, &FluxBackend::creditsFailed);
    backend.requestCredits();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(
        failed.first().first().value<JobError>().message.contains(QLatin1String("certificate")));
    QCOMPARE(server.requests().size(), 0);
}

// The control: the refusal above is about trust, not a broken server.
void TestTls::sameServerWorksOnceItsCertificateIsTrusted()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("This Qt has no TLS backend.");
    const QSslConfiguration tls = serverTls();
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(tls.localCertificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    FakeBflServer server;
    QVERIFY(server.listen(tls));
    server.setApiKey(kTestKey);
    QTemporaryDir dir;
    FluxBackend backend(fastConfig(server.baseUrl(), dir.path()));
    const JobOutcome outcome = runJob(backend.createJob(testSpec(), &backend));
    QSslConfiguration::setDefaultConfiguration(original);
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QCOMPARE(server.requests(FakeBflServer::Endpoint::Submit).first().key(), QByteArray(kTestKey));
}

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
