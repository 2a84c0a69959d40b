// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accessibilitychecks.h"
#include "credentialstore.h"
#include "fluxbackend.h"
#include "generationcontroller.h"
#include "servicesettings.h"
#include "settingsdialog.h"
#include "studio.h"
#include "studiotesthelpers.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace outframe;

// Settings as the artist sees it: real mnemonics, the key's Forget button only when there is
// a stored key to forget, a long results folder that still shows where it ends, and the API
// address under Advanced, checked, and overridden by BFL_API_BASE as in the CLI.
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void labelsHaveRealMnemonics();
    void forgetIsOfferedOnlyForAStoredKey();
    void longFolderIsElidedInTheMiddle();
    void apiAddressIsCheckedAndStored();
    void environmentOverridesTheAddress();

private:
    std::unique_ptr<SettingsDialog> dialog(KeyLookup::Source source = KeyLookup::Source::None);

    QTemporaryDir m_dir;
    MemoryCredentialStore *m_store = nullptr;
    std::unique_ptr<Studio> m_studio;
};

void TestSettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("OutframeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    qunsetenv("BFL_API_KEY");
    qunsetenv("BFL_API_BASE");
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    m_store = new MemoryCredentialStore;
    m_studio = startStudio(m_store);
}

void TestSettingsDialog::cleanup()
{
    qunsetenv("BFL_API_BASE");
    m_studio.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::dialog(KeyLookup::Source source)
{
    KeyLookup current;
    current.source = source;
    if (source != KeyLookup::Source::None)
        current.key = QStringLiteral("*");
    auto d = std::make_unique<SettingsDialog>(m_studio->serviceSettings(), m_studio->credentials(),
                                              m_studio->generation()->flux(), current);
    d->show();
    if (!QTest::qWaitForWindowExposed(d.get()))
        qWarning("Settings was not shown");
    return d;
}

void TestSettingsDialog::labelsHaveRealMnemonics()
{
    auto d = dialog();
    QVERIFY2(testing::labelsShowingAmpersand(d.get()).isEmpty(),
             qPrintable(testing::labelsShowingAmpersand(d.get()).join(u'\n')));
    QVERIFY2(testing::unnamedControls(d.get()).isEmpty(),
             qPrintable(testing::unnamedControls(d.get()).join(u'\n')));
    // Alt+D goes to the API address on the Advanced tab, Alt+O to the jobs at once: the
    // "&" of each label is a working mnemonic, not a character on screen.
    QTest::keyClick(d.get(), Qt::Key_A, Qt::AltModifier); // the Advanced tab
    QTest::keyClick(d.get(), Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(d->apiAddressField()));
    QTest::keyClick(d.get(), Qt::Key_G, Qt::AltModifier); // back to General
    QTest::keyClick(d.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(d->concurrencyField()));
}

void TestSettingsDialog::forgetIsOfferedOnlyForAStoredKey()
{
    {
        auto d = dialog(KeyLookup::Source::None);
        QVERIFY(d->forgetKeyButton()->isHidden());
        d->keyField()->setText(QStringLiteral("secret-key"));
        QTest::keyClick(d->keyField(), Qt::Key_Return); // Save key
        QTRY_VERIFY(!d->forgetKeyButton()->isHidden()); // now there is one to forget
        QCOMPARE(m_store->storedKey(), QStringLiteral("secret-key"));
        QVERIFY(d->keyField()->text().isEmpty()); // the key is not left on screen
        QTest::mouseClick(d->forgetKeyButton(), Qt::LeftButton);
        QTRY_VERIFY(d->forgetKeyButton()->isHidden());
        QVERIFY(m_store->storedKey().isEmpty());
    }
    {
        auto d = dialog(KeyLookup::Source::Environment); // a key, but none stored
        QVERIFY(d->forgetKeyButton()->isHidden());
    }
    {
        auto d = dialog(KeyLookup::Source::Keychain);
        QVERIFY(!d->forgetKeyButton()->isHidden());
    }
}

void TestSettingsDialog::longFolderIsElidedInTheMiddle()
{
    const QString folder =
        QStringLiteral("/home/artist/a folder with a rather long name/and another one that goes "
                       "on/and on and on/Pictures/Outframe results");
    m_studio->serviceSettings()->setResultsDirectory(folder);
    auto d = dialog();
    d->resize(420, d->height());
    QLabel *shown = d->resultsFolderLabel();
    QTRY_VERIFY(shown->text().contains(QChar(0x2026)));
    QVERIFY(shown->text().startsWith(QStringLiteral("/home")));
    QVERIFY(shown->text().endsWith(QStringLiteral("results"))); // the end tells folders apart
    QVERIFY(shown->fontMetrics().horizontalAdvance(shown->text()) <= shown->width());
    QCOMPARE(shown->toolTip(), folder);
    QCOMPARE(d->resultsFolder(), folder);
    // Wide enough, the whole path shows.
    d->resize(1400, d->height());
    QTRY_COMPARE(shown->text(), folder);
    d->accept();
    QCOMPARE(m_studio->serviceSettings()->resultsDirectory(), folder);
}

void TestSettingsDialog::apiAddressIsCheckedAndStored()
{
    ServiceSettings *settings = m_studio->serviceSettings();
    {
        auto d = dialog();
        QVERIFY(d->regionField()->isEnabled());
        d->apiAddressField()->setText(QStringLiteral("http://api.example.com"));
        QVERIFY(!d->regionField()->isEnabled()); // the address wins over the region
        QSignalSpy accepted(d.get(), &QDialog::accepted);
        d->accept();
        QCOMPARE(accepted.size(), 0); // plain http off this computer is refused
        QVERIFY(d->isVisible());
        QVERIFY(d->apiAddressNote()->text().contains(QStringLiteral("https://")));
        QCOMPARE(settings->region(), ServiceSettings::Region::Global);

        d->apiAddressField()->setText(QStringLiteral("https://proxy.example.com/bfl"));
        d->accept();
        QCOMPARE(accepted.size(), 1);
    }
    QCOMPARE(settings->region(), ServiceSettings::Region::Custom);
    QCOMPARE(settings->effectiveBaseUrl(), QUrl(QStringLiteral("https://proxy.example.com/bfl")));
    QCOMPARE(m_studio->generation()->flux()->baseUrl(),
             QUrl(QStringLiteral("https://proxy.example.com/bfl")));
    {
        // Shown again next time; emptied, the region applies once more.
        auto d = dialog();
        QCOMPARE(d->apiAddressField()->text(), QStringLiteral("https://proxy.example.com/bfl"));
        d->apiAddressField()->clear();
        d->regionField()->setCurrentIndex(
            d->regionField()->findData(int(ServiceSettings::Region::Eu)));
        d->accept();
    }
    QCOMPARE(settings->region(), ServiceSettings::Region::Eu);
    QCOMPARE(m_studio->generation()->flux()->baseUrl(),
             ServiceSettings::regionBaseUrl(ServiceSettings::Region::Eu));
}

void TestSettingsDialog::environmentOverridesTheAddress()
{
    m_studio.reset();
    qputenv("BFL_API_BASE", "https://staging.example.org");
    m_store = new MemoryCredentialStore;
    m_studio = startStudio(m_store);
    // The app reaches the service where the environment says, as outframe-cli does.
    QCOMPARE(m_studio->generation()->flux()->baseUrl(),
             QUrl(QStringLiteral("https://staging.example.org")));
    const ServiceSettings::Region stored = m_studio->serviceSettings()->region();
    auto d = dialog();
    QCOMPARE(d->apiAddressField()->text(), QStringLiteral("https://staging.example.org"));
    QVERIFY(d->apiAddressField()->isReadOnly());
    QVERIFY(!d->regionField()->isEnabled());
    QVERIFY(d->apiAddressNote()->text().contains(QStringLiteral("BFL_API_BASE")));
    d->accept();
    QCOMPARE(m_studio->serviceSettings()->region(), stored); // untouched

    // An address the key may not travel to is shown with the reason.
    qputenv("BFL_API_BASE", "http://api.example.com");
    auto refused = dialog();
    QVERIFY(refused->apiAddressNote()->text().contains(QStringLiteral("not allowed")));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
