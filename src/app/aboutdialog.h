// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace outframe {

// Help > About: the app's version, the Qt it runs on (and was built with, when they differ),
// the licence and the project's address. The layout is ui/aboutdialog.ui.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // "6.4.2", or "6.4.3 (built with 6.4.2)" when the library loaded is not the one built
    // against: what a bug report needs.
    static QString qtVersionText();

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace outframe
