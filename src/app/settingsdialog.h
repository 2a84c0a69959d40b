// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Ui {
class SettingsDialog;
}

namespace outframe {

class FluxBackend;
class ServiceSettings;

// Settings > the FLUX service: the API key (kept in the system keychain through the
// credential store, never in a file), region, results folder, how many jobs run at once, the
// account's balance and, under Advanced, the API address (BFL_API_BASE overrides it, as it
// does for the CLI). The layout is ui/settingsdialog.ui; this class is its behaviour.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(ServiceSettings *settings, CredentialStore *credentials, FluxBackend *flux,
                   const KeyLookup &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QLineEdit *keyField() const;
    QLabel *balanceLabel() const;
    QLabel *keyStatusLabel() const;
    QComboBox *regionField() const;
    QSpinBox *concurrencyField() const;
    // The folder's path as shown (elided in the middle; the whole path is its tooltip).
    QLabel *resultsFolderLabel() const;
    QString resultsFolder() const { return m_folder; }
    void setResultsFolder(const QString &folder);
    QPushButton *forgetKeyButton() const;
    QLineEdit *apiAddressField() const;
    QLabel *apiAddressNote() const;

    void accept() override;

signals:
    // The key the app should use from now on (empty: none). Emitted after Save or Forget.
    void keyChanged(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpService();
    void setUpAddress();
    bool applyAddress();
    void updateRegionState();
    void showFolder();
    void saveKey();
    void forgetKey();
    void refreshBalance();
    void describeKey(const KeyLookup &lookup);
    void setKeyStored(bool stored);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    ServiceSettings *m_settings;
    CredentialStore *m_credentials;
    FluxBackend *m_flux;
    QString m_folder;
};

} // namespace outframe
