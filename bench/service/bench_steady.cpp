// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Steady polling: 50 jobs of random lengths in a row on one backend (one learned schedule, as
// with one settings file), against the fake server on loopback with progress reported.
// Latency = the result's finished signal minus the moment the fake server made the task ready
// (both on the system clock). Prints p50, p90 and max, and the learned typical duration.
//
//   bench_steady [JOBS] [MIN_S] [MAX_S]   (defaults 50, 1, 4; fixed random seed)
#include "fakebflserver.h"
#include "fluxbackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int jobs = args.size() > 1 ? args[1].toInt() : 50;
    const double minS = args.size() > 2 ? args[2].toDouble() : 1.0;
    const double maxS = args.size() > 3 ? args[3].toDouble() : 4.0;

    FakeBflServer server;
    if (!server.listen())
        return 1;
    QTemporaryDir dir;
    FluxBackendConfig config;
    config.client.baseUrl = server.baseUrl();
    config.client.apiKey = QStringLiteral("bench-key");
    config.journalDirectory = dir.filePath(QStringLiteral("journal"));
    config.resultsDirectory = dir.filePath(QStringLiteral("results"));
    FluxBackend backend(config);
    backend.schedule().setTypicalDurationS(GenerationMode::High, (minS + maxS) / 2);

    QRandomGenerator random(14);
    QList<double> latencies;
    int polls = 0;
    QImage reference(200, 150, QImage::Format_RGB32);
    reference.fill(qRgb(40, 90, 160));
    for (int i = 0; i < jobs; ++i) {
        auto plan = server.taskPlan();
        plan.durationMs = int((minS + random.generateDouble() * (maxS - minS)) * 1000);
        plan.reportProgress = true;
        server.setTaskPlan(plan);
        OutpaintJobSpec spec;
        spec.reference = reference;
        spec.placement = Placement(QSize(400, 300), reference.size());
        FluxJob *job = backend.createFluxJob(spec, &backend);
        bool over = false;
        QObject::connect(job, &BackendJob::finished, &app, [&](const JobResult &result) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            latencies << (now - server.readyAtEpochMs(result.taskId)) / 1000.0;
            polls += server.task(result.taskId).polls;
            over = true;
        });
        QObject::connect(job, &BackendJob::failed, &app, [&](const JobError &error) {
            QTextStream(stderr) << "job failed: " << error.message << '\n';
            over = true;
        });
        job->start();
        while (!over)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        job->deleteLater();
    }
    QTextStream out(stdout);
    out << "jobs " << latencies.size() << " of " << jobs << " (" << minS << "-" << maxS
        << " s), polls " << polls << "\n";
    out << "latency after Ready: p50 " << QString::number(percentile(latencies, 0.5), 'f', 3)
        << " s, p90 " << QString::number(percentile(latencies, 0.9), 'f', 3) << " s, max "
        << QString::number(percentile(latencies, 1.0), 'f', 3) << " s\n";
    out << "learned typical duration " << backend.schedule().typicalDurationS(GenerationMode::High)
        << " s\n";
    return latencies.size() == jobs ? 0 : 1;
}
