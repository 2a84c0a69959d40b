// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementpanel.h"

#include "anchorpicker.h"
#include "marginfields.h"

#include "appsettings.h"
#include "chainplan.h"
#include "editingdocument.h"
#include "framegeometry.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace outframe {

namespace {

constexpr int kMaxSide = 32768;

QSpinBox *makeSpinBox(int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    // The value is taken when the artist presses Enter or leaves the field, not per keystroke:
    // typing "1536" is one edit, not four.
    box->setKeyboardTracking(false);
    box->setAlignment(Qt::AlignRight);
    return box;
}

} // namespace

PlacementPanel::PlacementPanel(EditingDocument *document, AppSettings *settings, QWidget *parent)
    : QWidget(parent), m_document(document), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Frame
    auto *frameBox = new QGroupBox(tr("Frame"));
    auto *frameForm = new QFormLayout(frameBox);
    // 0 only shows "—" while there is no image.
    m_width = makeSpinBox(0, kMaxSide, tr(" px"));
    m_height = makeSpinBox(0, kMaxSide, tr(" px"));
    m_width->setSpecialValueText(QStringLiteral("—"));
    m_height->setSpecialValueText(QStringLiteral("—"));
    m_width->setAccessibleName(tr("Frame width"));
    m_height->setAccessibleName(tr("Frame height"));
    auto *sizeRow = new QHBoxLayout;
    auto *heightLabel = new QLabel(tr("&H"));
    heightLabel->setBuddy(m_height);
    sizeRow->addWidget(m_width, 1);
    sizeRow->addSpacing(6);
    sizeRow->addWidget(heightLabel);
    sizeRow->addWidget(m_height, 1);
    auto *widthLabel = new QLabel(tr("&W"));
    widthLabel->setBuddy(m_width);
    frameForm->addRow(widthLabel, sizeRow);
    m_anchor = new AnchorPicker;
    frameForm->addRow(tr("Anchor"), m_anchor);
    m_margins = new MarginFields;
    frameForm->addRow(tr("Add"), m_margins);

    auto *aspectGrid = new QGridLayout;
    aspectGrid->setSpacing(4);
    int column = 0;
    int row = 0;
    const auto addAspect = [&](const QString &label, double ratio, const QString &tip) {
        QToolButton *button = makeButton(label, tip);
        button->setProperty("ratio", ratio);
        button->setAccessibleName(tr("Aspect ratio %1").arg(label));
        connect(button, &QToolButton::clicked, this, [this, button, label] {
            applyAspectRatio(button->property("ratio").toDouble(), label);
        });
        aspectGrid->addWidget(button, row, column);
        m_aspectButtons.append(button);
        if (++column == 4) {
            column = 0;
            ++row;
        }
    };
    for (const AspectRatio &ratio : standardAspectRatios())
        addAspect(ratio.label, ratio.value(), tr("Make the frame %1").arg(ratio.label));
    addAspect(tr("Image"), 0.0, tr("Give the frame the image's own ratio"));
    frameForm->addRow(tr("Ratio"), aspectGrid);

    auto *actions = new QHBoxLayout;
    QToolButton *fit = makeButton(tr("Fit to 4 MP"), tr("Grow or shrink the frame, keeping its "
                                                        "ratio, to the largest size the service "
                                                        "allows"));
    QToolButton *extend = makeButton(tr("Extend 25 %"), tr("Grow the frame by 25 % on each side "
                                                           "the anchor lets move"));
    connect(fit, &QToolButton::clicked, this, &PlacementPanel::fitFrameToLimit);
    connect(extend, &QToolButton::clicked, this, &PlacementPanel::extendFrame);
    actions->addWidget(fit);
    actions->addWidget(extend);
    actions->addStretch();
    frameForm->addRow(QString(), actions);
    layout->addWidget(frameBox);

    // Image
    auto *imageBox = new QGroupBox(tr("Image"));
    auto *imageForm = new QFormLayout(imageBox);
    m_x = makeSpinBox(-kMaxSide, kMaxSide, tr(" px"));
    m_y = makeSpinBox(-kMaxSide, kMaxSide, tr(" px"));
    m_x->setAccessibleName(tr("Image left edge"));
    m_y->setAccessibleName(tr("Image top edge"));
    m_centreX = new QCheckBox(tr("centred"));
    m_centreY = new QCheckBox(tr("centred"));
    m_centreX->setToolTip(tr("Keep the image centred horizontally whatever the frame's width"));
    m_centreY->setToolTip(tr("Keep the image centred vertically whatever the frame's height"));
    auto *xRow = new QHBoxLayout;
    xRow->addWidget(m_x, 1);
    xRow->addWidget(m_centreX);
    auto *yRow = new QHBoxLayout;
    yRow->addWidget(m_y, 1);
    yRow->addWidget(m_centreY);
    // A row holding a layout gets no buddy by itself: give the mnemonic its field.
    auto *xLabel = new QLabel(tr("&X"));
    xLabel->setBuddy(m_x);
    auto *yLabel = new QLabel(tr("&Y"));
    yLabel->setBuddy(m_y);
    imageForm->addRow(xLabel, xRow);
    imageForm->addRow(yLabel, yRow);

    m_scale = new QDoubleSpinBox;
    m_scale->setRange(Placement::kMinReferenceScale * 100.0, Placement::kMaxReferenceScale * 100.0);
    m_scale->setDecimals(1);
    m_scale->setSuffix(tr(" %"));
    m_scale->setKeyboardTracking(false);
    m_scale->setAlignment(Qt::AlignRight);
    m_scale->setAccessibleName(tr("Image scale"));
    m_scale->setToolTip(tr("The image is resampled to this size before it is sent. Alt+drag on "
                           "the image scales it on the canvas."));
    imageForm->addRow(tr("&Scale"), m_scale);
    m_nativeSize = new QLabel;
    m_nativeSize->setWordWrap(true);
    m_nativeSize->setForegroundRole(QPalette::PlaceholderText);
    imageForm->addRow(QString(), m_nativeSize);

    QToolButton *centre = makeButton(tr("Centre image"), tr("Centre the image on both axes"));
    connect(centre, &QToolButton::clicked, this, &PlacementPanel::centreReference);
    m_autoCrop = new QCheckBox(tr("Auto-crop outside the frame"));
    m_autoCrop->setToolTip(tr("The service cuts off the shaded part of the image that lies "
                              "outside the frame. Off: the image must lie inside the frame."));
    m_fullResolution = makeButton(
        tr("Full resolution"),
        tr("Make the surround at the image's own resolution: the image goes to 100 % and the "
           "frame grows with it. A frame over 4 MP is made by several jobs, outlined on the "
           "canvas."));
    m_fullResolution->setObjectName(QStringLiteral("fullResolution"));
    connect(m_fullResolution, &QToolButton::clicked, this, &PlacementPanel::useFullResolution);
    auto *imageActions = new QHBoxLayout;
    imageActions->addWidget(centre);
    imageActions->addWidget(m_fullResolution);
    imageActions->addStretch();
    imageForm->addRow(QString(), imageActions);
    // A row of its own: beside two buttons it would widen the dock and squeeze the canvas.
    imageForm->addRow(QString(), m_autoCrop);
    layout->addWidget(imageBox);

    m_snapping = new QCheckBox(tr("Snap to the frame's edges and centre"));
    m_snapping->setToolTip(tr("Hold Ctrl while dragging to place freely"));
    m_snapping->setChecked(m_settings->snapping());
    layout->addWidget(m_snapping);
    layout->addStretch();

    m_needReference = {frameBox, imageBox};

    connect(m_width, &QSpinBox::valueChanged, this, [this](int w) {
        const Placement &p = m_document->placement();
        edit(withCanvasSize(p, QSize(w, p.canvasSize().height()), m_anchor->anchor()),
             tr("Set frame width"));
    });
    connect(m_height, &QSpinBox::valueChanged, this, [this](int h) {
        const Placement &p = m_document->placement();
        edit(withCanvasSize(p, QSize(p.canvasSize().width(), h), m_anchor->anchor()),
             tr("Set frame height"));
    });
    connect(m_x, &QSpinBox::valueChanged, this, [this](int x) {
        Placement p = m_document->placement();
        p.setOffsetX(x);
        edit(p, tr("Set image X"));
    });
    connect(m_y, &QSpinBox::valueChanged, this, [this](int y) {
        Placement p = m_document->placement();
        p.setOffsetY(y);
        edit(p, tr("Set image Y"));
    });
    connect(m_centreX, &QCheckBox::toggled, this, [this](bool on) {
        Placement p = m_document->placement();
        p.setOffsetX(on ? std::nullopt : std::optional<int>(p.resolvedOffset().x()));
        edit(p, on ? tr("Centre image horizontally") : tr("Pin image X"));
    });
    connect(m_centreY, &QCheckBox::toggled, this, [this](bool on) {
        Placement p = m_document->placement();
        p.setOffsetY(on ? std::nullopt : std::optional<int>(p.resolvedOffset().y()));
        edit(p, on ? tr("Centre image vertically") : tr("Pin image Y"));
    });
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        edit(withReferenceScale(m_document->placement(), percent / 100.0), tr("Scale image"));
    });
    connect(m_margins, &MarginFields::addRequested, this, [this](QMargins margins) {
        edit(withAddedMargins(m_document->placement(), margins), tr("Add to frame"));
    });
    connect(m_autoCrop, &QCheckBox::toggled, this, [this](bool on) {
        Placement p = m_document->placement();
        p.setAutoCrop(on);
        edit(p, on ? tr("Turn auto-crop on") : tr("Turn auto-crop off"));
    });
    connect(m_snapping, &QCheckBox::toggled, m_settings, &AppSettings::setSnapping);
    connect(m_settings, &AppSettings::snappingChanged, m_snapping, &QCheckBox::setChecked);

    connect(m_document, &EditingDocument::placementChanged, this, &PlacementPanel::refresh);
    connect(m_document, &EditingDocument::referenceChanged, this, &PlacementPanel::refresh);
    refresh();
}

QToolButton *PlacementPanel::makeButton(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setToolTip(toolTip);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setCheckable(false);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return button;
}

void PlacementPanel::edit(const Placement &after, const QString &text)
{
    if (!m_document->hasReference())
        return;
    m_document->editPlacement(after, text);
}

void PlacementPanel::applyAspectRatio(double ratio, const QString &label)
{
    const Placement &p = m_document->placement();
    if (!(ratio > 0)) {
        const QSize ref = p.referenceSize();
        if (ref.isEmpty())
            return;
        ratio = double(ref.width()) / ref.height();
    }
    edit(withAspectRatio(p, ratio), tr("Frame ratio %1").arg(label));
}

void PlacementPanel::fitFrameToLimit()
{
    edit(withFrameFittedToLimit(m_document->placement()), tr("Fit frame to 4 MP"));
}

void PlacementPanel::useFullResolution()
{
    edit(withNativeResolution(m_document->placement(), ChainPlan::kMaxCanvasSide),
         tr("Full resolution"));
}

void PlacementPanel::centreReference()
{
    Placement p = m_document->placement();
    p.centre();
    edit(p, tr("Centre image"));
}

void PlacementPanel::extendFrame()
{
    edit(withExtendedFrame(m_document->placement(), 0.25, m_anchor->anchor()),
         tr("Extend frame by 25 %"));
}

void PlacementPanel::refresh()
{
    const bool has = m_document->hasReference();
    for (QWidget *w : std::as_const(m_needReference))
        w->setEnabled(has);
    const Placement &p = m_document->placement();
    const QPoint offset = p.resolvedOffset();
    const QSignalBlocker b1(m_width), b2(m_height), b3(m_x), b4(m_y), b5(m_centreX), b6(m_centreY),
        b7(m_scale), b8(m_autoCrop);
    m_width->setValue(has ? p.canvasSize().width() : 0);
    m_height->setValue(has ? p.canvasSize().height() : 0);
    m_x->setValue(offset.x());
    m_y->setValue(offset.y());
    m_centreX->setChecked(has && !p.offsetX());
    m_centreY->setChecked(has && !p.offsetY());
    m_scale->setValue(p.referenceScale() * 100.0);
    m_autoCrop->setChecked(p.autoCrop());
    m_fullResolution->setEnabled(has && p.referenceScale() < 1.0);
    if (has) {
        const QSize native = p.referenceNativeSize();
        const QSize scaled = p.referenceSize();
        m_nativeSize->setText(
            p.referenceScale() == 1.0
                ? tr("%1 × %2 px, sent at full size").arg(native.width()).arg(native.height())
                : tr("%1 × %2 px, sent as %3 × %4 px")
                      .arg(native.width())
                      .arg(native.height())
                      .arg(scaled.width())
                      .arg(scaled.height()));
    } else {
        m_nativeSize->clear();
    }
    // The preset matching the frame's current ratio reads as selected.
    const QSize c = p.canvasSize();
    const double current = c.isEmpty() ? 0.0 : double(c.width()) / c.height();
    const QSize ref = p.referenceSize();
    const double own = ref.isEmpty() ? 0.0 : double(ref.width()) / ref.height();
    for (QToolButton *button : std::as_const(m_aspectButtons)) {
        double ratio = button->property("ratio").toDouble();
        if (!(ratio > 0))
            ratio = own;
        const bool matches = current > 0 && ratio > 0 && std::abs(current / ratio - 1.0) < 0.004;
        button->setAutoRaise(!matches);
        QFont font = button->font();
        font.setBold(matches);
        button->setFont(font);
    }
}

} // namespace outframe
