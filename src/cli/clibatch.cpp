// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clibatch.h"

#include "clijson.h"
#include "imageio.h"

#include "numberformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace outframe {

namespace {

QString stateText(BatchItem::State state)
{
    switch (state) {
    case BatchItem::State::Pending:
        return CliBatch::tr("not made");
    case BatchItem::State::Done:
        return CliBatch::tr("done");
    case BatchItem::State::Failed:
        return CliBatch::tr("failed");
    }
    return {};
}

// "-": the paths on standard input, one a line (blank lines and # comments skipped).
QStringList pathsFromStdin()
{
    QStringList paths;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly | QIODevice::Text))
        return paths;
    QTextStream stream(&in);
    while (!stream.atEnd()) {
        const QString line = stream.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            paths << line;
    }
    return paths;
}

} // namespace

CliBatch::CliBatch(BatchRun *run, const CliOptions &options, QObject *parent)
    : QObject(parent), m_run(run), m_options(options), m_interactive(::isatty(STDERR_FILENO) == 1)
{
    m_run->setParent(this);
    connect(m_run, &BatchRun::itemSettled, this, &CliBatch::onSettled);
    connect(m_run, &BatchRun::itemStatusChanged, this, [this] { drawProgress(); });
    connect(m_run, &BatchRun::problem, this, &CliBatch::printError);
    connect(m_run, &BatchRun::finished, this, &CliBatch::onFinished);
}

std::optional<QList<BatchItem>> CliBatch::itemsFor(const CliOptions &options, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QStringList inputs;
    for (const QString &argument : options.inputs) {
        if (argument == CliOptions::kStdio) {
            inputs << pathsFromStdin();
            continue;
        }
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QStringList images = ImageIO::readableImagesIn(argument);
            if (images.isEmpty())
                return fail(tr("The folder “%1” holds no image Outframe reads (PNG, JPEG, WebP, "
                               "TIFF, BMP).")
                                .arg(argument));
            inputs << images;
        } else if (!info.exists()) {
            return fail(tr("The input “%1” does not exist.").arg(argument));
        } else if (!ImageIO::isReadableFormat(info.suffix().toLatin1())) {
            return fail(tr("The input “%1” is not an image Outframe reads (PNG, JPEG, WebP, "
                           "TIFF, BMP); a project is exported on its own.")
                            .arg(argument));
        } else {
            inputs << info.absoluteFilePath();
        }
    }
    if (inputs.isEmpty())
        return fail(tr("The batch has no input."));

    // -o DIR/ names each output after its input; -o NAME.EXT (one input, --formats) after NAME.
    QList<BatchFrame> formats;
    if (options.formats.isEmpty())
        formats << BatchFrame{options.frame, QString()};
    for (const AspectRatio &ratio : options.formats) {
        BatchFrame frame{options.frame, aspectFileTag(ratio)};
        frame.rule.ratio = ratio;
        formats << frame;
    }
    // Variations of each: NAME-1.EXT, NAME-4x5-2.EXT, ...
    QList<BatchFrame> frames;
    for (const BatchFrame &format : std::as_const(formats)) {
        for (int v = 1; v <= options.variations; ++v) {
            BatchFrame frame = format;
            if (options.variations > 1)
                frame.tag +=
                    (frame.tag.isEmpty() ? QString() : QStringLiteral("-")) + QString::number(v);
            frames << frame;
        }
    }
    const QFileInfo output(options.output);
    QList<BatchItem> items =
        options.outputIsFolder
            ? batchItems(inputs, frames, options.output, imageFormatSuffix(options.outputFormat))
            : batchItems(inputs, frames, output.absolutePath(), output.suffix(),
                         output.completeBaseName());
    // With --seed S, variation v has the seed S + v - 1: each is made again alone with its own.
    if (options.seed && options.variations > 1)
        for (qsizetype i = 0; i < items.size(); ++i)
            items[i].seed = *options.seed + std::uint64_t(i % options.variations);
    return items;
}

void CliBatch::start(Backend *backend, const QString &resultsDirectory,
                     QList<BackendJob *> *resumable)
{
    m_clock.start();
    // A resume is to finish the batch: what failed is tried again.
    m_run->start(backend, resultsDirectory, resumable, m_options.resume);
}

void CliBatch::printError(const QString &message) const
{
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    std::fputs(qPrintable(QStringLiteral("outframe-cli: ") + message + u'\n'), stderr);
    std::fflush(stderr);
}

void CliBatch::onSettled(int index, const BatchRun::Outcome &outcome)
{
    const BatchItem &item = m_run->manifest().items[index];
    m_exitCode = qMax(m_exitCode, outcome.exitCode);
    const QString name = QFileInfo(item.input).fileName();
    for (const QString &note : outcome.notes)
        printError(name + QStringLiteral(": ") + note);
    if (!item.error.isEmpty())
        printError(name + QStringLiteral(": ") + item.error);
    drawProgress();
    if (!m_options.json)
        return;
    CliJson::print(QJsonObject{
        {QStringLiteral("status"),
         item.state == BatchItem::State::Done ? QStringLiteral("done") : QStringLiteral("failed")},
        {QStringLiteral("exit_code"), outcome.exitCode},
        {QStringLiteral("error"), CliJson::optional(item.error)},
        {QStringLiteral("id"), CliJson::optional(item.taskId)},
        {QStringLiteral("engine"), resultEngineName(m_run->manifest().engine)},
        {QStringLiteral("cost"), CliJson::optional(item.cost)},
        {QStringLiteral("input"), item.input},
        {QStringLiteral("input_mp"), CliJson::optional(outcome.inputMegapixels)},
        {QStringLiteral("output_mp"), CliJson::optional(outcome.outputMegapixels)},
        {QStringLiteral("output"), item.output},
        {QStringLiteral("saved"), CliJson::optional(outcome.saved)},
        {QStringLiteral("elapsed_s"), item.elapsedS},
        {QStringLiteral("seed"), CliJson::seed(outcome.seed)},
    });
}

void CliBatch::drawProgress() const
{
    if (!m_interactive || m_finished)
        return;
    const BatchManifest &m = m_run->manifest();
    std::fputs(
        qPrintable(QStringLiteral("\r\033[K") + tr("Batch: %1 of %2 made, %3 running  %4 s")
                                                    .arg(m.settledCount())
                                                    .arg(m.items.size())
                                                    .arg(m_run->runningCount())
                                                    .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1)),
        stderr);
    std::fflush(stderr);
}

void CliBatch::printTable() const
{
    // The table is for people: on standard output unless --json has it.
    if (m_options.json)
        return;
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    const BatchManifest &m = m_run->manifest();
    const QStringList header{tr("input"), tr("output"), tr("status"), tr("cost"), tr("time")};
    QList<QStringList> rows{header};
    double credits = 0;
    int done = 0;
    for (const BatchItem &item : m.items) {
        credits += item.cost.value_or(0);
        done += item.state == BatchItem::State::Done ? 1 : 0;
        rows << QStringList{QFileInfo(item.input).fileName(), QFileInfo(item.output).fileName(),
                            stateText(item.state),
                            item.cost ? NumberFormat::decimal(*item.cost, 2) : QStringLiteral("-"),
                            NumberFormat::seconds(item.elapsedS, 1)};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row[c].size());
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells << (c >= 3 ? row[c].rightJustified(widths[c]) : row[c].leftJustified(widths[c]));
        text += cells.join(QStringLiteral("  ")).trimmed() + u'\n';
    }
    text += tr("%1 of %2 made, %3 credits, %4\n")
                .arg(done)
                .arg(m.items.size())
                .arg(NumberFormat::decimal(credits, 2),
                     NumberFormat::seconds(m_clock.elapsed() / 1000.0, 1));
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void CliBatch::interrupt(int exitCode)
{
    if (m_finished)
        return;
    m_interruptCode = exitCode;
    m_run->interrupt();
}

void CliBatch::onFinished(bool interrupted)
{
    if (m_finished)
        return;
    m_finished = true;
    if (interrupted) {
        m_exitCode = qMax(m_exitCode, m_interruptCode ? m_interruptCode : 130);
        const BatchManifest &m = m_run->manifest();
        printError(tr("interrupted; “outframe-cli --resume” finishes the batch (%1 of %2 "
                      "made).")
                       .arg(m.settledCount())
                       .arg(m.items.size()));
    }
    printTable();
    emit done(m_exitCode);
}

} // namespace outframe
