// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Typed, validated, persisted service settings with a change signal.
#include "resultstore.h"
#include "servicesettings.h"
#include "servicetesting.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace outframe;

class TestServiceSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void regions_data();
    void regions();
    void customBaseUrlIsValidated_data();
    void customBaseUrlIsValidated();
    void persistsAndSignals();
    void concurrencyIsClamped();
    void fluxBackendFollowsTheSettings();
};

void TestServiceSettings::defaults()
{
    QTemporaryDir dir;
    const ServiceSettings settings(dir.filePath("s.ini"));
    QCOMPARE(settings.region(), ServiceSettings::Region::Global);
    QCOMPARE(settings.baseUrl(), QUrl("https://api.bfl.ai"));
    QCOMPARE(settings.maxConcurrent(), 4);
    QCOMPARE(settings.resultsDirectory(), ResultStore::defaultDirectory());
    QVERIFY(settings.resultsDirectory().endsWith(QLatin1String("/Outframe")));
}

void TestServiceSettings::regions_data()
{
    QTest::addColumn<int>("region");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::newRow("global") << int(ServiceSettings::Region::Global) << "global"
                            << "https://api.bfl.ai";
    QTest::newRow("eu") << int(ServiceSettings::Region::Eu) << "eu"
                        << "https://api.eu.bfl.ai";
    QTest::newRow("us") << int(ServiceSettings::Region::Us) << "us"
                        << "https://api.us.bfl.ai";
}

void TestServiceSettings::regions()
{
    QFETCH(int, region);
    QFETCH(QString, name);
    QFETCH(QString, url);
    QTemporaryDir dir;
    ServiceSettings settings(dir.filePath("s.ini"));
    settings.setRegion(ServiceSettings::Region(region));
    QCOMPARE(settings.baseUrl(), QUrl(url));
    QCOMPARE(ServiceSettings::regionName(ServiceSettings::Region(region)), name);
    QCOMPARE(ServiceSettings::regionFromName(name), std::optional(ServiceSettings::Region(region)));
}

void TestServiceSettings::customBaseUrlIsValidated_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << "https://proxy.example.com" << true;
    QTest::newRow("loopback http") << "http://127.0.0.1:8123" << true;
    QTest::newRow("http elsewhere") << "http://proxy.example.com" << false;
    QTest::newRow("not a url") << "api.bfl.ai" << false;
    QTest::newRow("with a query") << "https://x.example.com/?key=1" << false;
}

void TestServiceSettings::customBaseUrlIsValidated()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    ServiceSettings settings(dir.filePath("s.ini"));
    settings.setRegion(ServiceSettings::Region::Custom);
    QString error;
    QCOMPARE(settings.setCustomBaseUrl(QUrl(url), &error), accepted);
    QCOMPARE(error.isEmpty(), accepted);
    QCOMPARE(settings.baseUrl(), accepted ? QUrl(url) : QUrl("https://api.bfl.ai"));
}

void TestServiceSettings::persistsAndSignals()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath("s.ini");
    {
        ServiceSettings settings(ini);
        QSignalSpy changed(&settings, &ServiceSettings::changed);
        settings.setRegion(ServiceSettings::Region::Eu);
        settings.setRegion(ServiceSettings::Region::Eu); // unchanged: no signal
        settings.setResultsDirectory(dir.filePath("results"));
        settings.setMaxConcurrent(7);
        QCOMPARE(changed.size(), 3);
    }
    ServiceSettings reread(ini);
    QCOMPARE(reread.region(), ServiceSettings::Region::Eu);
    QCOMPARE(reread.resultsDirectory(), dir.filePath("results"));
    QCOMPARE(reread.maxConcurrent(), 7);
    QSignalSpy changed(&reread, &ServiceSettings::changed);
    reread.setResultsDirectory(QString()); // back to the default
    QCOMPARE(changed.size(), 1);
    QCOMPARE(reread.resultsDirectory(), ResultStore::defaultDirectory());
}

void TestServiceSettings::concurrencyIsClamped()
{
    QTemporaryDir dir;
    ServiceSettings settings(dir.filePath("s.ini"));
    settings.setMaxConcurrent(0);
    QCOMPARE(settings.maxConcurrent(), 1);
    settings.setMaxConcurrent(99);
    QCOMPARE(settings.maxConcurrent(), 24);
}

void TestServiceSettings::fluxBackendFollowsTheSettings()
{
    using namespace outframe::test;
    FluxFixture f;
    ServiceSettings settings(f.dir.filePath("s.ini"));
    settings.setRegion(ServiceSettings::Region::Custom);
    QVERIFY(settings.setCustomBaseUrl(f.server->baseUrl()));
    settings.setResultsDirectory(f.dir.filePath("chosen"));
    settings.setTypicalDurationS(GenerationMode::High, 0.3);
    f.backend->setBaseUrl(QUrl("https://api.bfl.ai"));
    f.backend->useSettings(&settings);
    QCOMPARE(f.backend->baseUrl(), f.server->baseUrl());
    QCOMPARE(f.backend->results().directory(), f.dir.filePath("chosen"));
    QCOMPARE(f.backend->schedule().typicalDurationS(GenerationMode::High), 0.3);

    // A finished job teaches the schedule, and the settings keep it for the next run.
    const JobOutcome outcome = runJob(f.backend->createJob(testSpec(), f.backend.get()));
    QVERIFY2(outcome.done, qPrintable(outcome.error.message));
    QVERIFY(outcome.result.savedPath.startsWith(f.dir.filePath("chosen")));
    const double learned = settings.typicalDurationS(GenerationMode::High);
    QVERIFY(learned > 0 && learned != 0.3);
    QCOMPARE(learned, f.backend->schedule().typicalDurationS(GenerationMode::High));

    settings.setRegion(ServiceSettings::Region::Eu);
    QCOMPARE(f.backend->baseUrl(), QUrl("https://api.eu.bfl.ai"));
}

QTEST_MAIN(TestServiceSettings)
#include "tst_servicesettings.moc"
