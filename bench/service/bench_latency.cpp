// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Result latency and polls per job: the adaptive poll schedule against a fixed 0.5 s loop,
// in the same run, on the fake server (loopback).
//
// For each variant and each job duration, one job is submitted; the fake server makes it
// ready exactly `duration` after the submit. Latency = the moment the result file is on disk
// (the job's finished signal comes after the save) minus that ready moment, both on the
// system clock. Polls = poll requests the server received for the task.
//
//   bench_latency [--quick]   (--quick: 2, 5 and 10 s jobs instead of 5..60 s)
#include "fakebflserver.h"
#include "fluxbackend.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <memory>

using namespace outframe;
using namespace outframe::test;

namespace {

struct Variant
{
    QString name;
    bool serverReportsProgress = true;
    std::optional<int> fixedIntervalMs;
    double learnedFactor = 0; // > 0: the schedule learned duration x this before the job
};

struct Sample
{
    QString variant;
    double durationS = 0;
    double latencyS = -1;
    int polls = 0;
};

QImage reference()
{
    QImage image(200, 150, QImage::Format_RGB32);
    image.fill(qRgb(40, 90, 160));
    return image;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const QList<double> durations =
        quick ? QList<double>{2, 5, 10} : QList<double>{5, 10, 20, 40, 60};
    const QList<Variant> variants = {
        {QStringLiteral("fixed 0.5 s loop"), true, 500, 0},
        {QStringLiteral("adaptive, progress reported"), true, std::nullopt, 0},
        {QStringLiteral("adaptive, no progress, learned (±0 %)"), false, std::nullopt, 1.0},
        {QStringLiteral("adaptive, no progress, learned 20 % short"), false, std::nullopt, 0.8},
        {QStringLiteral("adaptive, no progress, learned 20 % long"), false, std::nullopt, 1.2},
        {QStringLiteral("adaptive, no progress, cold (20 s guess)"), false, std::nullopt, 0},
    };

    FakeBflServer server;
    if (!server.listen())
        return 1;
    QTemporaryDir dir;
    QList<std::shared_ptr<FluxBackend>> backends;
    QList<Sample> samples;
    int running = 0;

    for (const Variant &variant : variants) {
        for (const double duration : durations) {
            FluxBackendConfig config;
            config.client.baseUrl = server.baseUrl();
            config.client.apiKey = QStringLiteral("bench-key");
            config.journalDirectory = dir.filePath(QStringLiteral("journal"));
            config.resultsDirectory = dir.filePath(QStringLiteral("results"));
            config.polling.fixedIntervalMs = variant.fixedIntervalMs;
            auto backend = std::make_shared<FluxBackend>(config);
            if (variant.learnedFactor > 0)
                backend->schedule().setTypicalDurationS(GenerationMode::High,
                                                        duration * variant.learnedFactor);
            backends << backend;

            auto plan = server.taskPlan();
            // A spread of fractions of a second, the same for every variant, so a fixed loop
            // is not lucky (or unlucky) by landing in phase with whole-second durations.
            const int jitterMs = int(durations.indexOf(duration) * 137 % 500);
            plan.durationMs = int(duration * 1000) + jitterMs;
            plan.reportProgress = variant.serverReportsProgress;
            server.setTaskPlan(plan);
            OutpaintJobSpec spec;
            spec.reference = reference();
            spec.placement = Placement(QSize(400, 300), spec.reference.size());
            FluxJob *job = backend->createFluxJob(spec, backend.get());
            const int index = int(samples.size());
            samples << Sample{variant.name, plan.durationMs / 1000.0, -1, 0};
            ++running;
            QObject::connect(job, &BackendJob::finished, &app, [&, index](const JobResult &result) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                samples[index].latencyS = (now - server.readyAtEpochMs(result.taskId)) / 1000.0;
                samples[index].polls = server.task(result.taskId).polls;
                if (--running == 0)
                    app.quit();
            });
            QObject::connect(job, &BackendJob::failed, &app, [&](const JobError &error) {
                QTextStream(stderr) << "job failed: " << error.message << '\n';
                if (--running == 0)
                    app.quit();
            });
            // Submit one at a time so each task takes its own plan.
            const int submits = server.count(FakeBflServer::Endpoint::Submit);
            job->start();
            while (server.count(FakeBflServer::Endpoint::Submit) == submits)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    QElapsedTimer wall;
    wall.start();
    QCoreApplication::exec();

    QTextStream out(stdout);
    out << "| variant | job | latency (s) | polls |\n|---|---:|---:|---:|\n";
    for (const Sample &s : samples)
        out << "| " << s.variant << " | " << s.durationS << " s | "
            << QString::number(s.latencyS, 'f', 2) << " | " << s.polls << " |\n";
    out << "\nper variant:\n| variant | mean latency (s) | max latency (s) | polls for the "
           "longest job | polls, all jobs |\n|---|---:|---:|---:|---:|\n";
    for (const Variant &variant : variants) {
        double sum = 0, worst = 0, longest = 0;
        int n = 0, polls = 0, longestPolls = 0;
        for (const Sample &s : samples)
            if (s.variant == variant.name) {
                sum += s.latencyS;
                worst = std::max(worst, s.latencyS);
                polls += s.polls;
                if (s.durationS > longest) {
                    longest = s.durationS;
                    longestPolls = s.polls;
                }
                ++n;
            }
        out << "| " << variant.name << " | " << QString::number(sum / qMax(1, n), 'f', 2) << " | "
            << QString::number(worst, 'f', 2) << " | " << longestPolls << " | " << polls << " |\n";
    }
    return 0;
}
