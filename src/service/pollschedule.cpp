// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pollschedule.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace outframe {

double PollSchedule::typicalDurationS(GenerationMode mode) const
{
    return m_typicalS.value(mode, m_config.initialTypicalS);
}

void PollSchedule::setTypicalDurationS(GenerationMode mode, double seconds)
{
    if (seconds > 0 && std::isfinite(seconds))
        m_typicalS.insert(mode, seconds);
}

qint64 PollSchedule::readyEstimateMs(qint64 lastRunningMs, std::optional<double> lastProgress,
                                     qint64 readySeenMs)
{
    const qint64 high = qMax(lastRunningMs, readySeenMs);
    // Progress near 0 says little (queueing, warm-up), as in expectedDurationS.
    if (lastProgress && *lastProgress >= 0.05 && *lastProgress <= 1.0 && lastRunningMs > 0) {
        const auto paced = qint64(std::llround(double(lastRunningMs) / *lastProgress));
        return qBound(lastRunningMs, paced, high);
    }
    return (lastRunningMs + high) / 2;
}

void PollSchedule::learn(GenerationMode mode, qint64 durationMs)
{
    if (durationMs <= 0)
        return;
    const double seconds = double(durationMs) / 1000.0;
    if (!m_typicalS.contains(mode)) {
        m_typicalS.insert(mode, seconds);
        return;
    }
    // Recent jobs weigh more: the service's speed changes with its load.
    m_typicalS[mode] = 0.6 * seconds + 0.4 * m_typicalS.value(mode);
}

double PollSchedule::expectedDurationS(qint64 elapsedMs, std::optional<double> progress,
                                       GenerationMode mode) const
{
    const double elapsed = double(elapsedMs) / 1000.0;
    // Progress near 0 says little (queueing, warm-up); only trust it once under way.
    if (progress && *progress >= 0.05 && *progress < 1.0 && elapsed > 0.5)
        return elapsed / *progress;
    return typicalDurationS(mode);
}

int PollSchedule::nextDelayMs(qint64 elapsedMs, std::optional<double> progress,
                              GenerationMode mode) const
{
    if (m_config.fixedIntervalMs)
        return *m_config.fixedIntervalMs;
    const double elapsed = double(elapsedMs) / 1000.0;
    const double expected = expectedDurationS(elapsedMs, progress, mode);
    const double remaining = expected - elapsed;
    const double floorS = m_config.minIntervalMs / 1000.0;
    double delayS = 0;
    if (remaining > 0)
        delayS = std::min(m_config.remainingFraction * remaining,
                          floorS + m_config.earlyGrowth * remaining);
    else
        delayS =
            floorS + m_config.lateGrowth * (-remaining) +
            m_config.veryLateGrowth * std::max(0.0, -remaining - m_config.lateTolerance * expected);
    const double ms =
        qBound(double(m_config.minIntervalMs), delayS * 1000.0, double(m_config.maxIntervalMs));
    return int(std::lround(ms));
}

} // namespace outframe
