// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaledimagecache.h"

#include <QPainter>
#include <QtConcurrent>

namespace outframe {

namespace {

QImage makeCopy(const QImage &source, QSize size, bool quick)
{
    QImage scaled = source.scaled(size, Qt::IgnoreAspectRatio,
                                  quick ? Qt::FastTransformation : Qt::SmoothTransformation);
    // The raster engine blits these two formats without converting each pixel.
    return scaled.convertToFormat(scaled.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                           : QImage::Format_RGB32);
}

} // namespace

static QImage renderWindow(const QImage &source, QSize target, QRect area)
{
    QImage out(area.size(), source.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                     : QImage::Format_RGB32);
    out.fill(Qt::transparent);
    QPainter painter(&out);
    const double sx = double(source.width()) / target.width();
    const double sy = double(source.height()) / target.height();
    painter.drawImage(QRectF(QPointF(0, 0), QSizeF(area.size())), source,
                      QRectF(area.x() * sx, area.y() * sy, area.width() * sx, area.height() * sy));
    return out;
}

ScaledImageCache::ScaledImageCache(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ScaledImageCache::onFinished);
    connect(&m_windowWatcher, &QFutureWatcher<QImage>::finished, this,
            &ScaledImageCache::onWindowFinished);
}

ScaledImageCache::~ScaledImageCache()
{
    m_watcher.waitForFinished();
    m_windowWatcher.waitForFinished();
}

QImage ScaledImageCache::windowFor(QSize target, const QRect &visible, QPoint *origin)
{
    if (m_image.isNull() || visible.isEmpty())
        return {};
    if (m_window.target == target && m_window.area.contains(visible)) {
        *origin = m_window.area.topLeft();
        return m_window.pixels;
    }
    if (!m_windowPending) {
        m_windowPending = true;
        m_windowGeneration = m_generation;
        m_windowBuilding.target = target;
        m_windowBuilding.area =
            visible.adjusted(-kWindowMargin, -kWindowMargin, kWindowMargin, kWindowMargin)
                .intersected(QRect(QPoint(0, 0), target));
        m_windowWatcher.setFuture(
            QtConcurrent::run(renderWindow, m_image, target, m_windowBuilding.area));
    }
    return {};
}

void ScaledImageCache::onWindowFinished()
{
    m_windowPending = false;
    QImage pixels = m_windowWatcher.result();
    if (m_windowGeneration != m_generation || pixels.isNull())
        return;
    m_window = m_windowBuilding;
    m_window.pixels = std::move(pixels);
    emit copyReady();
}

void ScaledImageCache::setImage(const QImage &image)
{
    m_image = image;
    m_copies.clear();
    m_wanted = {};
    m_window = {};
    ++m_generation;
    // A big image gets a quick, small stand-in first (a few ms on a worker): drawing the
    // full-size original scaled down would stall the first frames for tens of ms.
    if (qint64(image.width()) * image.height() > kQuickProxyAbovePixels) {
        m_wanted = image.size().scaled(kQuickProxySide, kQuickProxySide, Qt::KeepAspectRatio);
        m_wantedQuick = true;
        startNext();
    }
}

bool ScaledImageCache::hasExact(QSize target) const
{
    for (const QImage &copy : m_copies) {
        if (copy.size() == target)
            return true;
    }
    return false;
}

QImage ScaledImageCache::imageFor(QSize target)
{
    if (m_image.isNull() || target.isEmpty())
        return {};
    if (target.width() >= m_image.width() || target.height() >= m_image.height() ||
        qint64(target.width()) * target.height() > kMaxCachedPixels)
        return m_image;
    for (int i = 0; i < m_copies.size(); ++i) {
        if (m_copies.at(i).size() == target) {
            if (i > 0)
                m_copies.move(i, 0);
            return m_copies.constFirst();
        }
    }
    if (m_wanted != target) {
        m_wanted = target;
        m_wantedQuick = false;
        startNext();
    }
    // The smallest copy that is still larger than the target looks best scaled down; else
    // the largest copy; else the original.
    const QImage *best = nullptr;
    for (const QImage &copy : std::as_const(m_copies)) {
        const bool larger = copy.width() >= target.width();
        const bool bestLarger = best && best->width() >= target.width();
        if (!best || (larger && (!bestLarger || copy.width() < best->width())) ||
            (!larger && !bestLarger && copy.width() > best->width()))
            best = &copy;
    }
    if (best)
        return *best;
    // Nothing made yet: a big original is not drawn scaled down on the GUI thread (tens of ms
    // per frame); the quick stand-in is moments away.
    if (qint64(m_image.width()) * m_image.height() > kQuickProxyAbovePixels)
        return {};
    return m_image;
}

void ScaledImageCache::startNext()
{
    // One copy at a time: while zooming with the wheel only the last level asked for is made.
    if (m_resultPending || m_wanted.isEmpty() || hasExact(m_wanted))
        return;
    m_resultPending = true;
    m_building = m_wanted;
    m_buildingGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run(makeCopy, m_image, m_building, m_wantedQuick));
    m_wantedQuick = false;
}

void ScaledImageCache::onFinished()
{
    m_resultPending = false;
    const QImage copy = m_watcher.result();
    if (m_buildingGeneration == m_generation && !copy.isNull()) {
        m_copies.prepend(copy);
        while (m_copies.size() > kMaxCopies)
            m_copies.removeLast();
        emit copyReady();
    }
    startNext();
}

void ScaledImageCache::waitForIdle()
{
    while (m_resultPending || m_windowPending) {
        m_watcher.waitForFinished();
        m_windowWatcher.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

} // namespace outframe
