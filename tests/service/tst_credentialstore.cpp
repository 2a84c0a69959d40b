// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the key comes from: keychain, BFL_API_KEY, never a plaintext file.
#include "credentialstore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

using namespace outframe;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void lookups_data();
    void lookups();
    void storeAndErase();
    void storeWithoutKeychainIsRefused();
    void systemKeychainAnswersAndNeverWritesAFile();

private:
    QTemporaryDir m_home;
};

void TestCredentialStore::init()
{
    qunsetenv("BFL_API_KEY");
}

void TestCredentialStore::cleanup()
{
    qunsetenv("BFL_API_KEY");
}

void TestCredentialStore::lookups_data()
{
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("env");
    QTest::addColumn<bool>("environmentFirst");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("notice"); // a fragment; empty: no notice

    const int none = int(KeyLookup::Source::None), env = int(KeyLookup::Source::Environment),
              chain = int(KeyLookup::Source::Keychain);
    QTest::newRow("app: stored key wins") << true << "stored-1"
                                          << "env-1" << false << "stored-1" << chain << "";
    QTest::newRow("app: nothing stored, env") << true << ""
                                              << "env-1" << false << "env-1" << env << "";
    QTest::newRow("cli: env wins") << true << "stored-1"
                                   << "env-1" << true << "env-1" << env << "";
    QTest::newRow("cli: no env, stored key") << true << "stored-1"
                                             << "" << true << "stored-1" << chain << "";
    QTest::newRow("no keychain, env") << false << ""
                                      << "env-1" << false << "env-1" << env << "using BFL_API_KEY";
    QTest::newRow("no keychain, no env")
        << false << ""
        << "" << false << "" << none << "No system keychain is running";
    QTest::newRow("nothing anywhere") << true << ""
                                      << "" << false << "" << none << "";
}

void TestCredentialStore::lookups()
{
    QFETCH(bool, available);
    QFETCH(QString, stored);
    QFETCH(QString, env);
    QFETCH(bool, environmentFirst);
    QFETCH(QString, key);
    QFETCH(int, source);
    QFETCH(QString, notice);

    if (!env.isEmpty())
        qputenv("BFL_API_KEY", env.toUtf8());
    MemoryCredentialStore store;
    if (!stored.isEmpty()) {
        QSignalSpy done(&store, &CredentialStore::stored);
        store.store(stored);
        QTRY_COMPARE(done.size(), 1);
    }
    store.setAvailable(available);
    const KeyLookup lookup =
        store.loadAndWait(environmentFirst ? CredentialStore::Order::EnvironmentFirst
                                           : CredentialStore::Order::KeychainFirst);
    QCOMPARE(lookup.key, key);
    QCOMPARE(int(lookup.source), source);
    QCOMPARE(lookup.found(), !key.isEmpty());
    QCOMPARE(lookup.keychainAvailable, available || (environmentFirst && !env.isEmpty()));
    if (notice.isEmpty())
        QVERIFY2(lookup.notice.isEmpty(), qPrintable(lookup.notice));
    else
        QVERIFY2(lookup.notice.contains(notice), qPrintable(lookup.notice));
    if (!key.isEmpty())
        QVERIFY(!lookup.notice.contains(key));
}

void TestCredentialStore::storeAndErase()
{
    MemoryCredentialStore store;
    QSignalSpy stored(&store, &CredentialStore::stored);
    QSignalSpy erased(&store, &CredentialStore::erased);
    store.store(QStringLiteral("  abc  "));
    QTRY_COMPARE(stored.size(), 1);
    QVERIFY(stored.first().first().toBool());
    QCOMPARE(store.storedKey(), QStringLiteral("abc"));
    store.erase();
    QTRY_COMPARE(erased.size(), 1);
    QVERIFY(erased.first().first().toBool());
    QVERIFY(!store.loadAndWait(CredentialStore::Order::KeychainFirst).found());
}

void TestCredentialStore::storeWithoutKeychainIsRefused()
{
    MemoryCredentialStore store;
    store.setAvailable(false);
    QSignalSpy stored(&store, &CredentialStore::stored);
    store.store(QStringLiteral("secret-xyz"));
    QTRY_COMPARE(stored.size(), 1);
    QVERIFY(!stored.first().at(0).toBool());
    const QString message = stored.first().at(1).toString();
    QVERIFY(message.contains(QLatin1String("never writes it to a plain file")));
    QVERIFY(!message.contains(QLatin1String("secret-xyz")));
    QVERIFY(store.storedKey().isEmpty());
}

void TestCredentialStore::systemKeychainAnswersAndNeverWritesAFile()
{
    // Whatever this machine has (usually no Secret Service here), the store answers in time
    // and writes the key to no file under the user's folders.
    QVERIFY(m_home.isValid());
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + "/config").toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + "/data").toUtf8());
    const QByteArray secret = "sk-never-on-disk-93f1";
    KeychainCredentialStore store;
    QSignalSpy stored(&store, &CredentialStore::stored);
    store.store(QString::fromLatin1(secret));
    QTRY_VERIFY_WITH_TIMEOUT(stored.size() == 1, 15'000);
    const bool keychainWorks = stored.first().first().toBool();
    if (!keychainWorks)
        QVERIFY(stored.first().at(1).toString().contains(QLatin1String("No system keychain")));

    qputenv("BFL_API_KEY", "env-key-1");
    const KeyLookup lookup = store.loadAndWait(CredentialStore::Order::KeychainFirst, 15'000);
    if (keychainWorks) {
        QCOMPARE(lookup.key, QString::fromLatin1(secret));
        QSignalSpy erased(&store, &CredentialStore::erased);
        store.erase();
        QTRY_VERIFY_WITH_TIMEOUT(erased.size() == 1, 15'000);
    } else {
        QCOMPARE(lookup.key, QStringLiteral("env-key-1"));
        QCOMPARE(lookup.source, KeyLookup::Source::Environment);
        QVERIFY(lookup.notice.contains(QLatin1String("No system keychain")));
    }

    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
    }
}

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
