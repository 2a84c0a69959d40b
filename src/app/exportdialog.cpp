// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "layerrenderer.h"
#include "ui_exportdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace outframe {

ExportDialog::ExportDialog(const DocumentState &state, const QString &suggestedPath,
                           QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>()),
      m_canvas(state.placement.canvasSize()), m_nativeCanvas(nativeCanvasSize(state.placement))
{
    m_ui->setupUi(this);
    int starred = 0;
    for (const ResultLayer &l : state.layers)
        starred += l.starred ? 1 : 0;
    m_ui->layerButton->setEnabled(state.activeLayerId != 0);
    m_ui->starredButton->setText(tr("Every &starred variation (%n file(s))", nullptr, starred));
    m_ui->starredButton->setEnabled(starred > 0);

    QComboBox *format = m_ui->formatField;
    format->addItem(QStringLiteral("PNG"), int(ImageFormat::Png));
    format->addItem(QStringLiteral("JPEG"), int(ImageFormat::Jpeg));
    format->addItem(QStringLiteral("WebP"), int(ImageFormat::Webp));
    if (const auto f = imageFormatFromPath(suggestedPath))
        format->setCurrentIndex(format->findData(int(*f)));

    QCheckBox *native = m_ui->nativeField;
    native->setEnabled(m_nativeCanvas != m_canvas);
    native->setText(native->isEnabled()
                        ? tr("At the original's full &resolution (%1 × %2 px)")
                              .arg(m_nativeCanvas.width())
                              .arg(m_nativeCanvas.height())
                        : tr("At the original's full &resolution (it was not scaled down)"));
    m_ui->pathField->setText(suggestedPath);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QAbstractButton *b : std::initializer_list<QAbstractButton *>{
             m_ui->compositeButton, m_ui->layerButton, m_ui->starredButton, native})
        connect(b, &QAbstractButton::toggled, this, &ExportDialog::updateState);
    connect(format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_ui->qualityField, &QSlider::valueChanged, this, &ExportDialog::updateState);
    updateState();
}

ExportDialog::~ExportDialog() = default;

ExportDialog::Subject ExportDialog::subject() const
{
    if (m_ui->starredButton->isChecked())
        return Subject::Starred;
    return m_ui->layerButton->isChecked() ? Subject::ActiveLayer : Subject::Composite;
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ImageFormat(m_ui->formatField->currentData().toInt());
    s.quality = m_ui->qualityField->value();
    s.nativeResolution = m_ui->nativeField->isEnabled() && m_ui->nativeField->isChecked();
    s.writeMetadata = m_ui->metadataField->isChecked();
    return s;
}

QString ExportDialog::target() const
{
    const QString path = m_ui->pathField->text().trimmed();
    if (subject() == Subject::Starred)
        return QFileInfo(path).isDir() ? path : QFileInfo(path).absolutePath();
    return Exporter::pathForFormat(path, settings().format);
}

void ExportDialog::browse()
{
    const ImageFormat f = settings().format;
    if (subject() == Subject::Starred) {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export starred to"), target());
        if (!dir.isEmpty())
            m_ui->pathField->setText(dir);
        return;
    }
    const QString filter =
        tr("%1 image (*.%2)").arg(imageFormatName(f).toUpper(), imageFormatSuffix(f));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), target(), filter);
    if (!path.isEmpty())
        m_ui->pathField->setText(Exporter::pathForFormat(path, f));
}

void ExportDialog::updateState()
{
    const ImageFormat f = settings().format;
    m_ui->qualityField->setEnabled(f != ImageFormat::Png);
    m_ui->qualityValue->setText(f == ImageFormat::Png ? tr("lossless")
                                : f == ImageFormat::Webp && m_ui->qualityField->value() == 100
                                    ? tr("lossless")
                                    : QString::number(m_ui->qualityField->value()));
    // The chosen format decides the suffix, so the name never lies about the content.
    if (subject() != Subject::Starred && !m_ui->pathField->text().isEmpty())
        m_ui->pathField->setText(Exporter::pathForFormat(m_ui->pathField->text(), f));
    const QSize size = settings().nativeResolution ? m_nativeCanvas : m_canvas;
    m_ui->sizeLabel->setText(tr("Full size: %1 × %2 px").arg(size.width()).arg(size.height()));
}

void ExportDialog::accept()
{
    const QString t = target();
    const QFileInfo dir(subject() == Subject::Starred ? t : QFileInfo(t).absolutePath());
    if (t.isEmpty() || !dir.isDir()) {
        QMessageBox::warning(this, tr("Export"),
                             tr("Choose a folder that exists: “%1” does not.").arg(dir.filePath()));
        return;
    }
    if (subject() != Subject::Starred && QFileInfo::exists(t) &&
        QMessageBox::question(this, tr("Export"),
                              tr("“%1” exists. Replace it?").arg(QFileInfo(t).fileName())) !=
            QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace outframe
