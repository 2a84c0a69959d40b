// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"
#include "resultlayer.h"

#include <QWidget>

class QLabel;

namespace outframe {

class EditingDocument;
class GenerationController;

// The line under the canvas that is always in view: frame W × H, megapixels, the estimated
// cost, and — when the placement cannot be sent — the reason, in red.
class PlacementSummary : public QWidget
{
    Q_OBJECT

public:
    PlacementSummary(EditingDocument *document, GenerationController *generation,
                     QWidget *parent = nullptr);

    // The engine and mode the cost is estimated for (the Generate panel's choice) and how
    // many variations will be made.
    void setGeneration(ResultEngine engine, GenerationMode mode, int variations);

    QString sizeText() const;
    QString costText() const;
    QString problemText() const;

private:
    void refresh();

    EditingDocument *m_document;
    GenerationController *m_generation;
    ResultEngine m_engine = ResultEngine::Flux;
    GenerationMode m_mode = GenerationMode::High;
    int m_variations = 1;
    QLabel *m_size;
    QLabel *m_cost;
    QLabel *m_problem;
};

} // namespace outframe
