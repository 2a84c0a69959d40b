#pragma once

#include <QFutureWatcher>
#include <QImage>
#include <QList>
#include <QObject>
#include <QSize>

namespace outframe {

// Pre-scaled copies of one large image for painting. Scaling a 24 MP photo takes far longer
// than a frame, so copies are made on a worker thread, one at a time, and kept for the few
// most recent zoom levels; painting then only blits. While the exact copy is being made the
// canvas draws the nearest copy it has (slightly soft for a moment, never stalled).
class ScaledImageCache : public QObject
{
    Q_OBJECT

public:
    explicit ScaledImageCache(QObject *parent = nullptr);
    ~ScaledImageCache() override;

    void setImage(const QImage &image);
    QImage image() const { return m_image; }

    // The image to draw scaled into `target` device pixels: the exact copy when it exists,
    // else the best stand-in (a larger copy, or the original). Asks for the exact copy to be
    // made if it is missing. Targets at or above the original's size use the original, drawn
    // without smoothing so the artist sees real pixels when zoomed in.
    QImage imageFor(QSize target);
    bool hasExact(QSize target) const;

    // Copies larger than this are not worth their memory: the original is drawn instead.
    static constexpr qint64 kMaxCachedPixels = 16'000'000;
    static constexpr int kMaxCopies = 3;

    // Blocks until queued copies are made (tests and benchmarks).
    void waitForIdle();

signals:
    void copyReady();

private:
    void startNext();
    void onFinished();

    QImage m_image;
    QList<QImage> m_copies; // most recent first
    QSize m_building;
    QSize m_wanted;
    quint64 m_generation = 0;
    quint64 m_buildingGeneration = 0;
    bool m_resultPending = false;
    QFutureWatcher<QImage> m_watcher;
};

} // namespace outframe
