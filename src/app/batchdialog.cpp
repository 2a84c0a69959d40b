// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchdialog.h"

#include "formatframes.h"
#include "framegeometry.h"
#include "generationcontroller.h"
#include "imageio.h"
#include "jobqueue.h"
#include "numberformat.h"
#include "servicesettings.h"
#include "statuscolours.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace outframe {

namespace {

enum Column { InputColumn, OutputColumn, StatusColumn, CostColumn, TimeColumn };
enum Mode { Formats, Grow };

QString imageFilter()
{
    return BatchDialog::tr("Images (*.png *.jpg *.jpeg *.webp *.tif *.tiff *.bmp)");
}

} // namespace

BatchDialog::BatchDialog(GenerationController *generation, ResultEngine engine,
                         const OutpaintOptions &options, const QString &currentImage,
                         QWidget *parent)
    : QDialog(parent), m_generation(generation), m_engine(engine), m_options(options)
{
    setWindowTitle(tr("Batch"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(makeInputs(), 1);
    auto *right = new QVBoxLayout;
    right->addWidget(makeFraming());
    right->addWidget(makeOutput());
    top->addLayout(right, 1);
    layout->addLayout(top);

    m_items = new QTreeWidget;
    m_items->setObjectName(QStringLiteral("batchItems"));
    m_items->setAccessibleName(tr("Outputs of the batch"));
    m_items->setRootIsDecorated(false);
    m_items->setHeaderLabels({tr("Image"), tr("Output"), tr("Status"), tr("Cost"), tr("Time")});
    m_items->header()->setStretchLastSection(false);
    m_items->header()->setSectionResizeMode(InputColumn, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(OutputColumn, QHeaderView::Stretch);
    m_items->setMinimumHeight(160);
    layout->addWidget(m_items, 1);

    m_progress = new QProgressBar;
    m_progress->setTextVisible(true);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("batchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox;
    m_start = buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_stop = buttons->addButton(tr("S&top"), QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    m_start->setToolTip(tr("Make every output; the ones made stay when you stop"));
    m_stop->setToolTip(tr("Stop the running jobs; “outframe-cli --resume” finishes the batch "
                          "without paying twice"));
    connect(m_start, &QPushButton::clicked, this, &BatchDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &BatchDialog::stop);
    connect(close, &QPushButton::clicked, this, &BatchDialog::reject);
    layout->addWidget(buttons);

    if (!currentImage.isEmpty())
        addInputs({currentImage});
    setOutputFolder(QDir(generation->settings()->resultsDirectory())
                        .filePath(QStringLiteral("batches/outputs")));
    resize(860, 640);
    updateState();
}

QWidget *BatchDialog::makeInputs()
{
    auto *box = new QGroupBox(tr("Images"));
    auto *layout = new QVBoxLayout(box);
    m_inputs = new QListWidget;
    m_inputs->setObjectName(QStringLiteral("batchInputs"));
    m_inputs->setAccessibleName(tr("Images to make"));
    m_inputs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_inputs, 1);
    auto *row = new QHBoxLayout;
    auto *addFiles = new QPushButton(tr("Add &Images…"));
    auto *addFolder = new QPushButton(tr("Add F&older…"));
    auto *remove = new QPushButton(tr("&Remove"));
    connect(addFiles, &QPushButton::clicked, this, [this] {
        addInputs(QFileDialog::getOpenFileNames(this, tr("Add Images"), QString(), imageFilter()));
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder"));
        if (folder.isEmpty())
            return;
        const QStringList images = ImageIO::readableImagesIn(folder);
        addInputs(images);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_inputs->selectedItems());
        updateState();
    });
    row->addWidget(addFiles);
    row->addWidget(addFolder);
    row->addWidget(remove);
    layout->addLayout(row);
    return box;
}

QWidget *BatchDialog::makeFraming()
{
    auto *box = new QGroupBox(tr("Frame each image"));
    auto *layout = new QGridLayout(box);
    m_mode = new QButtonGroup(this);
    auto *formats = new QRadioButton(tr("In &every format chosen, each as large as one job makes"));
    auto *grow = new QRadioButton(tr("&Grow its sides by"));
    formats->setChecked(true);
    m_mode->addButton(formats, Formats);
    m_mode->addButton(grow, Grow);
    layout->addWidget(formats, 0, 0, 1, 4);
    int column = 0;
    for (const AspectRatio &ratio : standardAspectRatios()) {
        auto *check = new QCheckBox(ratio.label);
        check->setObjectName(QStringLiteral("format ") + ratio.label);
        check->setAccessibleName(tr("Format %1").arg(ratio.label));
        check->setProperty("ratio", ratio.label);
        check->setChecked(
            ratio.label == QLatin1String("1:1") || ratio.label == QLatin1String("4:5") ||
            ratio.label == QLatin1String("9:16") || ratio.label == QLatin1String("16:9"));
        connect(check, &QCheckBox::toggled, this, &BatchDialog::updateState);
        m_formats << check;
        layout->addWidget(check, 1 + column / 4, column % 4);
        ++column;
    }
    m_anchor = new QComboBox;
    for (FormatAnchor anchor : {FormatAnchor::Centre, FormatAnchor::Left, FormatAnchor::Right,
                                FormatAnchor::Top, FormatAnchor::Bottom})
        m_anchor->addItem(formatAnchorName(anchor), int(anchor));
    auto *anchorRow = new QHBoxLayout;
    auto *anchorLabel = new QLabel(tr("Image &at"));
    anchorLabel->setBuddy(m_anchor);
    anchorRow->addWidget(anchorLabel);
    anchorRow->addWidget(m_anchor);
    anchorRow->addStretch();
    layout->addLayout(anchorRow, 3, 0, 1, 4);

    layout->addWidget(grow, 4, 0, 1, 4);
    const QStringList sides{tr("Left"), tr("Right"), tr("Top"), tr("Bottom")};
    const QStringList sideLabels{tr("&Left"), tr("Rig&ht"), tr("To&p"), tr("&Bottom")};
    for (int i = 0; i < 4; ++i) {
        m_grow[i] = new QSpinBox;
        m_grow[i]->setRange(0, 1000);
        m_grow[i]->setSuffix(tr(" %"));
        m_grow[i]->setValue(i < 2 ? 25 : 0);
        m_grow[i]->setAccessibleName(sides[i]);
        auto *cell = new QHBoxLayout;
        auto *sideLabel = new QLabel(sideLabels[i]);
        sideLabel->setBuddy(m_grow[i]);
        cell->addWidget(sideLabel);
        cell->addWidget(m_grow[i]);
        layout->addLayout(cell, 5 + i / 2, (i % 2) * 2, 1, 2);
    }
    connect(m_mode, &QButtonGroup::idClicked, this, &BatchDialog::updateState);
    return box;
}

QWidget *BatchDialog::makeOutput()
{
    auto *box = new QGroupBox(tr("Outputs"));
    auto *form = new QFormLayout(box);
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("batchFolder"));
    auto *browse = new QPushButton(tr("&Choose…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder for the outputs"), m_folder->text());
        if (!folder.isEmpty())
            setOutputFolder(folder);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Fol&der"));
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, row);
    m_fileFormat = new QComboBox;
    for (ImageFormat format : {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Webp})
        m_fileFormat->addItem(imageFormatName(format).toUpper(), int(format));
    form->addRow(tr("For&mat"), m_fileFormat);
    m_jobs = new QSpinBox;
    m_jobs->setRange(1, JobQueue::kMaxConcurrentLimit);
    m_jobs->setValue(m_generation->settings()->maxConcurrent());
    form->addRow(tr("At o&nce"), m_jobs);
    form->addRow(tr("Engine"),
                 new QLabel(m_engine == ResultEngine::Local ? tr("Offline engine (free)")
                                                            : tr("FLUX (each output is paid)")));
    return box;
}

void BatchDialog::addInputs(const QStringList &paths)
{
    const QStringList present = inputs();
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!path.isEmpty() && !present.contains(absolute))
            m_inputs->addItem(absolute);
    }
    updateState();
}

void BatchDialog::setOutputFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
}

QStringList BatchDialog::inputs() const
{
    QStringList paths;
    for (int i = 0; i < m_inputs->count(); ++i)
        paths << m_inputs->item(i)->text();
    return paths;
}

QCheckBox *BatchDialog::formatBox(const QString &ratio) const
{
    for (QCheckBox *box : m_formats)
        if (box->property("ratio").toString() == ratio)
            return box;
    return nullptr;
}

QList<BatchFrame> BatchDialog::frames() const
{
    QList<BatchFrame> out;
    FrameRule rule;
    // As the CLI without --scale: an image too large for one job is scaled until it fits.
    rule.shrinkToOneJob = true;
    if (m_mode->checkedId() == Grow) {
        rule.kind = FrameRule::Kind::Extend;
        SideGrowth *sides[4] = {&rule.extension.left, &rule.extension.right, &rule.extension.top,
                                &rule.extension.bottom};
        for (int i = 0; i < 4; ++i) {
            sides[i]->relative = true;
            sides[i]->percent = m_grow[i]->value();
        }
        out << BatchFrame{rule, QString()};
        return out;
    }
    rule.kind = FrameRule::Kind::Aspect;
    rule.anchor = FormatAnchor(m_anchor->currentData().toInt());
    for (QCheckBox *box : m_formats) {
        if (!box->isChecked())
            continue;
        rule.ratio = *parseAspectRatio(box->property("ratio").toString());
        out << BatchFrame{rule, aspectFileTag(rule.ratio)};
    }
    return out;
}

void BatchDialog::updateState()
{
    const bool running = isRunning();
    const bool formats = m_mode->checkedId() == Formats;
    for (QCheckBox *box : std::as_const(m_formats))
        box->setEnabled(formats && !running);
    m_anchor->setEnabled(formats && !running);
    for (QSpinBox *box : m_grow)
        box->setEnabled(!formats && !running);
    QString why;
    if (m_inputs->count() == 0)
        why = tr("Add the images to make.");
    else if (frames().isEmpty())
        why = tr("Choose at least one format.");
    else if (m_folder->text().trimmed().isEmpty())
        why = tr("Choose the folder for the outputs.");
    else if (const QString block = m_generation->engineBlockReason(m_engine); !block.isEmpty())
        why = block;
    m_start->setEnabled(!running && why.isEmpty());
    m_stop->setEnabled(running);
    if (!running) {
        const int count = int(m_inputs->count() * frames().size());
        m_status->setText(why.isEmpty() ? tr("%n output(s) to make.", nullptr, count) : why);
    }
}

void BatchDialog::start()
{
    if (isRunning())
        return;
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!QDir().mkpath(folder)) {
        m_status->setText(tr("The folder %1 cannot be made.").arg(folder));
        return;
    }
    BatchManifest manifest;
    manifest.options = m_options;
    manifest.engine = m_engine;
    const auto format = ImageFormat(m_fileFormat->currentData().toInt());
    manifest.items = batchItems(inputs(), frames(), folder, imageFormatSuffix(format));
    if (manifest.items.isEmpty())
        return;
    const QString results = m_generation->settings()->resultsDirectory();
    m_run = new BatchRun(
        manifest, BatchRun::newFolder(results, QFileInfo(manifest.items.first().input).fileName()),
        m_jobs->value(), this);
    m_items->clear();
    for (const BatchItem &item : manifest.items) {
        auto *row = new QTreeWidgetItem(m_items);
        row->setText(InputColumn, QFileInfo(item.input).fileName());
        row->setText(OutputColumn, QFileInfo(item.output).fileName());
        row->setToolTip(OutputColumn, item.output);
        row->setText(StatusColumn, jobStatusText(JobStatus::Queued));
    }
    m_progress->setRange(0, int(manifest.items.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m made"));
    connect(m_run, &BatchRun::itemStatusChanged, this, [this](int index, JobStatus status) {
        if (QTreeWidgetItem *row = m_items->topLevelItem(index))
            row->setText(StatusColumn, jobStatusText(status));
    });
    connect(m_run, &BatchRun::itemSettled, this, [this](int index) { showItem(index); });
    connect(m_run, &BatchRun::problem, m_status, &QLabel::setText);
    connect(m_run, &BatchRun::finished, this, &BatchDialog::onFinished);
    m_running = true;
    m_run->start(m_generation->backendFor(m_engine), results, nullptr, false);
    m_status->setText(tr("Making %n output(s)…", nullptr, int(manifest.items.size())));
    updateState();
}

void BatchDialog::showItem(int index)
{
    if (!m_run)
        return;
    const BatchItem &item = m_run->manifest().items[index];
    QTreeWidgetItem *row = m_items->topLevelItem(index);
    if (!row)
        return;
    const bool done = item.state == BatchItem::State::Done;
    row->setText(StatusColumn, done ? jobStatusText(JobStatus::Done) : item.error);
    row->setToolTip(StatusColumn, item.error);
    row->setForeground(StatusColumn, statusColour(done ? Status::Success : Status::Error,
                                                  m_items->palette(), QPalette::Base));
    row->setText(CostColumn,
                 item.cost ? NumberFormat::decimal(*item.cost, 2) : QStringLiteral("–"));
    row->setText(TimeColumn, NumberFormat::seconds(item.elapsedS, 1));
    m_progress->setValue(m_run->manifest().settledCount());
}

void BatchDialog::stop()
{
    if (m_running && m_run)
        m_run->interrupt();
}

void BatchDialog::onFinished(bool interrupted)
{
    m_running = false;
    if (!m_run)
        return;
    updateState();
    const BatchManifest &m = m_run->manifest();
    const int done = int(std::count_if(m.items.cbegin(), m.items.cend(), [](const BatchItem &i) {
        return i.state == BatchItem::State::Done;
    }));
    m_status->setText(
        interrupted
            ? tr("Stopped: %1 of %2 made. “outframe-cli --resume” finishes the batch.")
                  .arg(done)
                  .arg(m.items.size())
            : tr("%1 of %2 made, in %3.")
                  .arg(done)
                  .arg(m.items.size())
                  .arg(QDir::toNativeSeparators(QFileInfo(m.items.first().output).absolutePath())));
    emit batchFinished(interrupted);
}

void BatchDialog::reject()
{
    // Closing stops the batch; it stays resumable.
    stop();
    QDialog::reject();
}

} // namespace outframe
