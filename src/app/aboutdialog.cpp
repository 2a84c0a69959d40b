// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QPushButton>

namespace outframe {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->version->setText(QStringLiteral(OUTFRAME_VERSION));
    m_ui->qtVersion->setText(qtVersionText());
    const QString homepage = QStringLiteral(OUTFRAME_HOMEPAGE);
    m_ui->link->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(homepage));
    m_ui->link->setAccessibleName(tr("Project website: %1").arg(homepage));
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::qtVersionText()
{
    const QString running = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return running == built ? running : tr("%1 (built with %2)").arg(running, built);
}

} // namespace outframe
