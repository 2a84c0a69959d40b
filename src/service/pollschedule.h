// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outpaintoptions.h"

#include <QMap>

#include <optional>

namespace outframe {

// When to poll a task next.
//
// The aim is to fetch a result within ~0.3 s of it becoming ready while spending about one
// poll per second of a job or less. A fixed loop cannot do both (0.25 s polling costs 240
// polls for a 60 s job; 1 s polling costs up to 1 s of latency). So the schedule estimates when
// the task will be ready and polls sparsely far from that moment and densely around it:
//  - the estimate comes from the service's progress (elapsed / progress) when it reports one,
//    else from the typical duration learned from earlier jobs of the same kind;
//  - the delay grows with the distance to the estimate: floor + earlyGrowth x distance before
//    it (and at most remainingFraction x distance, so polls still converge on it), floor +
//    lateGrowth x distance past it, growing faster once the job is later than a quarter of the
//    estimate. The estimate is never exact: a job that ends 20 % early or late is still caught
//    within about a second, and one that runs far longer than expected costs a bounded number
//    of polls;
//  - every delay lies between the floor and the ceiling.
// bench/service/bench_latency measures it against a fixed 0.5 s loop.
class PollSchedule
{
public:
    struct Config
    {
        int minIntervalMs = 250;
        int maxIntervalMs = 5'000;
        double remainingFraction = 0.5; // at most this x the estimated remaining time
        double earlyGrowth = 0.1;       // s of delay per s before the estimate
        double lateGrowth = 0.05;       // s of delay per s past the estimate...
        double veryLateGrowth = 0.1;    // ...plus this once past it by lateTolerance x estimate:
        double lateTolerance = 0.25;    // the estimate was simply wrong, save polls
        double initialTypicalS = 20.0;  // before anything was learned
        std::optional<int> fixedIntervalMs; // a plain loop (for comparison in benchmarks)
    };

    PollSchedule() = default;
    explicit PollSchedule(const Config &config) : m_config(config) {}

    const Config &config() const { return m_config; }

    // The delay before the next poll of a task submitted `elapsedMs` ago, whose last reported
    // progress (0..1) is `progress`, in generation mode `mode` (each mode learns its own
    // duration).
    int nextDelayMs(qint64 elapsedMs, std::optional<double> progress, GenerationMode mode) const;
    // The time from submit to ready the schedule expects, in seconds.
    double expectedDurationS(qint64 elapsedMs, std::optional<double> progress,
                             GenerationMode mode) const;

    // When a task became ready, in ms since submit, judged from what the service said rather
    // than from when the client happened to look: it was still running at `lastRunningMs` with
    // `lastProgress`, and ready at `readySeenMs`. With progress the service's own pace says
    // lastRunningMs / lastProgress; without, the midpoint. Always within the two answers, so a
    // poll that came late (a slow connection, a busy event loop) cannot teach the schedule
    // that jobs take longer, which would move every later first poll later still.
    static qint64 readyEstimateMs(qint64 lastRunningMs, std::optional<double> lastProgress,
                                  qint64 readySeenMs);

    // Learns from a finished task (submit to ready, in ms): an exponential moving average
    // per mode, so the schedule follows the service's current speed.
    void learn(GenerationMode mode, qint64 durationMs);
    double typicalDurationS(GenerationMode mode) const;
    void setTypicalDurationS(GenerationMode mode, double seconds);

private:
    Config m_config;
    QMap<GenerationMode, double> m_typicalS;
};

} // namespace outframe
