// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "layerrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QVBoxLayout>

namespace outframe {

ExportDialog::ExportDialog(const DocumentState &state, const QString &suggestedPath,
                           QWidget *parent)
    : QDialog(parent), m_canvas(state.placement.canvasSize()),
      m_nativeCanvas(nativeCanvasSize(state.placement))
{
    setWindowTitle(tr("Export"));
    int starred = 0;
    for (const ResultLayer &l : state.layers)
        starred += l.starred ? 1 : 0;
    const bool hasActive = state.activeLayerId != 0;

    m_composite = new QRadioButton(tr("What you see (the composite)"));
    m_layer = new QRadioButton(tr("The selected layer alone"));
    m_starred = new QRadioButton(tr("Every starred variation (%n file(s))", nullptr, starred));
    m_composite->setChecked(true);
    m_layer->setEnabled(hasActive);
    m_starred->setEnabled(starred > 0);

    m_format = new QComboBox;
    m_format->addItem(QStringLiteral("PNG"), int(ImageFormat::Png));
    m_format->addItem(QStringLiteral("JPEG"), int(ImageFormat::Jpeg));
    m_format->addItem(QStringLiteral("WebP"), int(ImageFormat::Webp));
    if (const auto f = imageFormatFromPath(suggestedPath))
        m_format->setCurrentIndex(m_format->findData(int(*f)));
    m_quality = new QSlider(Qt::Horizontal);
    m_quality->setRange(1, 100);
    m_quality->setValue(92);
    m_qualityLabel = new QLabel;
    auto *quality = new QHBoxLayout;
    quality->addWidget(m_quality, 1);
    quality->addWidget(m_qualityLabel);

    m_native = new QCheckBox;
    m_native->setEnabled(m_nativeCanvas != m_canvas);
    m_native->setText(m_native->isEnabled()
                          ? tr("At the original's full resolution (%1 × %2 px)")
                                .arg(m_nativeCanvas.width())
                                .arg(m_nativeCanvas.height())
                          : tr("At the original's full resolution (it was not scaled down)"));
    m_metadata = new QCheckBox(tr("Write prompt, placement and an AI-generated marker into the "
                                  "file"));
    m_metadata->setChecked(true);

    m_path = new QLineEdit(suggestedPath);
    auto *browse = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_sizeLabel = new QLabel;

    auto *form = new QFormLayout;
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Quality"), quality);
    form->addRow(m_native);
    form->addRow(m_metadata);
    form->addRow(tr("Save to"), pathRow);
    form->addRow(m_sizeLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_composite);
    layout->addWidget(m_layer);
    layout->addWidget(m_starred);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    for (QObject *o : std::initializer_list<QObject *>{m_composite, m_layer, m_starred, m_native})
        connect(static_cast<QAbstractButton *>(o), &QAbstractButton::toggled, this,
                &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_quality, &QSlider::valueChanged, this, &ExportDialog::updateState);
    updateState();
}

ExportDialog::Subject ExportDialog::subject() const
{
    if (m_starred->isChecked())
        return Subject::Starred;
    return m_layer->isChecked() ? Subject::ActiveLayer : Subject::Composite;
}

ExportSettings ExportDialog::settings() const
{
    ExportSettings s;
    s.format = ImageFormat(m_format->currentData().toInt());
    s.quality = m_quality->value();
    s.nativeResolution = m_native->isEnabled() && m_native->isChecked();
    s.writeMetadata = m_metadata->isChecked();
    return s;
}

QString ExportDialog::target() const
{
    const QString path = m_path->text().trimmed();
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
            m_path->setText(dir);
        return;
    }
    const QString filter =
        tr("%1 image (*.%2)").arg(imageFormatName(f).toUpper(), imageFormatSuffix(f));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), target(), filter);
    if (!path.isEmpty())
        m_path->setText(Exporter::pathForFormat(path, f));
}

void ExportDialog::updateState()
{
    const ImageFormat f = settings().format;
    m_quality->setEnabled(f != ImageFormat::Png);
    m_qualityLabel->setText(f == ImageFormat::Png ? tr("lossless")
                            : f == ImageFormat::Webp && m_quality->value() == 100
                                ? tr("lossless")
                                : QString::number(m_quality->value()));
    // The chosen format decides the suffix, so the name never lies about the content.
    if (subject() != Subject::Starred && !m_path->text().isEmpty())
        m_path->setText(Exporter::pathForFormat(m_path->text(), f));
    const QSize size = settings().nativeResolution ? m_nativeCanvas : m_canvas;
    m_sizeLabel->setText(tr("Full size: %1 × %2 px").arg(size.width()).arg(size.height()));
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
