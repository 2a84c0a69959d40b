// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "fluxbackend.h"
#include "jobqueue.h"
#include "numberformat.h"
#include "servicesettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace outframe {

SettingsDialog::SettingsDialog(ServiceSettings *settings, CredentialStore *credentials,
                               FluxBackend *flux, const KeyLookup &current, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_credentials(credentials), m_flux(flux)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *account = new QGroupBox(tr("FLUX account"));
    auto *accountForm = new QFormLayout(account);
    m_key = new QLineEdit;
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(current.found() ? tr("A key is set; type a new one to replace it")
                                              : tr("Paste your API key from dashboard.bfl.ai"));
    m_key->setClearButtonEnabled(true);
    m_key->setAccessibleName(tr("API key"));
    QAction *reveal = m_key->addAction(QIcon(), QLineEdit::TrailingPosition);
    reveal->setText(tr("Show"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, m_key,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    m_saveKey = new QPushButton(tr("Save key"));
    m_forgetKey = new QPushButton(tr("Forget stored key"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_saveKey);
    accountForm->addRow(tr("API &key"), keyRow);
    m_keyStatus = new QLabel;
    m_keyStatus->setWordWrap(true);
    accountForm->addRow(QString(), m_keyStatus);
    accountForm->addRow(QString(), m_forgetKey);

    m_balance = new QLabel(tr("—"));
    m_balance->setObjectName(QStringLiteral("balance"));
    m_refresh = new QPushButton(tr("Refresh"));
    auto *balanceRow = new QHBoxLayout;
    balanceRow->addWidget(m_balance, 1);
    balanceRow->addWidget(m_refresh);
    accountForm->addRow(tr("Balance"), balanceRow);
    layout->addWidget(account);

    auto *service = new QGroupBox(tr("Service"));
    auto *serviceForm = new QFormLayout(service);
    m_region = new QComboBox;
    m_region->addItem(tr("Global (api.bfl.ai)"), int(ServiceSettings::Region::Global));
    m_region->addItem(tr("EU only (api.eu.bfl.ai)"), int(ServiceSettings::Region::Eu));
    m_region->addItem(tr("US only (api.us.bfl.ai)"), int(ServiceSettings::Region::Us));
    if (m_settings->region() == ServiceSettings::Region::Custom)
        m_region->addItem(tr("Custom (%1)").arg(m_settings->customBaseUrl().toDisplayString()),
                          int(ServiceSettings::Region::Custom));
    m_region->setCurrentIndex(m_region->findData(int(m_settings->region())));
    serviceForm->addRow(tr("&Region"), m_region);

    m_folder = new QLineEdit(m_settings->resultsDirectory());
    auto *browse = new QPushButton(tr("Browse…"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    serviceForm->addRow(tr("Results &folder"), folderRow);
    auto *folderNote = new QLabel(tr("Every result is saved here the moment it arrives, with a "
                                     "sidecar describing how it was made."));
    folderNote->setWordWrap(true);
    folderNote->setForegroundRole(QPalette::PlaceholderText);
    serviceForm->addRow(QString(), folderNote);

    m_concurrency = new QSpinBox;
    m_concurrency->setRange(1, JobQueue::kMaxConcurrentLimit);
    m_concurrency->setValue(m_settings->maxConcurrent());
    m_concurrency->setToolTip(tr("Jobs beyond this wait their turn. The service allows 24 "
                                 "active tasks per account."));
    serviceForm->addRow(tr("Jobs at &once"), m_concurrency);
    layout->addWidget(service);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_saveKey, &QPushButton::clicked, this, &SettingsDialog::saveKey);
    connect(m_key, &QLineEdit::returnPressed, this, &SettingsDialog::saveKey);
    connect(m_forgetKey, &QPushButton::clicked, this, &SettingsDialog::forgetKey);
    connect(m_refresh, &QPushButton::clicked, this, &SettingsDialog::refreshBalance);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Results folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_flux, &FluxBackend::creditsReceived, this, [this](double credits) {
        m_balance->setText(
            tr("%1 credits (%2)")
                .arg(NumberFormat::decimal(credits, 2), NumberFormat::dollars(credits / 100.0)));
    });
    connect(m_flux, &FluxBackend::creditsFailed, this,
            [this](const JobError &error) { m_balance->setText(error.message); });
    connect(m_credentials, &CredentialStore::stored, this, [this](bool ok, const QString &message) {
        m_keyStatus->setText(ok ? tr("Stored in the system keychain.")
                                : tr("%1 The key is used until Outframe closes.").arg(message));
    });
    connect(m_credentials, &CredentialStore::erased, this, [this](bool ok, const QString &message) {
        m_keyStatus->setText(ok ? tr("The stored key was removed.") : message);
    });

    describeKey(current);
    refreshBalance();
}

void SettingsDialog::describeKey(const KeyLookup &lookup)
{
    QString text;
    switch (lookup.source) {
    case KeyLookup::Source::Keychain:
        text = tr("Using the key stored in the system keychain.");
        break;
    case KeyLookup::Source::Environment:
        text = tr("Using the key from the BFL_API_KEY environment variable.");
        break;
    case KeyLookup::Source::None:
        text = tr("No key is set: FLUX jobs cannot run until you add one.");
        break;
    }
    if (!lookup.notice.isEmpty())
        text += QLatin1Char(' ') + lookup.notice;
    m_keyStatus->setText(text);
}

void SettingsDialog::saveKey()
{
    const QString key = m_key->text().trimmed();
    if (key.isEmpty()) {
        m_keyStatus->setText(tr("Type or paste a key first."));
        return;
    }
    m_key->clear();
    m_key->setPlaceholderText(tr("A key is set; type a new one to replace it"));
    m_keyStatus->setText(tr("Saving…"));
    emit keyChanged(key); // usable at once, whatever the keychain says
    m_credentials->store(key);
    refreshBalance();
}

void SettingsDialog::forgetKey()
{
    m_credentials->erase();
    const QString fallback = CredentialStore::environmentKey();
    emit keyChanged(fallback);
    refreshBalance();
}

void SettingsDialog::refreshBalance()
{
    if (!m_flux->hasApiKey()) {
        m_balance->setText(tr("— (no key)"));
        m_refresh->setEnabled(false);
        return;
    }
    m_refresh->setEnabled(true);
    m_balance->setText(tr("Asking the service…"));
    m_flux->requestCredits();
}

void SettingsDialog::accept()
{
    m_settings->setRegion(ServiceSettings::Region(m_region->currentData().toInt()));
    m_settings->setResultsDirectory(m_folder->text().trimmed());
    m_settings->setMaxConcurrent(m_concurrency->value());
    QDialog::accept();
}

} // namespace outframe
