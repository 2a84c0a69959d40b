// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layerspanel.h"

#include "document.h"
#include "documentcommands.h"
#include "layerlistmodel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace outframe {

LayersPanel::LayersPanel(Document *document, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_document(document), m_undo(undoStack),
      m_model(new LayerListModel(document, undoStack, this))
{
    m_list = new QListView;
    m_list->setModel(m_model);
    m_list->setIconSize(QSize(LayerListModel::kThumbnailSize, LayerListModel::kThumbnailSize));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(180);
    m_list->setAccessibleName(tr("Layers"));

    const auto button = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    m_star = button(tr("★ Star"), tr("Star this variation (S); starred ones export together"));
    m_star->setCheckable(true);
    m_star->setAccessibleName(tr("Star variation"));
    m_up = button(tr("▲"), tr("Move up the stack"));
    m_up->setAccessibleName(tr("Move layer up"));
    m_down = button(tr("▼"), tr("Move down the stack"));
    m_down->setAccessibleName(tr("Move layer down"));
    m_delete = button(tr("Delete"), tr("Delete this layer (Del); undo brings it back"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_star);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_delete);

    m_details = new QLabel;
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_opacity = new QSlider(Qt::Horizontal);
    m_opacity->setRange(0, 100);
    m_keepOriginal = new QCheckBox(tr("Keep original pixels"));
    m_keepOriginal->setToolTip(tr("Put the original back exactly where it was sent"));
    m_feather = new QSpinBox;
    m_feather->setRange(0, SeamSettings::kMaxFeather);
    m_feather->setSuffix(tr(" px"));
    m_feather->setToolTip(tr("Blend the original's border into the result over this width"));
    m_colourMatch = new QCheckBox(tr("Colour match at the seam"));
    m_colourMatch->setToolTip(tr("Remove the result's colour shift against the original"));
    m_split = new QSlider(Qt::Horizontal);
    m_split->setRange(0, 100);
    m_split->setToolTip(tr("Compare: the original on the left, the result on the right. "
                           "Hold \\ to see the original alone."));

    auto *form = new QFormLayout;
    form->addRow(tr("Opacity"), m_opacity);
    form->addRow(m_keepOriginal);
    form->addRow(tr("Feather"), m_feather);
    form->addRow(m_colourMatch);
    form->addRow(tr("Compare"), m_split);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_details);
    layout->addLayout(form);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                m_document->setActiveLayer(current.data(LayerListModel::LayerIdRole).toULongLong());
            });
    follow();
    connect(m_model, &QAbstractItemModel::modelReset, this,
            &LayersPanel::syncSelectionFromDocument);

    connect(m_opacity, &QSlider::sliderPressed, this, [this] { ++m_gesture; });
    connect(m_opacity, &QSlider::valueChanged, this,
            [this](int v) { setProperty(int(LayerProperty::Opacity), v / 100.0); });
    connect(m_keepOriginal, &QCheckBox::toggled, this,
            [this](bool on) { setProperty(int(LayerProperty::KeepOriginal), on); });
    connect(m_feather, &QSpinBox::valueChanged, this,
            [this](int v) { setProperty(int(LayerProperty::Feather), v); });
    connect(m_colourMatch, &QCheckBox::toggled, this,
            [this](bool on) { setProperty(int(LayerProperty::ColourMatch), on); });
    connect(m_star, &QToolButton::clicked, this, &LayersPanel::toggleStarActive);
    connect(m_delete, &QToolButton::clicked, this, &LayersPanel::deleteActive);
    connect(m_up, &QToolButton::clicked, this, [this] { moveActive(+1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveActive(-1); });
    connect(m_split, &QSlider::valueChanged, this,
            [this](int v) { emit compareSplitChanged(v / 100.0); });
    syncSelectionFromDocument();
}

double LayersPanel::compareSplit() const
{
    return m_split->value() / 100.0;
}

void LayersPanel::setProperty(int which, const QVariant &value)
{
    const quint64 id = m_document->activeLayerId();
    if (m_syncing || id == 0)
        return;
    if (m_document->layer(m_document->indexOf(id)).property(LayerProperty(which)) == value)
        return;
    m_undo->push(
        new SetLayerPropertyCommand(m_document, id, LayerProperty(which), value, m_gesture));
}

void LayersPanel::deleteActive()
{
    const int index = m_document->activeLayerIndex();
    if (index < 0)
        return;
    const quint64 id = m_document->layer(index).id;
    // Deleting the one variation on show (as [ and ] leave it) shows the one that takes its
    // place, as a photo viewer goes on to the next picture: the canvas is never left bare.
    const QList<ResultLayer> &layers = m_document->layers();
    const bool othersHidden = std::none_of(layers.cbegin(), layers.cend(),
                                           [id](const auto &l) { return l.id != id && l.visible; });
    const int neighbour = index + 1 < layers.size() ? index + 1 : index - 1;
    if (!layers.at(index).visible || !othersHidden || neighbour < 0) {
        m_undo->push(new RemoveLayerCommand(m_document, id));
        return;
    }
    auto *command = new QUndoCommand(tr("Delete Layer"));
    new RemoveLayerCommand(m_document, id, command);
    new SetLayerPropertyCommand(m_document, layers.at(neighbour).id, LayerProperty::Visible, true,
                                0, command);
    m_undo->push(command);
}

void LayersPanel::toggleStarActive()
{
    const int index = m_document->activeLayerIndex();
    if (index < 0)
        return;
    m_undo->push(new SetLayerPropertyCommand(m_document, m_document->activeLayerId(),
                                             LayerProperty::Starred,
                                             !m_document->layer(index).starred));
}

void LayersPanel::moveActive(int delta)
{
    const int index = m_document->activeLayerIndex();
    const int to = index + delta;
    if (index < 0 || to < 0 || to >= m_document->layerCount())
        return;
    m_undo->push(new MoveLayerCommand(m_document, m_document->activeLayerId(), to));
}

void LayersPanel::stepVariation(int delta)
{
    // Flipping through results is viewing, not editing: no undo step, like scrolling.
    m_document->stepVariation(delta, true);
}

void LayersPanel::follow()
{
    connect(m_document, &Document::activeLayerChanged, this,
            &LayersPanel::syncSelectionFromDocument);
    connect(m_document, &Document::changed, this, &LayersPanel::syncControls);
    connect(m_document, &Document::reset, this, &LayersPanel::syncSelectionFromDocument);
}

void LayersPanel::setDocument(Document *document)
{
    m_document->disconnect(this);
    m_document = document;
    follow();
    m_model->setDocument(document);
    syncSelectionFromDocument();
    syncControls();
}

void LayersPanel::syncSelectionFromDocument()
{
    m_syncing = true;
    const int index = m_document->activeLayerIndex();
    if (index >= 0)
        m_list->selectionModel()->setCurrentIndex(m_model->index(m_model->rowFor(index)),
                                                  QItemSelectionModel::ClearAndSelect);
    else
        m_list->selectionModel()->clearSelection();
    m_syncing = false;
    syncControls();
}

void LayersPanel::syncControls()
{
    m_syncing = true;
    const int index = m_document->activeLayerIndex();
    const bool has = index >= 0;
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_opacity, m_keepOriginal, m_feather, m_colourMatch, m_star, m_delete, m_up, m_down})
        w->setEnabled(has);
    if (has) {
        const ResultLayer &l = m_document->layer(index);
        m_opacity->setValue(int(std::lround(l.opacity * 100)));
        m_keepOriginal->setChecked(l.seam.keepOriginal);
        m_feather->setValue(l.seam.featherPx);
        m_feather->setEnabled(l.seam.keepOriginal);
        m_colourMatch->setChecked(l.seam.colourMatch);
        m_star->setChecked(l.starred);
        m_details->setText(layerDetails(l));
        m_up->setEnabled(index + 1 < m_document->layerCount());
        m_down->setEnabled(index > 0);
    } else {
        m_details->setText(m_document->layerCount() == 0
                               ? tr("The results you keep appear here as layers. Generate and "
                                    "keep one from the strip under the canvas, or bring one "
                                    "back from History.")
                               : QString());
    }
    m_syncing = false;
}

} // namespace outframe
