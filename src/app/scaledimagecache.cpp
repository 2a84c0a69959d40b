#include "scaledimagecache.h"

#include <QtConcurrent>

namespace outframe {

namespace {

QImage makeCopy(const QImage &source, QSize size)
{
    QImage scaled = source.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // The raster engine blits these two formats without converting each pixel.
    return scaled.convertToFormat(scaled.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                           : QImage::Format_RGB32);
}

} // namespace

ScaledImageCache::ScaledImageCache(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QImage>::finished, this, &ScaledImageCache::onFinished);
}

ScaledImageCache::~ScaledImageCache()
{
    m_watcher.waitForFinished();
}

void ScaledImageCache::setImage(const QImage &image)
{
    m_image = image;
    m_copies.clear();
    m_wanted = {};
    ++m_generation;
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
    return best ? *best : m_image;
}

void ScaledImageCache::startNext()
{
    // One copy at a time: while zooming with the wheel only the last level asked for is made.
    if (m_resultPending || m_wanted.isEmpty() || hasExact(m_wanted))
        return;
    m_resultPending = true;
    m_building = m_wanted;
    m_buildingGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run(makeCopy, m_image, m_building));
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
    while (m_resultPending) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

} // namespace outframe
