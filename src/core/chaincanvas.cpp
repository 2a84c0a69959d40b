// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chaincanvas.h"

#include "colourmatch.h"

#include <QCoreApplication>
#include <QPainter>

namespace outframe {

namespace {

double smoothstep(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3 - 2 * t);
}

QRgb mix(QRgb from, QRgb to, double w)
{
    auto channel = [w](int a, int b) { return int(std::lround(a + (b - a) * w)); };
    return qRgba(channel(qRed(from), qRed(to)), channel(qGreen(from), qGreen(to)),
                 channel(qBlue(from), qBlue(to)), channel(qAlpha(from), qAlpha(to)));
}

bool alongX(ChainSide side)
{
    return side == ChainSide::Top || side == ChainSide::Bottom;
}

} // namespace

ChainCanvas::ChainCanvas(ChainPlan plan, const QImage &original)
    : m_plan(std::move(plan)), m_image(m_plan.canvas, QImage::Format_ARGB32)
{
    m_image.fill(Qt::transparent);
    QPainter painter(&m_image);
    painter.setCompositionMode(QPainter::CompositionMode_Source);
    painter.drawImage(m_plan.original.topLeft(), original.convertToFormat(QImage::Format_ARGB32));
}

QImage ChainCanvas::referenceFor(const ChainTile &tile) const
{
    return m_image.copy(tile.reference);
}

bool ChainCanvas::add(const ChainTile &tile, const QImage &result, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (tile.index != m_added || tile.index >= m_plan.tiles.size() ||
        m_plan.tiles[tile.index] != tile)
        return fail(QCoreApplication::translate("outframe::ChainCanvas",
                                                "Tile %1 of the plan came out of order.")
                        .arg(tile.index + 1));
    if (result.size() != tile.rect.size())
        return fail(
            QCoreApplication::translate("outframe::ChainCanvas",
                                        "Tile %1 came back %2 x %3 px instead of %4 x %5 px.")
                .arg(tile.index + 1)
                .arg(result.width())
                .arg(result.height())
                .arg(tile.rect.width())
                .arg(tile.rect.height()));

    const QPoint origin = tile.rect.topLeft();
    const QImage matched = colourMatched(result.convertToFormat(QImage::Format_ARGB32),
                                         referenceFor(tile), tile.reference.translated(-origin));

    // The overlaps with the tiles of this wave already added, and which way each fades.
    struct Overlap
    {
        QRect rect;
        bool rising; // this tile's weight rises with x (or y): the earlier one lies before it
    };
    QList<Overlap> overlaps;
    for (int i = 0; i < tile.index; ++i) {
        const ChainTile &earlier = m_plan.tiles[i];
        if (earlier.wave != tile.wave)
            continue;
        const QRect shared = earlier.fresh & tile.fresh;
        if (shared.isEmpty())
            continue;
        const bool rising = alongX(tile.side) ? earlier.rect.left() < tile.rect.left()
                                              : earlier.rect.top() < tile.rect.top();
        overlaps.append({shared, rising});
    }

    const QRect target = tile.fresh & m_image.rect();
    for (int y = target.top(); y <= target.bottom(); ++y) {
        QRgb *out = reinterpret_cast<QRgb *>(m_image.scanLine(y));
        const QRgb *in = reinterpret_cast<const QRgb *>(matched.constScanLine(y - origin.y()));
        for (int x = target.left(); x <= target.right(); ++x) {
            if (m_plan.original.contains(x, y))
                continue;
            QRgb value = in[x - origin.x()];
            for (const Overlap &overlap : overlaps) {
                if (!overlap.rect.contains(x, y))
                    continue;
                const bool byX = alongX(tile.side);
                const int pos = byX ? x - overlap.rect.left() : y - overlap.rect.top();
                const int span = byX ? overlap.rect.width() : overlap.rect.height();
                const double t = (pos + 0.5) / span;
                value = mix(out[x], value, smoothstep(overlap.rising ? t : 1 - t));
            }
            out[x] = value;
        }
    }
    ++m_added;
    return true;
}

} // namespace outframe
