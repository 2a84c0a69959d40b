// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pricing.h"

#include "numberformat.h"

#include <QCoreApplication>

#include <cmath>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::Pricing", text);
}

bool isUsableRate(double rate)
{
    return std::isfinite(rate) && rate >= 0;
}

} // namespace

int Pricing::billedMegapixels(QSize canvas)
{
    if (canvas.isEmpty())
        return 0;
    const qint64 pixels = qint64(canvas.width()) * canvas.height();
    return int((pixels + kBilledUnitPixels - 1) / kBilledUnitPixels);
}

Pricing::CostEstimate Pricing::estimate(QSize canvas,
                                        std::optional<double> learnedCreditsPerMegapixel)
{
    CostEstimate e;
    e.billedMegapixels = billedMegapixels(canvas);
    e.learned = learnedCreditsPerMegapixel && isUsableRate(*learnedCreditsPerMegapixel);
    e.creditsPerMegapixel = e.learned ? *learnedCreditsPerMegapixel : kPublishedCreditsPerMegapixel;
    e.credits = e.creditsPerMegapixel * e.billedMegapixels;
    return e;
}

Pricing::CostEstimate Pricing::estimateJobs(const QList<QSize> &canvases,
                                            std::optional<double> learnedCreditsPerMegapixel)
{
    CostEstimate total;
    for (const QSize &canvas : canvases) {
        const CostEstimate one = estimate(canvas, learnedCreditsPerMegapixel);
        total.credits += one.credits;
        total.billedMegapixels += one.billedMegapixels;
        total.creditsPerMegapixel = one.creditsPerMegapixel;
        total.learned = one.learned;
    }
    return total;
}

std::optional<double> Pricing::rateFromReportedCost(double credits, QSize canvas)
{
    const int megapixels = billedMegapixels(canvas);
    if (megapixels == 0 || !isUsableRate(credits))
        return std::nullopt;
    return credits / megapixels;
}

QString Pricing::formatEstimate(const CostEstimate &estimate)
{
    // Whole credits as whole numbers; a fraction only where it is more than rounding noise.
    const double credits = std::round(estimate.credits * 10.0) / 10.0;
    const bool whole = credits == std::floor(credits) || credits >= 10;
    const QString amount = NumberFormat::decimal(credits, whole ? 0 : 1);
    const QString dollars = NumberFormat::dollars(estimate.credits / 100.0);
    return estimate.learned ? tr("≈ %1 credits (%2, at the rate last charged)").arg(amount, dollars)
                            : tr("≈ %1 credits (%2, estimate)").arg(amount, dollars);
}

} // namespace outframe
