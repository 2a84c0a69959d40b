#pragma once

#include "outpaintoptions.h"

#include <QWidget>

class QLabel;

namespace outframe {

class AppSettings;
class OutpaintDocument;

// The line under the canvas that is always in view: frame W × H, megapixels, the estimated
// cost, and — when the placement cannot be sent — the reason, in red.
class PlacementSummary : public QWidget
{
    Q_OBJECT

public:
    PlacementSummary(OutpaintDocument *document, AppSettings *settings, QWidget *parent = nullptr);

    // The mode the cost is estimated for (the Generate panel's choice) and how many
    // variations will be made.
    void setGeneration(GenerationMode mode, int variations);

    QString sizeText() const;
    QString costText() const;
    QString problemText() const;

private:
    void refresh();

    OutpaintDocument *m_document;
    AppSettings *m_settings;
    GenerationMode m_mode = GenerationMode::High;
    int m_variations = 1;
    QLabel *m_size;
    QLabel *m_cost;
    QLabel *m_problem;
};

} // namespace outframe
