// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QProcess>
#include <QTest>

namespace outframe::testing {

struct CliRun
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// outframe-cli started as a user would, with a home of its own (settings, journal, results
// folder under `home`) so tests never touch the real ones.
class CliProcess
{
public:
    CliProcess(const QString &program, const QString &home) : m_program(program), m_home(home) {}

    QProcessEnvironment environment(const QString &key) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("BFL_API_KEY"));
        env.remove(QStringLiteral("BFL_API_BASE"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(m_home).filePath("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), QDir(m_home).filePath("data"));
        if (!key.isEmpty())
            env.insert(QStringLiteral("BFL_API_KEY"), key);
        return env;
    }

    void start(QProcess &process, const QStringList &args, const QString &key) const
    {
        process.setProcessEnvironment(environment(key));
        process.start(m_program, args);
        process.waitForStarted();
    }

    // Long enough for a chain of 4 MP jobs on a loaded CI machine: the limit only stops a hang.
    static constexpr int kTimeoutMs = 300'000;

    // Waits while running this thread's event loop (a fake server in the test answers from it).
    static CliRun finish(QProcess &process, int timeoutMs = kTimeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
            QTest::qWait(10);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
        }
        CliRun run;
        run.exitCode = process.exitCode();
        run.crashed = process.exitStatus() == QProcess::CrashExit;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    CliRun run(const QStringList &args, const QString &key, int timeoutMs = kTimeoutMs) const
    {
        QProcess process;
        start(process, args, key);
        return finish(process, timeoutMs);
    }

    QString resultsFolder() const { return QDir(m_home).filePath("Pictures/Outframe"); }
    QString chainsFolder() const { return QDir(resultsFolder()).filePath("chains"); }

private:
    QString m_program;
    QString m_home;
};

} // namespace outframe::testing
