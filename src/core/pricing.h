// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace outframe {

// What a job is expected to cost: the single home of the price rule.
//
// The provider publishes no price for the outpainting endpoint. A reseller of it publishes
// $0.10 per output megapixel, where each started 1024 x 1024 px block of the canvas counts as
// one megapixel and the input is not counted (2048 x 2048 = 4 MP = 40 credits; 1025 x 1024 =
// 2 MP = 20 credits; 1 credit = $0.01). That is the estimate until the service has reported
// what it really charged, which is the truth and replaces the published rate.
namespace Pricing {

constexpr qint64 kBilledUnitPixels = 1024 * 1024;
constexpr double kPublishedCreditsPerMegapixel = 10.0;

// Each started 1024 x 1024 px of the canvas counts; 0 for an empty canvas.
int billedMegapixels(QSize canvas);

struct CostEstimate
{
    double credits = 0;
    double creditsPerMegapixel = 0;
    int billedMegapixels = 0;
    bool learned = false; // the rate came from the service's reported costs
};

// The estimate before paying: the published rate, or the rate learned from the service's
// reported costs when one is given (and is a usable rate).
CostEstimate estimate(QSize canvas,
                      std::optional<double> learnedCreditsPerMegapixel = std::nullopt);

// The estimate for several jobs of these canvas sizes, each priced as its own job.
CostEstimate estimateJobs(const QList<QSize> &canvases,
                          std::optional<double> learnedCreditsPerMegapixel = std::nullopt);

// The per-billed-megapixel rate that a reported cost implies; nullopt for nonsense (negative,
// not finite, or an empty canvas).
std::optional<double> rateFromReportedCost(double credits, QSize canvas);

// The estimate as the artist reads it: "≈ 40 credits ($0.40, estimate)".
QString formatEstimate(const CostEstimate &estimate);

} // namespace Pricing

} // namespace outframe
