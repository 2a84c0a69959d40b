// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clichain.h"

#include "clijson.h"
#include "imageio.h"
#include "jobqueue.h"
#include "numberformat.h"
#include "placement.h"
#include "pricing.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace outframe {

namespace {

QString sideText(ChainSide side)
{
    switch (side) {
    case ChainSide::Whole:
        return CliChain::tr("around the image");
    case ChainSide::Top:
        return CliChain::tr("top");
    case ChainSide::Bottom:
        return CliChain::tr("bottom");
    case ChainSide::Left:
        return CliChain::tr("left");
    case ChainSide::Right:
        return CliChain::tr("right");
    }
    return {};
}

} // namespace

CliChain::CliChain(ChainRun *run, const CliOptions &options, int concurrency, QObject *parent)
    : QObject(parent), m_run(run), m_queue(new JobQueue(this)), m_options(options),
      m_interactive(::isatty(STDERR_FILENO) == 1)
{
    m_run->setParent(this);
    m_queue->setMaxConcurrent(concurrency);
    connect(m_run, &ChainRun::progressed, this, [this](int done, int count) {
        if (!m_interactive)
            return;
        std::fputs(qPrintable(QStringLiteral("\r\033[K") +
                              tr("%1: %2 of %3 steps back  %4 s")
                                  .arg(m_run->manifest().label)
                                  .arg(done)
                                  .arg(count)
                                  .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)),
                   stderr);
        std::fflush(stderr);
    });
    connect(m_run, &ChainRun::finished, this, &CliChain::onFinished);
    connect(m_run, &ChainRun::failed, this, &CliChain::onFailed);
}

void CliChain::start(Backend *backend, const QString &resultsDirectory,
                     QList<BackendJob *> *resumable)
{
    m_clock.start();
    m_run->start(m_queue, backend, resultsDirectory, resumable);
}

void CliChain::interrupt(int exitCode)
{
    if (m_finished)
        return;
    m_run->interrupt();
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    std::fputs(qPrintable(tr("outframe-cli: interrupted; “outframe-cli --resume” finishes the "
                             "canvas from the %1 steps already made.\n")
                              .arg(m_run->tilesDone())),
               stderr);
    report(exitCode, tr("interrupted"));
    finish(exitCode);
}

QString CliChain::describe(const ChainPlan &plan, ResultEngine engine,
                           std::optional<double> learnedCreditsPerMegapixel)
{
    const qint64 pixels = qint64(plan.canvas.width()) * plan.canvas.height();
    const Pricing::CostEstimate total = plan.estimate(learnedCreditsPerMegapixel);
    QString text =
        tr("Canvas %1 x %2 px (%3): %n job(s) in %4 wave(s), %5\n", nullptr, int(plan.tiles.size()))
            .arg(plan.canvas.width())
            .arg(plan.canvas.height())
            .arg(NumberFormat::megapixels(pixels))
            .arg(plan.waveCount())
            .arg(engine == ResultEngine::Local
                     ? tr("free: the offline engine runs on this computer")
                     : Pricing::formatEstimate(total));
    text += tr("Image at (%1, %2), %3 x %4 px, kept exact.\n")
                .arg(plan.original.x())
                .arg(plan.original.y())
                .arg(plan.original.width())
                .arg(plan.original.height());
    for (const ChainTile &tile : plan.tiles) {
        text += tr("  job %1  wave %2  %3 x %4 px at (%5, %6)  context %7 x %8 px  grows: %9\n")
                    .arg(tile.index + 1, 3)
                    .arg(tile.wave + 1, 2)
                    .arg(tile.rect.width())
                    .arg(tile.rect.height())
                    .arg(tile.rect.x())
                    .arg(tile.rect.y())
                    .arg(tile.reference.width())
                    .arg(tile.reference.height())
                    .arg(sideText(tile.side));
    }
    return text;
}

bool CliChain::writeOutput(QString *error) const
{
    const QByteArray bytes = m_run->encodedCanvas(
        imageFormatFromPath(outputPath()).value_or(m_options.outputFormat), error);
    if (bytes.isEmpty())
        return false;
    if (outputPath() == CliOptions::kStdio) {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly) && out.write(bytes) == bytes.size() &&
            out.flush())
            return true;
        if (error)
            *error = tr("standard output is closed or full");
        return false;
    }
    return ImageIO::writeFileAtomically(outputPath(), bytes, error);
}

QString CliChain::outputPath() const
{
    const QString path = m_run->manifest().outputPath;
    // A resumed chain that was going to standard output has no stdout to go to any more.
    if (path.isEmpty() || (path == CliOptions::kStdio && m_options.resume))
        return QDir(m_run->folder()).filePath(QStringLiteral("canvas.png"));
    return path;
}

void CliChain::onFinished()
{
    QString error;
    if (!writeOutput(&error)) {
        std::fputs(qPrintable(tr("outframe-cli: the canvas could not be written to %1: %2 (its "
                                 "steps are kept in %3)\n")
                                  .arg(outputPath(), error, m_run->folder())),
                   stderr);
        report(4, error);
        finish(4);
        return;
    }
    m_run->markFinished(&error); // if this fails, a later --resume only writes the output again
    if (m_interactive)
        std::fputs(qPrintable(QStringLiteral("\r\033[K") +
                              tr("Done: %1 (%2 steps, %3 sent, %4 taken from earlier runs)\n")
                                  .arg(outputPath())
                                  .arg(m_run->tileCount())
                                  .arg(m_run->tilesSubmitted())
                                  .arg(m_run->tilesRecovered())),
                   stderr);
    report(0, QString());
    finish(0);
}

void CliChain::onFailed(const QString &message)
{
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    std::fputs(qPrintable(QStringLiteral("outframe-cli: ") + message + u'\n'), stderr);
    report(4, message);
    finish(4);
}

void CliChain::report(int exitCode, const QString &error)
{
    if (!m_options.json)
        return;
    const ChainManifest &m = m_run->manifest();
    CliJson::print(QJsonObject{
        {QStringLiteral("status"), exitCode == 0     ? QStringLiteral("done")
                                   : exitCode >= 128 ? QStringLiteral("interrupted")
                                                     : QStringLiteral("failed")},
        {QStringLiteral("exit_code"), exitCode},
        {QStringLiteral("error"), CliJson::optional(error)},
        {QStringLiteral("engine"), resultEngineName(m.engine)},
        {QStringLiteral("cost"), CliJson::optional(m_run->cost())},
        {QStringLiteral("output_mp"),
         double(qint64(m.plan.canvas.width()) * m.plan.canvas.height()) / 1e6},
        {QStringLiteral("output"), outputPath()},
        {QStringLiteral("saved"), m_run->folder()},
        {QStringLiteral("elapsed_s"), double(m_clock.elapsed()) / 1000.0},
    });
}

void CliChain::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit done(exitCode);
}

} // namespace outframe
