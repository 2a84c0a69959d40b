// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The adaptive poll schedule, simulated on a virtual clock (no timing in the test): polls
// per job stay low while the poll after "ready" comes soon.
#include "pollschedule.h"

#include <QtTest>

using namespace outframe;

namespace {

struct Simulation
{
    int polls = 0;
    double latencyS = 0; // from ready to the poll that saw it
};

// A job that becomes ready at `durationS`, reporting linear progress if `withProgress`.
Simulation simulate(const PollSchedule &schedule, double durationS, bool withProgress,
                    GenerationMode kind = GenerationMode::High)
{
    Simulation out;
    double t = 0;
    for (;;) {
        const std::optional<double> progress =
            withProgress ? std::optional<double>(qMin(1.0, t / durationS)) : std::nullopt;
        t += schedule.nextDelayMs(qint64(t * 1000), progress, kind) / 1000.0;
        ++out.polls;
        if (t >= durationS) {
            out.latencyS = t - durationS;
            return out;
        }
    }
}

} // namespace

class TestPollSchedule : public QObject
{
    Q_OBJECT

private slots:
    void sixtySecondJob_data();
    void sixtySecondJob();
    void learnsTheTypicalDuration();
    void boundsAlwaysHold();
    void fixedIntervalIsAPlainLoop();
    void lateAnswerDoesNotTeachLaterPolls_data();
    void lateAnswerDoesNotTeachLaterPolls();
    void readyEstimateStaysBetweenTheAnswers();
};

namespace {

// Ten 3 s jobs in a row with one schedule, as FluxJob learns (PollSchedule::readyEstimateMs).
// In job `lateJob` the poll after the last "running" answer reaches the service `lateS` late
// (a slow connection, a busy event loop): the review saw 2.987 s (progress 0.996) followed by
// 4.934 s. Returns the learned typical duration after each job and each job's latency.
struct Series
{
    QList<double> typicalS;
    QList<double> latencyS;
};

Series runSeries(bool withProgress, int lateJob, double lateS)
{
    PollSchedule::Config config;
    config.initialTypicalS = 3.0;
    PollSchedule schedule(config);
    const double durationS = 3.0;
    Series out;
    for (int job = 0; job < 10; ++job) {
        double t = 0;
        double lastRunning = 0;
        std::optional<double> lastProgress;
        bool delayed = false;
        for (;;) {
            t +=
                schedule.nextDelayMs(qint64(t * 1000), lastProgress, GenerationMode::High) / 1000.0;
            // The late poll: the one that would have been the first after ready.
            if (job == lateJob && !delayed && t >= durationS) {
                t += lateS;
                delayed = true;
            }
            if (t >= durationS)
                break;
            lastRunning = t;
            lastProgress = withProgress ? std::optional<double>(t / durationS) : std::nullopt;
        }
        out.latencyS << t - durationS;
        schedule.learn(GenerationMode::High,
                       PollSchedule::readyEstimateMs(qint64(lastRunning * 1000), lastProgress,
                                                     qint64(t * 1000)));
        out.typicalS << schedule.typicalDurationS(GenerationMode::High);
    }
    return out;
}

} // namespace

void TestPollSchedule::lateAnswerDoesNotTeachLaterPolls_data()
{
    QTest::addColumn<bool>("withProgress");
    QTest::addColumn<double>("maxDriftS");
    QTest::newRow("progress reported") << true << 0.05;
    // Without progress only the midpoint is known: a late poll moves it, but by at most half
    // the delay, once, and the next jobs pull it back.
    QTest::newRow("no progress") << false << 1.0;
}

// The learned duration must follow the service, not the client's own late polls: one late
// poll must not move the first poll of the following jobs later, so they stay fast.
void TestPollSchedule::lateAnswerDoesNotTeachLaterPolls()
{
    QFETCH(bool, withProgress);
    QFETCH(double, maxDriftS);
    const Series steady = runSeries(withProgress, -1, 0);
    const Series late = runSeries(withProgress, 2, 1.7);
    for (int job = 0; job < 10; ++job) {
        QVERIFY2(qAbs(steady.typicalS[job] - 3.0) < 0.3, qPrintable(QString::number(job)));
        QVERIFY2(
            qAbs(late.typicalS[job] - 3.0) < maxDriftS,
            qPrintable(QStringLiteral("job %1 learned %2 s").arg(job).arg(late.typicalS[job])));
        QVERIFY2(steady.latencyS[job] < 0.5, qPrintable(QString::number(steady.latencyS[job])));
        if (job != 2) // the late job is late by construction; the ones after it are not
            QVERIFY2(late.latencyS[job] < 0.5,
                     qPrintable(QStringLiteral("job %1: %2 s").arg(job).arg(late.latencyS[job])));
    }
    if (withProgress) // the review's 3.0 -> 3.96 s: with progress nothing moves
        QVERIFY(qAbs(late.typicalS[2] - steady.typicalS[2]) < 0.02);
}

void TestPollSchedule::readyEstimateStaysBetweenTheAnswers()
{
    // The review's case: running at 2.987 s with 0.996, ready seen at 4.934 s.
    QCOMPARE(PollSchedule::readyEstimateMs(2987, 0.996, 4934), qint64(2999));
    // Progress that would put "ready" outside the answers is bounded by them.
    QCOMPARE(PollSchedule::readyEstimateMs(2000, 0.1, 2500), qint64(2500));
    QCOMPARE(PollSchedule::readyEstimateMs(2000, 1.0, 2500), qint64(2000));
    // No progress (or too little to trust): the midpoint.
    QCOMPARE(PollSchedule::readyEstimateMs(2000, std::nullopt, 3000), qint64(2500));
    QCOMPARE(PollSchedule::readyEstimateMs(2000, 0.01, 3000), qint64(2500));
}

void TestPollSchedule::sixtySecondJob_data()
{
    QTest::addColumn<bool>("withProgress");
    QTest::addColumn<double>("typicalS");
    QTest::addColumn<double>("maxLatencyS");
    // With progress, or a learned duration that is right, the poll after ready comes within
    // the floor interval (0.25 s). Without progress and a wrong guess, the schedule trades
    // latency for a bounded number of polls.
    QTest::newRow("progress reported") << true << 20.0 << 0.3;
    QTest::newRow("learned duration right") << false << 60.0 << 0.3;
    QTest::newRow("learned duration 20 % short") << false << 48.0 << 1.0;
    QTest::newRow("learned duration 20 % long") << false << 72.0 << 1.5;
    QTest::newRow("learned duration 3x too short") << false << 20.0 << 5.0;
    QTest::newRow("learned duration 2x too long") << false << 120.0 << 5.0;
}

void TestPollSchedule::sixtySecondJob()
{
    QFETCH(bool, withProgress);
    QFETCH(double, typicalS);
    QFETCH(double, maxLatencyS);
    PollSchedule schedule;
    schedule.setTypicalDurationS(GenerationMode::High, typicalS);
    const Simulation sim = simulate(schedule, 60.0, withProgress);
    QVERIFY2(sim.polls <= 60, qPrintable(QString::number(sim.polls)));
    QVERIFY2(sim.latencyS <= maxLatencyS, qPrintable(QString::number(sim.latencyS)));
}

void TestPollSchedule::learnsTheTypicalDuration()
{
    PollSchedule schedule;
    QCOMPARE(schedule.typicalDurationS(GenerationMode::Fast), schedule.config().initialTypicalS);
    schedule.learn(GenerationMode::Fast, 8'000);
    QCOMPARE(schedule.typicalDurationS(GenerationMode::Fast), 8.0);
    schedule.learn(GenerationMode::Fast, 10'000);
    const double learned = schedule.typicalDurationS(GenerationMode::Fast);
    QVERIFY(learned > 8.0 && learned < 10.0);
    // Per kind: "high" is untouched.
    QCOMPARE(schedule.typicalDurationS(GenerationMode::High), schedule.config().initialTypicalS);
    // After learning, a job of the learned length is caught quickly.
    const Simulation sim = simulate(schedule, learned, false, GenerationMode::Fast);
    QVERIFY2(sim.latencyS <= 0.3, qPrintable(QString::number(sim.latencyS)));
}

void TestPollSchedule::boundsAlwaysHold()
{
    PollSchedule schedule;
    const auto &config = schedule.config();
    for (qint64 elapsed : {0LL, 500LL, 5'000LL, 19'900LL, 60'000LL, 600'000LL})
        for (double p : {-1.0, 0.0, 0.01, 0.5, 0.99}) {
            const auto progress = p < 0 ? std::nullopt : std::optional<double>(p);
            const int delay = schedule.nextDelayMs(elapsed, progress, GenerationMode::High);
            QVERIFY(delay >= config.minIntervalMs);
            QVERIFY(delay <= config.maxIntervalMs);
        }
}

void TestPollSchedule::fixedIntervalIsAPlainLoop()
{
    PollSchedule::Config config;
    config.fixedIntervalMs = 500;
    const PollSchedule schedule(config);
    QCOMPARE(schedule.nextDelayMs(0, std::nullopt, GenerationMode::High), 500);
    QCOMPARE(schedule.nextDelayMs(59'000, 0.99, GenerationMode::High), 500);
    const Simulation sim = simulate(schedule, 60.0, true);
    QCOMPARE(sim.polls, 120);
}

QTEST_APPLESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
