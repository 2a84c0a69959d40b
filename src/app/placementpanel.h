// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "placement.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QToolButton;

namespace outframe {

class AnchorPicker;
class AppSettings;
class MarginFields;
class EditingDocument;

// The numbers behind the canvas: frame W / H, image X / Y (each axis can be "centred"), the
// image's scale, auto-crop, the aspect presets and quick actions, and the snapping switch.
// Shows the document's placement and edits it through undoable steps; it keeps no geometry.
class PlacementPanel : public QWidget
{
    Q_OBJECT

public:
    PlacementPanel(EditingDocument *document, AppSettings *settings, QWidget *parent = nullptr);

    QSpinBox *widthField() const { return m_width; }
    QSpinBox *heightField() const { return m_height; }
    QSpinBox *xField() const { return m_x; }
    QSpinBox *yField() const { return m_y; }
    QCheckBox *centreXBox() const { return m_centreX; }
    QCheckBox *centreYBox() const { return m_centreY; }
    QDoubleSpinBox *scaleField() const { return m_scale; }
    QCheckBox *autoCropBox() const { return m_autoCrop; }
    QCheckBox *snappingBox() const { return m_snapping; }
    AnchorPicker *anchorPicker() const { return m_anchor; }
    MarginFields *marginFields() const { return m_margins; }

public slots:
    void applyAspectRatio(double ratio, const QString &label);
    void fitFrameToLimit();
    void centreReference();
    void extendFrame();
    // The surround at the image's own resolution: the image to 100 %, the frame with it.
    void useFullResolution();

private:
    void refresh();
    void edit(const Placement &after, const QString &text);
    QToolButton *makeButton(const QString &text, const QString &toolTip);

    EditingDocument *m_document;
    AppSettings *m_settings;
    QSpinBox *m_width;
    QSpinBox *m_height;
    AnchorPicker *m_anchor;
    MarginFields *m_margins;
    QSpinBox *m_x;
    QSpinBox *m_y;
    QCheckBox *m_centreX;
    QCheckBox *m_centreY;
    QDoubleSpinBox *m_scale;
    QLabel *m_nativeSize;
    QCheckBox *m_autoCrop;
    QToolButton *m_fullResolution;
    QCheckBox *m_snapping;
    QList<QToolButton *> m_aspectButtons;
    QList<QWidget *> m_needReference;
};

} // namespace outframe
