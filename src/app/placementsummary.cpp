#include "placementsummary.h"

#include "appsettings.h"
#include "outpaintdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace outframe {

PlacementSummary::PlacementSummary(OutpaintDocument *document, AppSettings *settings,
                                   QWidget *parent)
    : QWidget(parent), m_document(document), m_settings(settings)
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
    m_problem->setStyleSheet(QStringLiteral("color: #ff6b6b; font-weight: bold;"));
    m_problem->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_problem->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_size);
    layout->addSpacing(16);
    layout->addWidget(m_cost);
    layout->addSpacing(16);
    layout->addWidget(m_problem, 1);

    connect(m_document, &OutpaintDocument::placementChanged, this, &PlacementSummary::refresh);
    connect(m_document, &OutpaintDocument::referenceChanged, this, &PlacementSummary::refresh);
    connect(m_settings, &AppSettings::costRatesChanged, this, &PlacementSummary::refresh);
    refresh();
}

void PlacementSummary::setGeneration(GenerationMode mode, int variations)
{
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
                        .arg(formatMegapixels(p.outputPixels())));
    if (const auto rate = m_settings->creditsPerMegapixel(m_mode)) {
        const double credits = *rate * p.outputMegapixels() * m_variations;
        m_cost->setText(tr("≈ %1 credits ($%2)")
                            .arg(QLocale().toString(credits, 'f', credits < 10 ? 1 : 0))
                            .arg(QLocale().toString(credits / 100.0, 'f', 2)));
        m_cost->setToolTip(tr("Estimated from what the service charged per megapixel for your "
                              "last %1 job.")
                               .arg(generationModeName(m_mode)));
    } else {
        m_cost->setText(tr("cost: known after the first job"));
        m_cost->setToolTip(tr("The service reports the price of each job; Outframe estimates "
                              "the next ones from it."));
    }
    const QList<PlacementProblem> problems = p.problems();
    QString text;
    if (!problems.isEmpty()) {
        text = problems.constFirst().message;
    } else if (p.autoCrop() && p.referenceExceedsCanvas()) {
        // Valid, but the artist should see that part of the image will be cut.
        const QSize ref = p.referenceSize();
        const qint64 cut =
            qint64(ref.width()) * ref.height() -
            qint64(p.visibleReferenceRect().width()) * p.visibleReferenceRect().height();
        text = tr("Auto-crop removes the shaded %1 % of the image.")
                   .arg(std::lround(100.0 * double(cut) / (double(ref.width()) * ref.height())));
        m_problem->setStyleSheet(QStringLiteral("color: #f0b34a; font-weight: bold;"));
    }
    if (!problems.isEmpty())
        m_problem->setStyleSheet(QStringLiteral("color: #ff6b6b; font-weight: bold;"));
    m_problem->setText(text);
}

} // namespace outframe
