// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace outframe {

class FluxBackend;
class ServiceSettings;

// Settings > the FLUX service: the API key (kept in the system keychain through the
// credential store, never in a file), region, results folder, how many jobs run at once, and
// the account's balance.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ServiceSettings *settings, CredentialStore *credentials, FluxBackend *flux,
                   const KeyLookup &current, QWidget *parent = nullptr);

    QLineEdit *keyField() const { return m_key; }
    QLabel *balanceLabel() const { return m_balance; }
    QLabel *keyStatusLabel() const { return m_keyStatus; }
    QComboBox *regionField() const { return m_region; }
    QSpinBox *concurrencyField() const { return m_concurrency; }
    QLineEdit *resultsFolderField() const { return m_folder; }

    void accept() override;

signals:
    // The key the app should use from now on (empty: none). Emitted after Save or Forget.
    void keyChanged(const QString &key);

private:
    void saveKey();
    void forgetKey();
    void refreshBalance();
    void describeKey(const KeyLookup &lookup);

    ServiceSettings *m_settings;
    CredentialStore *m_credentials;
    FluxBackend *m_flux;
    QLineEdit *m_key;
    QPushButton *m_saveKey;
    QPushButton *m_forgetKey;
    QLabel *m_keyStatus;
    QComboBox *m_region;
    QLineEdit *m_folder;
    QSpinBox *m_concurrency;
    QLabel *m_balance;
    QPushButton *m_refresh;
};

} // namespace outframe
