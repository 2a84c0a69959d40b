// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementsummary.h"

#include "chainplan.h"
#include "editingdocument.h"
#include "generationcontroller.h"
#include "numberformat.h"
#include "pricing.h"
#include "statuscolours.h"

#include <QHBoxLayout>
#include <QLabel>

#include <cmath>

namespace outframe {

PlacementSummary::PlacementSummary(EditingDocument *document, GenerationController *generation,
                                   QWidget *parent)
    : QWidget(parent), m_document(document), m_generation(generation)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_size = new QLabel;
    m_size->setObjectName(QStringLiteral("summarySize"));
    QFont bold = m_size->font();
    bold.setBold(true);
    m_size->setFont(bold);
    m_cost = new QLabel;
    m_cost->setObjectName(QStringLiteral("summaryCost"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("summaryProblem"));
    m_problem->setWordWrap(true);
    QFont problemFont = m_problem->font();
    problemFont.setBold(true);
    m_problem->setFont(problemFont);
    setStatusForeground(m_problem, Status::Error);
    m_problem->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_problem->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_size);
    layout->addSpacing(16);
    layout->addWidget(m_cost);
    layout->addSpacing(16);
    layout->addWidget(m_problem, 1);
    // Room for two lines of a problem whether there is one or not: the canvas above must not
    // move when one appears (the whole text is in the tooltip when it needs more).
    setFixedHeight(2 * m_problem->fontMetrics().lineSpacing() + 2 * 4 + 4);
    // Nor may a longer text widen the window's middle and squeeze the docks.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_problem->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_document, &EditingDocument::placementChanged, this, &PlacementSummary::refresh);
    connect(m_document, &EditingDocument::referenceChanged, this, &PlacementSummary::refresh);
    connect(m_generation, &GenerationController::costRatesChanged, this,
            &PlacementSummary::refresh);
    refresh();
}

void PlacementSummary::setGeneration(ResultEngine engine, GenerationMode mode, int variations)
{
    m_engine = engine;
    m_mode = mode;
    m_variations = std::max(1, variations);
    refresh();
}

QString PlacementSummary::sizeText() const
{
    return m_size->text();
}

QString PlacementSummary::costText() const
{
    return m_cost->text();
}

QString PlacementSummary::problemText() const
{
    return m_problem->text();
}

void PlacementSummary::refresh()
{
    if (!m_document->hasReference()) {
        m_size->setText(tr("No image"));
        m_cost->clear();
        m_problem->clear();
        return;
    }
    const Placement &p = m_document->placement();
    m_size->setText(tr("%1 × %2 px · %3")
                        .arg(p.canvasSize().width())
                        .arg(p.canvasSize().height())
                        .arg(NumberFormat::megapixels(p.outputPixels())));
    const MakingPlan making = planMaking(p);
    if (m_engine == ResultEngine::Local) {
        m_cost->setText(tr("free: runs on this computer"));
        m_cost->setToolTip(tr("The offline engine needs no key and no network, and costs "
                              "nothing."));
    } else {
        const std::optional<double> rate = m_generation->learnedCreditsPerMegapixel(m_mode);
        // A chain pays for each of its jobs.
        const Pricing::CostEstimate one = making.isChain()
                                              ? making.chain.estimate(rate)
                                              : Pricing::estimate(p.canvasSize(), rate);
        Pricing::CostEstimate all = one;
        all.credits *= m_variations;
        m_cost->setText(Pricing::formatEstimate(all));
        m_cost->setToolTip(
            one.learned
                ? tr("An estimate: %1 billed megapixels at the rate the service charged for "
                     "your last %2 job.")
                      .arg(all.billedMegapixels)
                      .arg(generationModeName(m_mode))
                : tr("An estimate from the published price of $0.10 per started megapixel "
                     "(1024 × 1024 px) of output; the service reports each job's cost, and "
                     "the estimate follows it."));
    }
    const QList<PlacementProblem> &problems = making.problems;
    QString text;
    if (!problems.isEmpty()) {
        text = problems.constFirst().message;
        setStatusForeground(m_problem, Status::Error);
    } else if (making.isChain()) {
        // Not a problem: the artist should know how it will be made before pressing Generate.
        text = tr("Over 4 MP: made by %1 in %2, outlined on the canvas; the image keeps its "
                  "resolution.")
                   .arg(tr("%n job(s)", nullptr, int(making.chain.tiles.size())),
                        tr("%n step(s)", nullptr, making.chain.waveCount()));
        setStatusForeground(m_problem, Status::Warning);
    } else if (p.autoCrop() && p.referenceExceedsCanvas()) {
        // Valid, but the artist should see that part of the image will be cut.
        const QSize ref = p.referenceSize();
        const qint64 cut =
            qint64(ref.width()) * ref.height() -
            qint64(p.visibleReferenceRect().width()) * p.visibleReferenceRect().height();
        text = tr("Auto-crop removes the shaded %1 of the image.")
                   .arg(NumberFormat::percent(
                       std::lround(100.0 * double(cut) / (double(ref.width()) * ref.height())), 0));
        setStatusForeground(m_problem, Status::Warning);
    }
    m_problem->setText(text);
    m_problem->setToolTip(text);
}

} // namespace outframe
