#pragma once
// TEMPORARY local stand-in until the core-rules branch lands (not committed).
#include <QSize>
#include <QString>
#include <cmath>
#include <optional>
namespace outframe {
namespace Pricing {
constexpr qint64 kBilledUnitPixels = 1024 * 1024;
constexpr double kPublishedCreditsPerMegapixel = 10.0;
inline int billedMegapixels(QSize c)
{
    if (c.isEmpty())
        return 0;
    return int((qint64(c.width()) * c.height() + kBilledUnitPixels - 1) / kBilledUnitPixels);
}
struct CostEstimate
{
    double credits = 0;
    double creditsPerMegapixel = 0;
    int billedMegapixels = 0;
    bool learned = false;
};
inline CostEstimate estimate(QSize canvas, std::optional<double> learned = std::nullopt)
{
    CostEstimate e;
    e.billedMegapixels = billedMegapixels(canvas);
    e.learned = learned.has_value();
    e.creditsPerMegapixel = learned.value_or(kPublishedCreditsPerMegapixel);
    e.credits = e.creditsPerMegapixel * e.billedMegapixels;
    return e;
}
inline std::optional<double> rateFromReportedCost(double credits, QSize canvas)
{
    const int mp = billedMegapixels(canvas);
    if (mp == 0 || !std::isfinite(credits) || credits < 0)
        return std::nullopt;
    return credits / mp;
}
inline QString formatEstimate(const CostEstimate &e)
{
    return QStringLiteral("≈ %1 credits ($%2, estimate)")
        .arg(e.credits)
        .arg(e.credits / 100.0, 0, 'f', 2);
}
} // namespace Pricing
} // namespace outframe
