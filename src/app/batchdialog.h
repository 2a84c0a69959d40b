// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchrun.h"
#include "resultlayer.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace outframe {

class GenerationController;

// Batch (Generate ▸ Batch…): several images, or the current one in every format, made as one
// batch into a folder: each image framed by one rule (the formats chosen, or a growth of its
// sides in %), a few at once, with each item's status, cost and time as it goes. What
// outframe-cli does with several inputs, and kept the same way: a batch stopped half-way is
// finished by "outframe-cli --resume" without paying twice for an item.
class BatchDialog : public QDialog
{
    Q_OBJECT

public:
    BatchDialog(GenerationController *generation, ResultEngine engine,
                const OutpaintOptions &options, const QString &currentImage,
                QWidget *parent = nullptr);

    void addInputs(const QStringList &paths);
    void setOutputFolder(const QString &folder);
    QStringList inputs() const;
    QTreeWidget *itemsView() const { return m_items; }
    QPushButton *startButton() const { return m_start; }
    QCheckBox *formatBox(const QString &ratio) const;
    bool isRunning() const { return m_running; }

    void start();
    void stop();
    // Close: stops the batch, which stays resumable.
    void reject() override;

signals:
    void batchFinished(bool interrupted);

private:
    QWidget *makeInputs();
    QWidget *makeFraming();
    QWidget *makeOutput();
    QList<BatchFrame> frames() const;
    void updateState();
    void showItem(int index);
    void onFinished(bool interrupted);

    GenerationController *m_generation;
    ResultEngine m_engine;
    OutpaintOptions m_options;
    QListWidget *m_inputs;
    QButtonGroup *m_mode;
    QList<QCheckBox *> m_formats;
    QComboBox *m_anchor;
    QSpinBox *m_grow[4]; // left, right, top, bottom, in % of the image
    QLineEdit *m_folder;
    QComboBox *m_fileFormat;
    QSpinBox *m_jobs;
    QTreeWidget *m_items;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_start;
    QPushButton *m_stop;
    BatchRun *m_run = nullptr; // the latest batch, a child of the dialog
    bool m_running = false;
};

} // namespace outframe
