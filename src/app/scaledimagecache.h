// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
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
    // else the best stand-in (a larger copy, or the original if it is small). Asks for the
    // exact copy to be made if it is missing. Null for a big image that has no copy yet (for
    // the few ms until the quick stand-in arrives). Targets at or above the original's size
    // use the original, drawn without smoothing so the artist sees real pixels when zoomed in.
    QImage imageFor(QSize target);
    bool hasExact(QSize target) const;

    // Copies larger than this are not worth their memory: the original is drawn instead.
    static constexpr qint64 kMaxCachedPixels = 16'000'000;
    static constexpr int kMaxCopies = 3;
    // Images above this size get a quick stand-in of this many pixels on its longer side.
    static constexpr qint64 kQuickProxyAbovePixels = 4'000'000;
    static constexpr int kQuickProxySide = 1024;

    // Zoomed in past the original's size a whole scaled copy would be huge, and scaling the
    // visible part on every frame costs about twice a plain blit. So a window of the scaled
    // image around what is visible is rendered on a worker thread (the same nearest-pixel
    // mapping the canvas uses) and blitted while the view stays inside it. `visible` and the
    // result's position `origin` are in `target` coordinates. Null while none covers it yet
    // (and one is being made).
    QImage windowFor(QSize target, const QRect &visible, QPoint *origin);
    // How far beyond the visible part a window reaches, so a drag or pan can go on for a
    // while before a new one is needed.
    static constexpr int kWindowMargin = 384;

    // Blocks until queued copies and windows are made (tests and benchmarks).
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
    bool m_wantedQuick = false; // the wanted copy is the quick stand-in
    quint64 m_generation = 0;
    quint64 m_buildingGeneration = 0;
    bool m_resultPending = false;
    QFutureWatcher<QImage> m_watcher;

    struct Window
    {
        QSize target;
        QRect area;
        QImage pixels;
    };
    void onWindowFinished();
    Window m_window;
    Window m_windowBuilding;
    bool m_windowPending = false;
    quint64 m_windowGeneration = 0;
    QFutureWatcher<QImage> m_windowWatcher;
};

} // namespace outframe
