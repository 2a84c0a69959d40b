#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace outframe {

// When to poll a task next.
//
// The aim is to fetch a result within ~0.3 s of it becoming ready while spending about one
// poll per second of a job or less. A fixed loop cannot do both (0.25 s polling costs 240
// polls for a 60 s job; 1 s polling costs up to 1 s of latency). So the schedule estimates when
// the task will be ready and polls sparsely before that moment and densely around it:
//  - the estimate comes from the service's progress (elapsed / progress) when it reports one,
//    else from the typical duration learned from earlier jobs of the same kind;
//  - the next delay is a fraction of the estimated remaining time, between a floor (dense
//    polling near the estimate) and a ceiling (sparse polling far from it);
//  - past the estimate the job is late: the delay grows slowly with the lateness, so a job
//    that runs far longer than expected still costs a bounded number of polls.
class PollSchedule
{
public:
    struct Config
    {
        int minIntervalMs = 250;
        int maxIntervalMs = 5'000;
        double remainingFraction = 0.5;     // delay = this x estimated remaining time
        double lateGrowth = 0.05;           // delay grows by this x the time past the estimate
        double initialTypicalS = 20.0;      // before anything was learned
        std::optional<int> fixedIntervalMs; // a plain loop (for comparison in benchmarks)
    };

    PollSchedule() = default;
    explicit PollSchedule(const Config &config) : m_config(config) {}

    const Config &config() const { return m_config; }

    // The delay before the next poll of a task submitted `elapsedMs` ago, whose last reported
    // progress (0..1) is `progress`. `kind` names what was learned (e.g. "high", "fast").
    int nextDelayMs(qint64 elapsedMs, std::optional<double> progress, const QString &kind) const;
    // The time from submit to ready the schedule expects, in seconds.
    double expectedDurationS(qint64 elapsedMs, std::optional<double> progress,
                             const QString &kind) const;

    // Learns from a finished task (submit to ready, in ms): an exponential moving average
    // per kind, so the schedule follows the service's current speed.
    void learn(const QString &kind, qint64 durationMs);
    double typicalDurationS(const QString &kind) const;
    void setTypicalDurationS(const QString &kind, double seconds);

private:
    Config m_config;
    QHash<QString, double> m_typicalS;
};

} // namespace outframe
