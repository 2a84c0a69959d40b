// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace outframe {

// What to export and how: the composite, the active layer alone, or every starred variation;
// PNG / JPEG / WebP with quality; the reference's native resolution when it was scaled down;
// metadata on or off. The export itself runs on a worker thread (see ResultsWorkspace).
// The layout is ui/exportdialog.ui; this class is its behaviour.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Subject { Composite, ActiveLayer, Starred };

    ExportDialog(const DocumentState &state, const QString &suggestedPath,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    Subject subject() const;
    ExportSettings settings() const;
    // A file for the composite or one layer; a folder for the starred ones.
    QString target() const;

    void accept() override;

private:
    void browse();
    void updateState();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QSize m_canvas;
    QSize m_nativeCanvas;
};

} // namespace outframe
