// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared set-up for the service tests: a fake server, a FluxBackend pointed at it with short
// delays, and a small job spec.

#include "fakebflserver.h"
#include "fluxbackend.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace outframe::test {

inline constexpr char kTestKey[] = "test-key-5f1d2c";

// A reference with a different colour at every pixel, so paste-back is checkable exactly.
inline QImage testReference(QSize size = QSize(100, 80))
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb((x * 7) % 256, (y * 11) % 256, (x + y) % 256));
    return image;
}

inline OutpaintJobSpec testSpec(QSize canvas = QSize(256, 192), QSize reference = QSize(100, 80))
{
    OutpaintJobSpec spec;
    spec.reference = testReference(reference);
    spec.placement = Placement(canvas, reference);
    spec.label = QStringLiteral("beach.png");
    spec.sourcePath = QStringLiteral("/photos/beach.png");
    return spec;
}

inline FluxBackendConfig fastConfig(const QUrl &base, const QString &dir)
{
    FluxBackendConfig config;
    config.client.baseUrl = base;
    config.client.apiKey = QString::fromLatin1(kTestKey);
    config.client.transferTimeoutMs = 400;
    config.client.maxAttempts = 3;
    config.client.initialBackoffMs = 10;
    config.client.maxBackoffMs = 40;
    config.client.maxRateLimitWaitMs = 2'000;
    config.journalDirectory = dir + QStringLiteral("/journal");
    config.resultsDirectory = dir + QStringLiteral("/results");
    config.polling.minIntervalMs = 15;
    config.polling.maxIntervalMs = 60;
    config.polling.initialTypicalS = 0.1;
    config.limits.jobTimeoutMs = 15'000;
    return config;
}

// A fake server and a backend talking to it, in a temporary folder.
struct FluxFixture
{
    QTemporaryDir dir;
    std::unique_ptr<FakeBflServer> server = std::make_unique<FakeBflServer>();
    std::unique_ptr<FluxBackend> backend;

    FluxFixture()
    {
        if (!server->listen())
            qFatal("the fake server cannot listen");
        server->setApiKey(kTestKey);
        auto plan = server->taskPlan();
        plan.durationMs = 120;
        server->setTaskPlan(plan);
        backend = std::make_unique<FluxBackend>(fastConfig(server->baseUrl(), dir.path()));
    }
};

// Runs a job to its end (or the timeout) and returns what it reported.
struct JobOutcome
{
    bool over = false; // finished or failed within the time
    bool done = false; // finished
    JobResult result;
    JobError error;
    QList<JobStatus> statuses;
};

inline JobOutcome runJob(BackendJob *job, int timeoutMs = 15'000)
{
    JobOutcome outcome;
    const QList<QMetaObject::Connection> connections{
        QObject::connect(job, &BackendJob::statusChanged, job,
                         [&](JobStatus status) { outcome.statuses << status; }),
        QObject::connect(job, &BackendJob::finished, job,
                         [&](const JobResult &result) {
                             outcome.done = true;
                             outcome.result = result;
                             outcome.over = true;
                         }),
        QObject::connect(job, &BackendJob::failed, job,
                         [&](const JobError &error) {
                             outcome.error = error;
                             outcome.over = true;
                         }),
    };
    job->start();
    QDeadlineTimer deadline(timeoutMs);
    while (!outcome.over && !deadline.hasExpired())
        QTest::qWait(5);
    for (const auto &connection : connections)
        QObject::disconnect(connection);
    return outcome;
}

} // namespace outframe::test

Q_DECLARE_METATYPE(outframe::test::FakeBflServer::Reply)
