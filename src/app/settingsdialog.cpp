// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "fluxbackend.h"
#include "jobqueue.h"
#include "keypolicy.h"
#include "numberformat.h"
#include "servicesettings.h"
#include "ui_settingsdialog.h"

#include <QFileDialog>
#include <QLocale>

namespace outframe {

SettingsDialog::SettingsDialog(ServiceSettings *settings, CredentialStore *credentials,
                               FluxBackend *flux, const KeyLookup &current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_credentials(credentials), m_flux(flux)
{
    m_ui->setupUi(this);
    QLineEdit *key = m_ui->keyField;
    key->setPlaceholderText(current.found() ? tr("A key is set; type a new one to replace it")
                                            : tr("Paste your API key from dashboard.bfl.ai"));
    m_ui->folderNote->setForegroundRole(QPalette::PlaceholderText);
    m_ui->apiAddressNote->setForegroundRole(QPalette::PlaceholderText);
    setUpService();
    setUpAddress();

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_ui->showKeyButton, &QPushButton::toggled, key,
            [key](bool on) { key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->saveKeyButton, &QPushButton::clicked, this, &SettingsDialog::saveKey);
    connect(key, &QLineEdit::returnPressed, this, &SettingsDialog::saveKey);
    connect(m_ui->forgetKeyButton, &QPushButton::clicked, this, &SettingsDialog::forgetKey);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &SettingsDialog::refreshBalance);
    connect(m_flux, &FluxBackend::creditsReceived, this, [this](double credits) {
        m_ui->balance->setText(
            tr("%1 credits (%2)")
                .arg(NumberFormat::decimal(credits, 2), NumberFormat::dollars(credits / 100.0)));
    });
    connect(m_flux, &FluxBackend::creditsFailed, this,
            [this](const JobError &error) { m_ui->balance->setText(error.message); });
    connect(m_credentials, &CredentialStore::stored, this, [this](bool ok, const QString &message) {
        m_ui->keyStatus->setText(ok ? tr("Stored in the system keychain.")
                                    : tr("%1 The key is used until Outframe closes.").arg(message));
        setKeyStored(ok);
    });
    connect(m_credentials, &CredentialStore::erased, this, [this](bool ok, const QString &message) {
        m_ui->keyStatus->setText(ok ? tr("The stored key was removed.") : message);
        if (ok)
            setKeyStored(false);
    });

    describeKey(current);
    setKeyStored(current.source == KeyLookup::Source::Keychain);
    refreshBalance();
}

SettingsDialog::~SettingsDialog() = default;

QLineEdit *SettingsDialog::keyField() const
{
    return m_ui->keyField;
}
QLabel *SettingsDialog::balanceLabel() const
{
    return m_ui->balance;
}
QLabel *SettingsDialog::keyStatusLabel() const
{
    return m_ui->keyStatus;
}
QComboBox *SettingsDialog::regionField() const
{
    return m_ui->regionField;
}
QSpinBox *SettingsDialog::concurrencyField() const
{
    return m_ui->concurrencyField;
}
QLabel *SettingsDialog::resultsFolderLabel() const
{
    return m_ui->resultsFolder;
}
QPushButton *SettingsDialog::forgetKeyButton() const
{
    return m_ui->forgetKeyButton;
}
QLineEdit *SettingsDialog::apiAddressField() const
{
    return m_ui->apiAddressField;
}
QLabel *SettingsDialog::apiAddressNote() const
{
    return m_ui->apiAddressNote;
}

void SettingsDialog::setUpService()
{
    QComboBox *region = m_ui->regionField;
    region->addItem(tr("Global (api.bfl.ai)"), int(ServiceSettings::Region::Global));
    region->addItem(tr("EU only (api.eu.bfl.ai)"), int(ServiceSettings::Region::Eu));
    region->addItem(tr("US only (api.us.bfl.ai)"), int(ServiceSettings::Region::Us));
    // A custom address lives in Advanced; the region list only names the service's own.
    region->setCurrentIndex(std::max(0, region->findData(int(m_settings->region()))));

    setResultsFolder(m_settings->resultsDirectory());
    m_ui->resultsFolder->installEventFilter(this); // re-elide when the dialog is resized
    connect(m_ui->browseButton, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Results folder"), m_folder);
        if (!dir.isEmpty())
            setResultsFolder(dir);
    });

    m_ui->concurrencyField->setRange(1, JobQueue::kMaxConcurrentLimit);
    m_ui->concurrencyField->setValue(m_settings->maxConcurrent());
}

void SettingsDialog::setUpAddress()
{
    QLineEdit *address = m_ui->apiAddressField;
    if (const auto env = ServiceSettings::environmentBaseUrl()) {
        // As for the CLI, the environment wins; the field says so rather than pretending
        // an edit here would matter.
        address->setText(env->toString());
        address->setReadOnly(true);
        QString note = tr("Set by the BFL_API_BASE environment variable, which overrides this "
                          "setting and the region.");
        if (const QString problem = KeyPolicy::baseUrlProblem(*env); !problem.isEmpty())
            note += QLatin1Char(' ') + problem;
        m_ui->apiAddressNote->setText(note);
        m_ui->apiAddressNote->setForegroundRole(QPalette::WindowText);
    } else {
        if (m_settings->region() == ServiceSettings::Region::Custom)
            address->setText(m_settings->customBaseUrl().toString());
        m_ui->apiAddressNote->setText(tr("Only for a proxy or a test server: an https:// "
                                         "address (http:// only on this computer)."));
    }
    connect(address, &QLineEdit::textChanged, this, &SettingsDialog::updateRegionState);
    connect(m_ui->regionField, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::updateRegionState);
    updateRegionState();
}

void SettingsDialog::updateRegionState()
{
    const bool overridden = ServiceSettings::environmentBaseUrl().has_value();
    const bool custom = !m_ui->apiAddressField->text().trimmed().isEmpty();
    m_ui->regionField->setEnabled(!overridden && !custom);
    m_ui->regionField->setToolTip(
        overridden ? tr("BFL_API_BASE is set: the service is reached at its address.")
        : custom   ? tr("The API address under Advanced is used instead.")
                   : QString());
    const auto region = ServiceSettings::Region(m_ui->regionField->currentData().toInt());
    m_ui->apiAddressField->setPlaceholderText(
        tr("Empty: %1").arg(ServiceSettings::regionBaseUrl(region).toString()));
}

void SettingsDialog::setResultsFolder(const QString &folder)
{
    m_folder = folder;
    m_ui->resultsFolder->setToolTip(folder);
    m_ui->resultsFolder->setAccessibleName(tr("Results folder: %1").arg(folder));
    showFolder();
}

void SettingsDialog::showFolder()
{
    // The middle goes first: the drive and the last folders are what tell paths apart.
    QLabel *label = m_ui->resultsFolder;
    label->setText(
        label->fontMetrics().elidedText(m_folder, Qt::ElideMiddle, std::max(80, label->width())));
}

bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->resultsFolder && event->type() == QEvent::Resize)
        showFolder();
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::setKeyStored(bool stored)
{
    // Nothing to forget unless the keychain holds a key.
    m_ui->forgetKeyButton->setVisible(stored);
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
    m_ui->keyStatus->setText(text);
}

void SettingsDialog::saveKey()
{
    const QString key = m_ui->keyField->text().trimmed();
    if (key.isEmpty()) {
        m_ui->keyStatus->setText(tr("Type or paste a key first."));
        return;
    }
    m_ui->keyField->clear();
    m_ui->keyField->setPlaceholderText(tr("A key is set; type a new one to replace it"));
    m_ui->keyStatus->setText(tr("Saving…"));
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
        m_ui->balance->setText(tr("— (no key)"));
        m_ui->refreshButton->setEnabled(false);
        return;
    }
    m_ui->refreshButton->setEnabled(true);
    m_ui->balance->setText(tr("Asking the service…"));
    m_flux->requestCredits();
}

bool SettingsDialog::applyAddress()
{
    if (ServiceSettings::environmentBaseUrl())
        return true; // the environment's, not ours to store
    const QString text = m_ui->apiAddressField->text().trimmed();
    if (text.isEmpty()) {
        m_settings->setRegion(ServiceSettings::Region(m_ui->regionField->currentData().toInt()));
        return true;
    }
    const QUrl url(text, QUrl::StrictMode);
    QString error;
    if (url.isValid() && !url.host().isEmpty() && m_settings->setCustomBaseUrl(url, &error)) {
        m_settings->setRegion(ServiceSettings::Region::Custom);
        return true;
    }
    if (error.isEmpty())
        error = KeyPolicy::baseUrlProblem(url);
    m_ui->apiAddressNote->setText(error);
    m_ui->apiAddressNote->setForegroundRole(QPalette::WindowText);
    m_ui->tabs->setCurrentWidget(m_ui->advancedTab);
    m_ui->apiAddressField->setFocus();
    return false;
}

void SettingsDialog::accept()
{
    if (!applyAddress())
        return;
    m_settings->setResultsDirectory(m_folder.trimmed());
    m_settings->setMaxConcurrent(m_ui->concurrencyField->value());
    QDialog::accept();
}

} // namespace outframe
