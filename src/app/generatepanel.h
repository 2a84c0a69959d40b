#pragma once

#include "outpaintoptions.h"

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

    static constexpr const char *kFluxEngine = "flux";
    static constexpr const char *kLocalEngine = "local";

    QString engine() const;
    void setEngine(const QString &engine);
    OutpaintOptions options() const;
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

private:
    void saveChoices();

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
