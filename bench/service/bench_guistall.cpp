// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread while the app's own queue works under faults: JOBS FLUX jobs (default 100)
// through JobQueue, 8 at once, against the fake server with tst_jobqueue's random faults
// (RandomFaults, seed 8, 15 % of requests) and its backend settings (fastConfig, testSpec).
// The server runs on a thread of its own at the lowest priority: it stands for a remote
// service, so its work (encoding results) is neither counted nor in the GUI thread's way.
//
// Two probes on the main thread, which is the GUI thread in the app:
//  - a 1 ms precise timer: the gap between two ticks is how long the thread could not react
//    (p50, p99, max), measured first while idle (this machine's own noise), then under load;
//  - every event the thread handles is timed (QCoreApplication::notify): the slowest ones,
//    by receiver and event type, say what took the time when a gap is long.
//
//   bench_guistall [JOBS] [CANVAS_W CANVAS_H]   (defaults 100, 256 192)
#include "jobqueue.h"
#include "randomfaults.h"
#include "servicetesting.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QMap>
#include <QMetaEnum>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <map>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

using namespace outframe;
using namespace outframe::test;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return -1;
    const auto index = qsizetype(std::ceil(p * double(values.size()))) - 1;
    return values[qBound<qsizetype>(0, index, values.size() - 1)];
}

// This thread's CPU time: wall time the thread did not get is the machine's, not ours.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Times every event the main thread handles (outermost only: nested ones are part of it).
class TimedApplication : public QCoreApplication
{
public:
    using QCoreApplication::QCoreApplication;

    struct Slow
    {
        double ms = 0;    // wall time
        double cpuMs = 0; // this thread's CPU time in it: far less than `ms` = preempted
        QString what;
    };

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_timing || m_depth > 0 || QThread::currentThread() != thread())
            return QCoreApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer clock;
        clock.start();
        const double cpuStart = threadCpuMs();
        const int type = event->type();
        // A timer says little by itself: name whose it is.
        const QObject *owner = receiver->parent();
        const QString receiverName =
            QString::fromLatin1(receiver->metaObject()->className()) +
            (owner && qobject_cast<QTimer *>(receiver)
                 ? QStringLiteral(" of ") + QString::fromLatin1(owner->metaObject()->className())
                 : QString());
        const QString what = QStringLiteral("%1 %2").arg(
            receiverName,
            QString::fromLatin1(QEvent::staticMetaObject
                                    .enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type"))
                                    .valueToKey(type)));
        const bool handled = QCoreApplication::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuStart;
        --m_depth;
        Slow &worst = m_worst[what];
        worst.what = what;
        if (ms > worst.ms) {
            worst.ms = ms;
            worst.cpuMs = cpuMs;
        }
        return handled;
    }

    void setTiming(bool on)
    {
        m_timing = on;
        m_worst.clear();
    }
    QList<Slow> slowest(int n) const
    {
        QList<Slow> all;
        for (const auto &[key, slow] : m_worst)
            all << slow;
        std::sort(all.begin(), all.end(), [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
        return all.mid(0, n);
    }

private:
    bool m_timing = false;
    int m_depth = 0;
    std::map<QString, Slow> m_worst; // the longest event of each kind
};

// The gaps between the ticks of a 1 ms timer: in wall time, and in the CPU time the thread
// spent between two ticks (its own work, whatever the machine's load).
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const double cpu = threadCpuMs();
            m_gapsMs << double(now - m_last) / 1e6;
            m_cpuMs << cpu - m_lastCpu;
            m_last = now;
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_gapsMs.clear();
        m_cpuMs.clear();
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    const QList<double> &gaps() const { return m_gapsMs; }
    const QList<double> &cpu() const { return m_cpuMs; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_lastCpu = 0;
    QList<double> m_gapsMs;
    QList<double> m_cpuMs;
};

void report(const char *name, const QList<double> &gaps)
{
    std::printf("%-28s ticks %6lld   p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms\n", name,
                static_cast<long long>(gaps.size()), percentile(gaps, 0.5), percentile(gaps, 0.99),
                percentile(gaps, 1.0));
}

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int jobs = args.size() > 1 ? args[1].toInt() : 100;
    const QSize canvas =
        args.size() > 3 ? QSize(args[2].toInt(), args[3].toInt()) : QSize(256, 192);

    // The fake service on its own thread, scripted there.
    QThread serverThread;
    serverThread.start();
    QObject anchor;
    anchor.moveToThread(&serverThread);
    FakeBflServer *server = nullptr;
    RandomFaults *faults = nullptr;
    QUrl base;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            // It stands for a remote service, whose CPU is not the artist's: on two cores its
            // PNG encoding would otherwise take turns with the GUI thread.
            setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 19);
            server = new FakeBflServer;
            if (!server->listen())
                qFatal("the fake server cannot listen");
            server->setApiKey(kTestKey);
            auto plan = server->taskPlan();
            plan.durationMs = 120;
            server->setTaskPlan(plan);
            faults = new RandomFaults(server, 8);
            base = server->baseUrl();
        },
        Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    FluxBackendConfig config = fastConfig(base, dir.path());
    // The test's 400 ms transfer timeout suits its small results; the one fake server thread
    // takes longer than that to encode 4 MP ones for eight jobs, so larger canvases get the
    // app's own timeout.
    if (canvas.width() * canvas.height() > 256 * 192)
        config.client.transferTimeoutMs = ClientConfig().transferTimeoutMs;
    FluxBackend backend(config);
    auto limits = backend.limits();
    limits.jobTimeoutMs = 60'000;
    backend.setLimits(limits);
    const OutpaintJobSpec spec = testSpec(canvas);

    StallProbe probe;
    probe.start();
    app.setTiming(true);
    {
        // Waits in the event loop as the app does (a spinning loop would be a stall itself).
        QEventLoop idleLoop;
        QTimer::singleShot(2000, &idleLoop, &QEventLoop::quit);
        idleLoop.exec();
    }
    probe.stop();
    const QList<double> idle = probe.gaps();
    const QList<double> idleCpu = probe.cpu();
    const QList<TimedApplication::Slow> idleSlowest = app.slowest(3);

    JobQueue queue;
    queue.setMaxConcurrent(8);
    QElapsedTimer wall;
    wall.start();
    probe.start();
    app.setTiming(true);
    QEventLoop busyLoop;
    QObject::connect(&queue, &JobQueue::jobFinished, &busyLoop, [&] {
        if (queue.runningCount() == 0 && queue.queuedCount() == 0)
            busyLoop.quit();
    });
    for (int i = 0; i < jobs; ++i)
        queue.enqueue(spec, &backend);
    busyLoop.exec();
    probe.stop();
    const QList<double> busy = probe.gaps();
    const QList<double> busyCpu = probe.cpu();
    const QList<TimedApplication::Slow> slowest = app.slowest(8);
    app.setTiming(false);
    const qint64 wallMs = wall.elapsed();

    int done = 0;
    QMap<QString, int> failures; // by message, to tell faults from a setup that cannot work
    for (const JobSnapshot &s : queue.snapshots()) {
        done += s.status == JobStatus::Done ? 1 : 0;
        if (s.status == JobStatus::Failed)
            ++failures[s.errorMessage.left(100)];
    }
    int injected = 0;
    int posts = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            injected = faults->count();
            posts = server->count(FakeBflServer::Endpoint::Submit);
            delete server; // and its faults
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    std::printf("%d jobs, canvas %dx%d, 8 at once: %d done, %d faults injected, %d POSTs, "
                "%.1f s\n",
                jobs, canvas.width(), canvas.height(), done, injected, posts,
                double(wallMs) / 1000.0);
    for (auto it = failures.cbegin(); it != failures.cend(); ++it)
        std::printf("  failed %dx: %s\n", it.value(), qPrintable(it.key()));
    std::printf("gap between ticks of a 1 ms timer on the main (GUI) thread:\n");
    report("idle (2 s), wall", idle);
    report("jobs under faults, wall", busy);
    report("idle (2 s), thread CPU", idleCpu);
    report("jobs under faults, thread CPU", busyCpu);
    std::printf("slowest event of each kind on the main thread under load (wall, CPU):\n");
    for (const TimedApplication::Slow &slow : slowest)
        std::printf("  %7.2f ms  %6.2f ms  %s\n", slow.ms, slow.cpuMs, qPrintable(slow.what));
    std::printf("slowest while idle:\n");
    for (const TimedApplication::Slow &slow : idleSlowest)
        std::printf("  %7.2f ms  %6.2f ms  %s\n", slow.ms, slow.cpuMs, qPrintable(slow.what));
    return percentile(busy, 1.0) < 16.0 ? 0 : 1;
}
