// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"
#include "resultlayer.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace outframe {

class AppSettings;

// What to generate and with which engine: engine, prompt, mode, output format, safety
// tolerance, number of variations; and the Generate button (Ctrl+Return), disabled with the
// reason in words when the job cannot be sent.
class GeneratePanel : public QWidget
{
    Q_OBJECT

public:
    explicit GeneratePanel(AppSettings *settings, QWidget *parent = nullptr);

    ResultEngine engine() const;
    void setEngine(ResultEngine engine);
    // The fields show a document's options (a new session, an opened project); editing them
    // emits optionsEdited() for the window to write back into the document.
    OutpaintOptions options() const;
    void showOptions(const OutpaintOptions &options);
    int variations() const;

    // Empty: Generate is enabled. Otherwise Generate is disabled and `reason` shown under it.
    void setBlockReason(const QString &reason);
    QString blockReason() const;

    QAction *generateAction() const { return m_generateAction; }
    QPushButton *generateButton() const { return m_generate; }
    QPlainTextEdit *promptField() const { return m_prompt; }
    QComboBox *engineField() const { return m_engine; }

signals:
    void generateRequested();
    // Engine, mode or variations changed (what Generate would do, and cost, depend on them).
    void choicesChanged();
    // Prompt, mode, format or safety tolerance edited by the artist.
    void optionsEdited();

private:
    void saveChoices();

    bool m_showing = false; // showOptions() is filling the fields: not an edit

    AppSettings *m_settings;
    QComboBox *m_engine;
    QPlainTextEdit *m_prompt;
    QComboBox *m_mode;
    QComboBox *m_format;
    QSpinBox *m_safety;
    QSpinBox *m_variations;
    QPushButton *m_generate;
    QLabel *m_reason;
    QAction *m_generateAction;
};

} // namespace outframe
