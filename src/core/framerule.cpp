// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "framerule.h"

#include "numberformat.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace outframe {

namespace {

constexpr int kMaxGrowthPixels = 16384;
constexpr double kMaxGrowthPercent = 1000;

} // namespace

int SideGrowth::resolve(int imageSide) const
{
    return relative ? int(std::lround(imageSide * percent / 100.0)) : pixels;
}

std::optional<Extension> parseExtension(const QString &text, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Extension extension;
    QStringList seen;
    const QStringList entries = text.split(u',', Qt::SkipEmptyParts);
    if (entries.isEmpty())
        return fail(QCoreApplication::translate(
            "outframe::FrameRule",
            "Give the growth of at least one side, such as left=25%,right=500."));
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u'=');
        const QString side = parts.value(0).trimmed().toLower();
        SideGrowth *growth = side == QLatin1String("left")     ? &extension.left
                             : side == QLatin1String("right")  ? &extension.right
                             : side == QLatin1String("top")    ? &extension.top
                             : side == QLatin1String("bottom") ? &extension.bottom
                                                               : nullptr;
        if (parts.size() != 2 || !growth)
            return fail(QCoreApplication::translate(
                            "outframe::FrameRule",
                            "“%1” is not a side's growth such as left=25% or right=500 (sides: "
                            "left, right, top, bottom).")
                            .arg(entry.trimmed()));
        if (seen.contains(side))
            return fail(
                QCoreApplication::translate("outframe::FrameRule", "The side %1 is given twice.")
                    .arg(side));
        seen << side;
        QString amount = parts[1].trimmed();
        bool ok = false;
        if (amount.endsWith(u'%')) {
            amount.chop(1);
            growth->relative = true;
            growth->percent = amount.trimmed().toDouble(&ok);
            ok = ok && std::isfinite(growth->percent) && growth->percent >= 0 &&
                 growth->percent <= kMaxGrowthPercent;
        } else {
            growth->pixels = amount.toInt(&ok);
            ok = ok && growth->pixels >= 0 && growth->pixels <= kMaxGrowthPixels;
        }
        if (!ok)
            return fail(QCoreApplication::translate(
                            "outframe::FrameRule",
                            "“%1”: a side grows by 0 to %2 px or 0 to %3 of the image.")
                            .arg(entry.trimmed())
                            .arg(kMaxGrowthPixels)
                            .arg(NumberFormat::percent(kMaxGrowthPercent, -1)));
    }
    return extension;
}

namespace {

Placement framed(const FrameRule &rule, QSize imageNativeSize, double scale)
{
    Placement placement(rule.canvas, imageNativeSize);
    placement.setReferenceScale(scale);
    switch (rule.kind) {
    case FrameRule::Kind::Fixed:
        placement.setOffsetX(rule.offsetX);
        placement.setOffsetY(rule.offsetY);
        placement.setAutoCrop(rule.autoCrop);
        break;
    case FrameRule::Kind::Extend: {
        const Extension &e = rule.extension;
        const QSize image = placement.referenceSize();
        const int left = e.left.resolve(image.width());
        const int top = e.top.resolve(image.height());
        placement.setCanvasSize(QSize(image.width() + left + e.right.resolve(image.width()),
                                      image.height() + top + e.bottom.resolve(image.height())));
        placement.setOffset(QPoint(left, top));
        break;
    }
    case FrameRule::Kind::Aspect:
        placement.setCanvasSize(placement.referenceSize());
        placement = placementForFormat(placement, rule.ratio, rule.anchor);
        break;
    }
    return placement;
}

QJsonObject growthJson(const SideGrowth &g)
{
    return g.relative ? QJsonObject{{"percent", g.percent}} : QJsonObject{{"px", g.pixels}};
}

SideGrowth growthFrom(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    SideGrowth g;
    g.relative = o.contains("percent");
    g.percent = qBound(0.0, o.value("percent").toDouble(), kMaxGrowthPercent);
    g.pixels = qBound(0, o.value("px").toInt(), kMaxGrowthPixels);
    return g;
}

const char *kindName(FrameRule::Kind kind)
{
    switch (kind) {
    case FrameRule::Kind::Fixed:
        return "fixed";
    case FrameRule::Kind::Extend:
        return "extend";
    case FrameRule::Kind::Aspect:
        return "aspect";
    }
    return "fixed";
}

} // namespace

Placement FrameRule::placementFor(QSize imageNativeSize) const
{
    Placement placement = framed(*this, imageNativeSize, scale);
    if (!shrinkToOneJob || kind == Kind::Fixed || placement.outputPixels() <= Placement::kMaxPixels)
        return placement;
    // The canvas grows with the scale: the largest scale whose canvas one job makes.
    double low = Placement::kMinReferenceScale, high = scale;
    for (int step = 0; step < 40 && high - low > 1e-6; ++step) {
        const double middle = (low + high) / 2;
        if (framed(*this, imageNativeSize, middle).outputPixels() <= Placement::kMaxPixels)
            low = middle;
        else
            high = middle;
    }
    return framed(*this, imageNativeSize, low);
}

QJsonObject frameRuleJson(const FrameRule &rule)
{
    QJsonObject o{{"kind", QLatin1String(kindName(rule.kind))},
                  {"scale", rule.scale},
                  {"shrink_to_one_job", rule.shrinkToOneJob}};
    switch (rule.kind) {
    case FrameRule::Kind::Fixed:
        o.insert("width", rule.canvas.width());
        o.insert("height", rule.canvas.height());
        if (rule.offsetX)
            o.insert("x", *rule.offsetX);
        if (rule.offsetY)
            o.insert("y", *rule.offsetY);
        o.insert("auto_crop", rule.autoCrop);
        break;
    case FrameRule::Kind::Extend:
        o.insert("left", growthJson(rule.extension.left));
        o.insert("right", growthJson(rule.extension.right));
        o.insert("top", growthJson(rule.extension.top));
        o.insert("bottom", growthJson(rule.extension.bottom));
        break;
    case FrameRule::Kind::Aspect:
        o.insert("ratio", rule.ratio.label);
        o.insert("anchor", formatAnchorName(rule.anchor));
        break;
    }
    return o;
}

std::optional<FrameRule> frameRuleFrom(const QJsonObject &o)
{
    FrameRule rule;
    const QString kind = o.value("kind").toString();
    rule.scale = o.value("scale").toDouble(1.0);
    if (Placement::clampReferenceScale(rule.scale) != rule.scale)
        return std::nullopt;
    rule.shrinkToOneJob = o.value("shrink_to_one_job").toBool();
    if (kind == QLatin1String("fixed")) {
        rule.kind = FrameRule::Kind::Fixed;
        rule.canvas = QSize(o.value("width").toInt(), o.value("height").toInt());
        if (o.contains("x"))
            rule.offsetX = o.value("x").toInt();
        if (o.contains("y"))
            rule.offsetY = o.value("y").toInt();
        rule.autoCrop = o.value("auto_crop").toBool();
    } else if (kind == QLatin1String("extend")) {
        rule.kind = FrameRule::Kind::Extend;
        rule.extension = {growthFrom(o.value("left")), growthFrom(o.value("right")),
                          growthFrom(o.value("top")), growthFrom(o.value("bottom"))};
    } else if (kind == QLatin1String("aspect")) {
        rule.kind = FrameRule::Kind::Aspect;
        const auto ratio = parseAspectRatio(o.value("ratio").toString());
        const auto anchor = formatAnchorFromName(o.value("anchor").toString());
        if (!ratio || !anchor)
            return std::nullopt;
        rule.ratio = *ratio;
        rule.anchor = *anchor;
    } else {
        return std::nullopt;
    }
    return rule;
}

} // namespace outframe
