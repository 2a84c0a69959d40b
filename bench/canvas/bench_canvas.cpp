// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Frame time of the canvas while an artist drags a 24 MP reference inside a 4 MP frame, in a
// 1920 x 1080 view, at fit, 100 % and 400 % zoom; plus the time to a shown window, memory
// with the image open, and the longest GUI-thread stall while a 24 MP JPEG is opened.
//
// A frame is timed from the mouse event being delivered to the painted frame being flushed
// to the window's backing store: the move event is sent, then the pending update request is
// delivered, which paints and flushes synchronously.

#include "canvascontroller.h"
#include "canvasview.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "imageintake.h"
#include "mainwindow.h"
#include "studio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace outframe;

namespace {

// A photograph-like 24 MP image: smooth gradients with fine texture, so scaling does real
// work (a flat image would flatter every step).
QImage makeReference(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x) {
            const int r = (x * 255 / size.width()) ^ ((x * 7 + y * 3) & 15);
            const int g = (y * 255 / size.height()) ^ ((x * 5 + y * 11) & 31);
            const int b = int(128 + 100 * std::sin(x * 0.003) * std::cos(y * 0.004));
            line[x] = qRgb(r & 255, g & 255, b);
        }
    }
    return image;
}

long rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

// CPU time of this thread: a frame's own cost, without the time the scheduler gave the core
// to another process (the machine is shared).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

struct Stats
{
    double median = 0;
    double p99 = 0;
    double max = 0;
    int frames = 0;
    double cpuMedian = 0;
    double cpuP99 = 0;
};

Stats statsOf(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    s.p99 = ms[std::min(ms.size() - 1, size_t(std::ceil(ms.size() * 0.99)) - 1)];
    s.max = ms.back();
    return s;
}

void send(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
          Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &event);
}

// Replays a drag of `moves` pointer moves over the reference and times each frame.
Stats timeDrag(CanvasView *view, PaintCounter *counter, int moves)
{
    QWidget *window = view->window();
    const QPointF start = view->referenceRect().intersected(QRectF(view->rect())).center();
    send(view, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    std::vector<double> frames;
    std::vector<double> cpu;
    frames.reserve(moves);
    QElapsedTimer clock;
    for (int i = 1; i <= moves; ++i) {
        // A wandering path: ~6 px per event, as a hand at 120 Hz produces.
        const double t = i * 0.05;
        const QPointF pos = start + QPointF(150 * std::sin(t), 90 * std::sin(t * 1.7));
        const int before = counter->paints;
        const double cpuStart = threadCpuMs();
        clock.start();
        send(view, QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton);
        QCoreApplication::sendPostedEvents(window, QEvent::UpdateRequest);
        const double ms = clock.nsecsElapsed() / 1e6;
        const double cpuMs = threadCpuMs() - cpuStart;
        // Zoomed in, a move of less than a canvas pixel changes nothing and paints nothing:
        // only moves that produced a frame count.
        if (counter->paints != before) {
            frames.push_back(ms);
            cpu.push_back(cpuMs);
        }
    }
    send(view, QEvent::MouseButtonRelease, start, Qt::LeftButton, Qt::NoButton);
    QCoreApplication::sendPostedEvents(window, QEvent::UpdateRequest);
    Stats stats = statsOf(frames);
    stats.frames = int(frames.size());
    const Stats cpuStats = statsOf(cpu);
    stats.cpuMedian = cpuStats.median;
    stats.cpuP99 = cpuStats.p99;
    return stats;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OutframeBench"));
    QApplication::setApplicationName(QStringLiteral("bench_canvas"));
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    qputenv("BFL_API_KEY", "");
    const int moves = argc > 1 ? std::max(50, QByteArray(argv[1]).toInt()) : 500;

    // Start-up: QApplication to the main window's first painted frame.
    const double appReadyMs = sinceStart.nsecsElapsed() / 1e6;
    Studio::Options options;
    options.credentials = new MemoryCredentialStore;
    auto studio = std::make_unique<Studio>(options);
    studio->start(false);
    MainWindow *window = studio->window();
    PaintCounter counter;
    window->canvas()->installEventFilter(&counter);
    window->resize(1920 + 380, 1080 + 160);
    window->show();
    while (counter.paints == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double shownMs = sinceStart.nsecsElapsed() / 1e6;
    const long rssEmpty = rssKiB();

    // The longest GUI-thread stall while a 24 MP JPEG is opened (decode runs off-thread).
    const QSize size(6000, 4000);
    QElapsedTimer making;
    making.start();
    QTemporaryDir dir;
    const QString jpeg = dir.filePath(QStringLiteral("24mp.jpg"));
    makeReference(size).save(jpeg, "JPEG", 92);
    std::fprintf(stderr, "made the 24 MP test image in %.0f ms\n", making.elapsed() * 1.0);
    const long rssBeforeImage = rssKiB();

    double longestStall = 0;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, tick.nsecsElapsed() / 1e6);
        tick.restart();
    });
    // The same heartbeat on an idle GUI thread: what the machine itself adds.
    tick.start();
    heartbeat.start();
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    heartbeat.stop();
    const double idleStall = longestStall;
    longestStall = 0;
    bool loaded = false;
    QObject::connect(window, &MainWindow::referenceLoaded, [&] { loaded = true; });
    QElapsedTimer loadClock;
    loadClock.start();
    tick.start();
    heartbeat.start();
    window->openFile(jpeg);
    while (!loaded)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double loadMs = loadClock.nsecsElapsed() / 1e6;
    // Let the first pre-scaled copy arrive while still watching the GUI thread.
    window->canvas()->referenceCache()->waitForIdle();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    heartbeat.stop();
    const long rssWithImage = rssKiB();
    const QImage reference = studio->document()->reference(); // shared, not copied

    // The canvas itself at exactly 1920 x 1080 for the frame timings.
    EditingDocument document;
    CanvasView view(&document);
    view.resize(1920, 1080);
    view.show();
    while (!view.windowHandle() || !view.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    PaintCounter viewCounter;
    view.installEventFilter(&viewCounter);
    document.newSession(reference, QStringLiteral("24mp"));
    const Placement &p = document.placement();
    view.controller()->setSnapping(false);

    std::printf("| zoom | view zoom | frames | median (ms) | p99 (ms) | max (ms) | CPU median "
                "(ms) | CPU p99 (ms) |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    struct Level
    {
        const char *name;
        double zoom; // 0: fit
    };
    for (const Level level : {Level{"fit", 0.0}, Level{"100 %", 1.0}, Level{"400 %", 4.0}}) {
        view.zoomToFit();
        if (level.zoom > 0)
            view.setZoom(level.zoom);
        // Paint once so the canvas asks for its pre-scaled copy, wait for it, and warm up.
        view.repaint();
        view.referenceCache()->waitForIdle();
        QCoreApplication::processEvents();
        const QSize shown = view.referenceRect().size().toSize();
        if (shown.width() < size.width() && !view.referenceCache()->hasExact(shown)) {
            std::fprintf(stderr, "the pre-scaled copy for %s is missing\n", level.name);
            return 1;
        }
        timeDrag(&view, &viewCounter, 50);
        document.setPlacement(p);
        const Stats s = timeDrag(&view, &viewCounter, moves);
        std::printf("| %s | %.0f %% | %d | %.3f | %.3f | %.3f | %.3f | %.3f |\n", level.name,
                    view.zoom() * 100, s.frames, s.median, s.p99, s.max, s.cpuMedian, s.cpuP99);
        document.setPlacement(p);
    }

    std::printf("\nreference %d x %d (%.1f MP), sent at %.1f %% as %d x %d; frame %d x %d "
                "(%.2f MP); %d moves per drag\n",
                size.width(), size.height(), size.width() * size.height() / 1e6,
                p.referenceScale() * 100, p.referenceSize().width(), p.referenceSize().height(),
                p.canvasSize().width(), p.canvasSize().height(), p.outputMegapixels(), moves);
    std::printf("QApplication ready after %.0f ms; main window's first frame after %.0f ms\n",
                appReadyMs, shownMs);
    std::printf("opening a 24 MP JPEG: %.0f ms to the image on the canvas; longest GUI-thread "
                "stall meanwhile %.1f ms (idle GUI thread on this machine: %.1f ms)\n",
                loadMs, longestStall, idleStall);
    std::printf("resident memory: %.0f MB with the empty window, %.0f MB with the 24 MP image "
                "open and its first pre-scaled copy; %.0f MB after the three zoom levels\n",
                rssEmpty / 1024.0, (rssWithImage - rssBeforeImage + rssEmpty) / 1024.0,
                (rssKiB() - rssBeforeImage + rssEmpty) / 1024.0);
    return 0;
}
