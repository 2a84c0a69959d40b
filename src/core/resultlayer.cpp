// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultlayer.h"

#include <cmath>

namespace outframe {

QString resultEngineName(ResultEngine engine)
{
    return engine == ResultEngine::Local ? QStringLiteral("local") : QStringLiteral("flux");
}

std::optional<ResultEngine> resultEngineFromName(const QString &name)
{
    if (name == QLatin1String("flux"))
        return ResultEngine::Flux;
    if (name == QLatin1String("local"))
        return ResultEngine::Local;
    return std::nullopt;
}

QVariant ResultLayer::property(LayerProperty which) const
{
    switch (which) {
    case LayerProperty::Name:
        return name;
    case LayerProperty::Visible:
        return visible;
    case LayerProperty::Opacity:
        return opacity;
    case LayerProperty::Starred:
        return starred;
    case LayerProperty::KeepOriginal:
        return seam.keepOriginal;
    case LayerProperty::Feather:
        return seam.featherPx;
    case LayerProperty::ColourMatch:
        return seam.colourMatch;
    }
    return {};
}

bool ResultLayer::setProperty(LayerProperty which, const QVariant &value)
{
    const auto isBool = value.typeId() == QMetaType::Bool;
    bool ok = false;
    switch (which) {
    case LayerProperty::Name:
        if (value.typeId() != QMetaType::QString)
            return false;
        name = value.toString();
        return true;
    case LayerProperty::Visible:
        if (!isBool)
            return false;
        visible = value.toBool();
        return true;
    case LayerProperty::Opacity: {
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return false;
        opacity = qBound(0.0, v, 1.0);
        return true;
    }
    case LayerProperty::Starred:
        if (!isBool)
            return false;
        starred = value.toBool();
        return true;
    case LayerProperty::KeepOriginal:
        if (!isBool)
            return false;
        seam.keepOriginal = value.toBool();
        return true;
    case LayerProperty::Feather: {
        const int v = value.toInt(&ok);
        if (!ok)
            return false;
        seam.featherPx = qBound(0, v, SeamSettings::kMaxFeather);
        return true;
    }
    case LayerProperty::ColourMatch:
        if (!isBool)
            return false;
        seam.colourMatch = value.toBool();
        return true;
    }
    return false;
}

bool ResultLayer::operator==(const ResultLayer &o) const
{
    return id == o.id && name == o.name && image == o.image && engine == o.engine &&
           taskId == o.taskId && options == o.options && placement == o.placement &&
           referenceRect == o.referenceRect && cost == o.cost && created == o.created &&
           elapsedSeconds == o.elapsedSeconds && sourcePath == o.sourcePath && seed == o.seed &&
           visible == o.visible && opacity == o.opacity && starred == o.starred && seam == o.seam;
}

} // namespace outframe
