// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatepanel.h"

#include "actionshortcuts.h"
#include "appsettings.h"
#include "statuscolours.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace outframe {

GeneratePanel::GeneratePanel(AppSettings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_engine = new QComboBox;
    m_engine->addItem(tr("FLUX (online)"), int(ResultEngine::Flux));
    m_engine->addItem(tr("Offline engine"), int(ResultEngine::Local));
    m_engine->setAccessibleName(tr("Engine"));
    form->addRow(tr("&Engine"), m_engine);

    m_prompt = new QPlainTextEdit;
    m_prompt->setPlaceholderText(tr("Optional: what should appear around the image"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Prompt"), m_prompt);

    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("mode"));
    m_mode->addItem(tr("High quality"), QVariant::fromValue(int(GenerationMode::High)));
    m_mode->addItem(tr("Fast"), QVariant::fromValue(int(GenerationMode::Fast)));
    m_mode->setToolTip(tr("Fast is much quicker and usually cheaper"));

    m_format = new QComboBox;
    m_format->addItem(QStringLiteral("PNG"), int(ImageFormat::Png));
    m_format->addItem(QStringLiteral("JPEG"), int(ImageFormat::Jpeg));
    m_format->addItem(QStringLiteral("WebP"), int(ImageFormat::Webp));
    auto *modeRow = new QHBoxLayout;
    auto *formatLabel = new QLabel(tr("&Format"));
    formatLabel->setBuddy(m_format);
    modeRow->addWidget(m_mode, 1);
    modeRow->addSpacing(6);
    modeRow->addWidget(formatLabel);
    modeRow->addWidget(m_format);
    auto *modeLabel = new QLabel(tr("&Mode"));
    modeLabel->setBuddy(m_mode);
    form->addRow(modeLabel, modeRow);

    m_safety = new QSpinBox;
    m_safety->setObjectName(QStringLiteral("safetyTolerance"));
    m_safety->setRange(OutpaintOptions::kMinSafetyTolerance, OutpaintOptions::kMaxSafetyTolerance);
    m_safety->setToolTip(tr("0 is the strictest moderation, 5 the most permissive"));

    m_variations = new QSpinBox;
    m_variations->setObjectName(QStringLiteral("variations"));
    m_variations->setRange(1, AppSettings::kMaxVariations);
    m_variations->setToolTip(tr("Each variation is a separate job, run side by side"));
    auto *countRow = new QHBoxLayout;
    auto *variationsLabel = new QLabel(tr("&Variations"));
    variationsLabel->setBuddy(m_variations);
    countRow->addWidget(m_safety, 1);
    countRow->addSpacing(6);
    countRow->addWidget(variationsLabel);
    countRow->addWidget(m_variations, 1);
    auto *safetyLabel = new QLabel(tr("&Safety"));
    safetyLabel->setBuddy(m_safety);
    safetyLabel->setToolTip(m_safety->toolTip());
    form->addRow(safetyLabel, countRow);

    m_generateAction = new QAction(tr("&Generate"), this);
    m_generateAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_generateAction->setShortcutContext(Qt::WindowShortcut);
    m_generateAction->setObjectName(QStringLiteral("generateAction"));
    addAction(m_generateAction);
    m_generate = new QPushButton(tr("Generate"));
    m_generate->setDefault(true);
    m_generate->setMinimumHeight(36);
    m_generate->setToolTip(withShortcut(tr("Generate the surroundings"), m_generateAction));
    QFont bold = m_generate->font();
    bold.setBold(true);
    m_generate->setFont(bold);
    layout->addWidget(m_generate);
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("generateBlockReason"));
    m_reason->setWordWrap(true);
    setStatusForeground(m_reason, Status::Warning);
    layout->addWidget(m_reason);

    connect(m_generate, &QPushButton::clicked, m_generateAction, &QAction::trigger);
    connect(m_generateAction, &QAction::triggered, this, [this] {
        if (m_generateAction->isEnabled()) {
            saveChoices();
            emit generateRequested();
        }
    });

    // Start from the artist's last choices.
    showOptions(m_settings->generationOptions());
    m_variations->setValue(m_settings->variations());

    // Mode and safety tolerance are the service's knobs: the offline engine has neither.
    const auto showEngineOptions = [this, modeLabel, safetyLabel] {
        const bool flux = engine() == ResultEngine::Flux;
        for (QWidget *w : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(modeLabel),
                           static_cast<QWidget *>(m_safety), static_cast<QWidget *>(safetyLabel)})
            w->setEnabled(flux);
    };
    connect(m_engine, &QComboBox::currentIndexChanged, this, showEngineOptions);
    showEngineOptions();
    connect(m_engine, &QComboBox::currentIndexChanged, this, &GeneratePanel::choicesChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &GeneratePanel::choicesChanged);
    connect(m_variations, &QSpinBox::valueChanged, this, &GeneratePanel::choicesChanged);
    const auto edited = [this] {
        if (!m_showing)
            emit optionsEdited();
    };
    connect(m_prompt, &QPlainTextEdit::textChanged, this, edited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, edited);
    connect(m_format, &QComboBox::currentIndexChanged, this, edited);
    connect(m_safety, &QSpinBox::valueChanged, this, edited);
}

ResultEngine GeneratePanel::engine() const
{
    return ResultEngine(m_engine->currentData().toInt());
}

void GeneratePanel::setEngine(ResultEngine engine)
{
    const int index = m_engine->findData(int(engine));
    if (index >= 0)
        m_engine->setCurrentIndex(index);
}

void GeneratePanel::showOptions(const OutpaintOptions &options)
{
    if (options == this->options())
        return;
    m_showing = true;
    if (options.prompt != m_prompt->toPlainText().trimmed())
        m_prompt->setPlainText(options.prompt);
    m_mode->setCurrentIndex(m_mode->findData(int(options.mode)));
    m_format->setCurrentIndex(m_format->findData(int(options.outputFormat)));
    m_safety->setValue(options.safetyTolerance);
    m_showing = false;
}

OutpaintOptions GeneratePanel::options() const
{
    OutpaintOptions options;
    options.prompt = m_prompt->toPlainText().trimmed();
    options.mode = GenerationMode(m_mode->currentData().toInt());
    options.outputFormat = ImageFormat(m_format->currentData().toInt());
    options.safetyTolerance = m_safety->value();
    return options;
}

int GeneratePanel::variations() const
{
    return m_variations->value();
}

void GeneratePanel::setBlockReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_generate->setEnabled(reason.isEmpty());
    m_generateAction->setEnabled(reason.isEmpty());
    m_generate->setToolTip(reason.isEmpty()
                               ? withShortcut(tr("Generate the surroundings"), m_generateAction)
                               : reason);
}

QString GeneratePanel::blockReason() const
{
    return m_reason->text();
}

void GeneratePanel::saveChoices()
{
    m_settings->setGenerationOptions(options());
    m_settings->setVariations(variations());
}

} // namespace outframe
