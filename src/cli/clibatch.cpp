// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clibatch.h"

#include "clijson.h"
#include "imageio.h"
#include "outpaintrequest.h"
#include "outputwriter.h"
#include "placement.h"
#include "resultsfolder.h"
#include "runfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
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

// The images of a folder, by name: the formats Outframe reads, nothing else.
QStringList imagesIn(const QString &folder)
{
    QStringList paths;
    const QFileInfoList entries =
        QDir(folder).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries)
        if (ImageIO::isReadableFormat(entry.suffix().toLatin1()))
            paths << entry.absoluteFilePath();
    return paths;
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

CliBatch::CliBatch(BatchManifest manifest, const QString &folder, const CliOptions &options,
                   int concurrency, QObject *parent)
    : QObject(parent), m_manifest(std::move(manifest)), m_folder(folder), m_options(options),
      m_concurrency(qMax(1, concurrency)), m_interactive(::isatty(STDERR_FILENO) == 1)
{}

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
            const QStringList images = imagesIn(argument);
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
    const bool toFolder = options.outputIsFolder;
    const QString suffix = imageFormatSuffix(options.outputFormat);
    const QList<AspectRatio> ratios =
        options.formats.isEmpty() ? QList<AspectRatio>{AspectRatio{}} : options.formats;
    QList<BatchItem> items;
    QSet<QString> taken;
    for (const QString &input : std::as_const(inputs)) {
        for (const AspectRatio &ratio : ratios) {
            BatchItem item;
            item.input = QFileInfo(input).absoluteFilePath();
            item.frame = options.frame;
            const QString tag = options.formats.isEmpty() ? QString() : u'-' + aspectFileTag(ratio);
            if (!options.formats.isEmpty())
                item.frame.ratio = ratio;
            const QString stem =
                toFolder ? QDir(options.output).filePath(QFileInfo(input).completeBaseName())
                         : QFileInfo(options.output).absolutePath() + u'/' +
                               QFileInfo(options.output).completeBaseName();
            const QString ext = toFolder ? suffix : QFileInfo(options.output).suffix();
            QString output = QFileInfo(stem + tag + u'.' + ext).absoluteFilePath();
            // Two inputs of one name (a/x.png, b/x.jpg) must not write over each other.
            for (int n = 2; taken.contains(output); ++n)
                output = QFileInfo(stem + tag + u'-' + QString::number(n) + u'.' + ext)
                             .absoluteFilePath();
            taken.insert(output);
            item.output = output;
            items << item;
        }
    }
    return items;
}

void CliBatch::start(Backend *backend, const QString &resultsDirectory,
                     QList<BackendJob *> *resumable)
{
    m_clock.start();
    m_backend = backend;
    m_resultsDirectory = resultsDirectory;
    for (int i = 0; i < m_manifest.items.size(); ++i) {
        BatchItem &item = m_manifest.items[i];
        // A failed item is tried again by a resume: the batch is to be finished.
        if (item.state == BatchItem::State::Failed && m_options.resume) {
            item.state = BatchItem::State::Pending;
            item.error.clear();
        }
        if (item.state != BatchItem::State::Pending)
            continue;
        m_waiting << i;
        if (!resumable)
            continue;
        for (auto it = resumable->begin(); it != resumable->end(); ++it) {
            if (QFileInfo((*it)->spec().outputPath).absoluteFilePath() == item.output) {
                (*it)->setParent(this);
                m_resumed.insert(i, *it);
                resumable->erase(it);
                break;
            }
        }
    }
    save();
    QMetaObject::invokeMethod(this, &CliBatch::startMore, Qt::QueuedConnection);
}

void CliBatch::startMore()
{
    while (!m_interruptCode && m_running.size() < m_concurrency && !m_waiting.isEmpty())
        runItem(m_waiting.takeFirst());
    drawProgress();
    finishIfOver();
}

void CliBatch::runItem(int index)
{
    BatchItem &item = m_manifest.items[index];
    if (BackendJob *resumed = m_resumed.take(index)) {
        m_specs.insert(index, resumed->spec());
        track(index, resumed);
        resumed->start();
        return;
    }
    if (writeFromResultsFolder(index))
        return;
    const LoadedImage input = ImageIO::load(item.input);
    if (!input.ok()) {
        settleItem(index, BatchItem::State::Failed, 2, input.error, {});
        return;
    }
    const Placement placement = item.frame.placementFor(input.image.size());
    QStringList problems;
    for (const PlacementProblem &problem : placement.problems())
        problems << problem.message;
    if (!problems.isEmpty()) {
        settleItem(index, BatchItem::State::Failed, 2, problems.join(u' '), {});
        return;
    }
    OutpaintJobSpec spec;
    spec.reference = input.image;
    spec.placement = placement;
    spec.options = m_manifest.options;
    spec.options.outputFormat = imageFormatFromPath(item.output).value_or(ImageFormat::Png);
    spec.label = QFileInfo(item.output).fileName();
    spec.sourcePath = item.input;
    spec.outputPath = item.output;
    spec.keepOriginal = m_manifest.keepOriginal;
    spec.seed = m_manifest.seed;
    m_specs.insert(index, spec);
    BackendJob *job = m_backend->createJob(spec, this);
    track(index, job);
    job->start();
}

// A paid item whose result reached the results folder but not its output (a kill in between):
// written from there, not paid again.
bool CliBatch::writeFromResultsFolder(int index)
{
    const BatchItem &item = m_manifest.items[index];
    const QString saved = savedResultFor(m_resultsDirectory, item.taskId);
    if (saved.isEmpty())
        return false;
    const LoadedImage input = ImageIO::load(item.input);
    const LoadedImage result = ImageIO::load(saved);
    if (!input.ok() || !result.ok())
        return false;
    OutpaintJobSpec spec;
    spec.placement = item.frame.placementFor(input.image.size());
    if (result.image.size() != spec.placement.canvasSize())
        return false;
    spec.reference = input.image;
    spec.options = m_manifest.options;
    spec.keepOriginal = m_manifest.keepOriginal;
    JobResult done;
    done.image = result.image;
    done.sent = OutpaintRequest::prepareReference(input.image, spec.placement);
    done.engine = ResultEngine::Flux;
    done.taskId = item.taskId;
    done.savedPath = saved;
    QString error;
    const ImageFormat format = imageFormatFromPath(item.output).value_or(ImageFormat::Png);
    Outcome outcome;
    outcome.saved = saved;
    if (!OutputWriter::write(done, spec, item.output, format, &error))
        settleItem(index, BatchItem::State::Failed, 4,
                   tr("The result could not be written to %1: %2 (it is saved at %3)")
                       .arg(item.output, error, saved),
                   outcome);
    else
        settleItem(index, BatchItem::State::Done, 0, QString(), outcome);
    return true;
}

void CliBatch::track(int index, BackendJob *job)
{
    m_running.insert(index, job);
    const auto recordTask = [this, index, job] {
        const QString taskId = job->task().taskId;
        BatchItem &item = m_manifest.items[index];
        if (!taskId.isEmpty() && item.taskId != taskId) {
            item.taskId = taskId;
            save();
        }
    };
    connect(job, &BackendJob::statusChanged, this, recordTask);
    connect(job, &BackendJob::statusChanged, this, [this] { drawProgress(); });
    connect(job, &BackendJob::finished, this,
            [this, index](const JobResult &result) { onFinished(index, result); });
    connect(job, &BackendJob::failed, this,
            [this, index](const JobError &error) { onFailed(index, error); });
}

void CliBatch::onFinished(int index, const JobResult &result)
{
    BatchItem &item = m_manifest.items[index];
    const OutpaintJobSpec spec = m_specs.take(index);
    if (!result.taskId.isEmpty())
        item.taskId = result.taskId;
    item.cost = result.cost;
    item.elapsedS = double(result.elapsedMs) / 1000.0;
    for (const QString &note : result.notes)
        std::fputs(qPrintable(QStringLiteral("outframe-cli: %1: %2\n")
                                  .arg(QFileInfo(item.input).fileName(), note)),
                   stderr);
    QString error;
    const ImageFormat format = imageFormatFromPath(item.output).value_or(ImageFormat::Png);
    m_running.remove(index);
    const Outcome outcome{result.inputMegapixels, result.outputMegapixels, result.savedPath,
                          result.seed};
    if (!OutputWriter::write(result, spec, item.output, format, &error))
        settleItem(index, BatchItem::State::Failed, 4,
                   tr("The result could not be written to %1: %2 (it is saved at %3)")
                       .arg(item.output, error, result.savedPath),
                   outcome);
    else
        settleItem(index, BatchItem::State::Done, 0, QString(), outcome);
    startMore();
}

void CliBatch::onFailed(int index, const JobError &error)
{
    m_running.remove(index);
    m_specs.remove(index);
    if (!error.taskId.isEmpty())
        m_manifest.items[index].taskId = error.taskId;
    if (error.kind == JobError::Kind::Cancelled) {
        // Interrupted: the item stays to be made (a submitted task stays in the journal).
        m_exitCode = qMax(m_exitCode, m_interruptCode ? m_interruptCode : 130);
        finishIfOver();
        return;
    }
    QString message = error.message;
    if (error.taskKept)
        message += u' ' + tr("The task is kept: “outframe-cli --resume” fetches it.");
    settleItem(index, BatchItem::State::Failed, error.exitCode(), message, {});
    startMore();
}

void CliBatch::settleItem(int index, BatchItem::State state, int exitCode, const QString &error,
                          const Outcome &outcome)
{
    BatchItem &item = m_manifest.items[index];
    item.state = state;
    item.error = error;
    m_exitCodes.insert(index, exitCode);
    m_exitCode = qMax(m_exitCode, exitCode);
    if (!error.isEmpty()) {
        if (m_interactive)
            std::fputs("\r\033[K", stderr);
        std::fputs(qPrintable(QStringLiteral("outframe-cli: %1: %2\n")
                                  .arg(QFileInfo(item.input).fileName(), error)),
                   stderr);
    }
    save();
    report(index, outcome);
}

void CliBatch::save()
{
    QString error;
    if (!m_manifest.save(m_folder, &error))
        std::fputs(qPrintable(QStringLiteral("outframe-cli: ") + error +
                              tr(" (a resume may not find this batch)\n")),
                   stderr);
}

void CliBatch::report(int index, const Outcome &outcome) const
{
    if (!m_options.json)
        return;
    const BatchItem &item = m_manifest.items[index];
    const int code = m_exitCodes.value(index);
    CliJson::print(QJsonObject{
        {QStringLiteral("status"),
         item.state == BatchItem::State::Done ? QStringLiteral("done") : QStringLiteral("failed")},
        {QStringLiteral("exit_code"), code},
        {QStringLiteral("error"), CliJson::optional(item.error)},
        {QStringLiteral("id"), CliJson::optional(item.taskId)},
        {QStringLiteral("engine"), resultEngineName(m_manifest.engine)},
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
    std::fputs(
        qPrintable(QStringLiteral("\r\033[K") + tr("Batch: %1 of %2 made, %3 running  %4 s")
                                                    .arg(m_manifest.settledCount())
                                                    .arg(m_manifest.items.size())
                                                    .arg(m_running.size())
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
    const QStringList header{tr("input"), tr("output"), tr("status"), tr("cost"), tr("time")};
    QList<QStringList> rows{header};
    double credits = 0;
    for (const BatchItem &item : m_manifest.items) {
        credits += item.cost.value_or(0);
        rows << QStringList{QFileInfo(item.input).fileName(), QFileInfo(item.output).fileName(),
                            stateText(item.state),
                            item.cost ? QString::number(*item.cost, 'f', 2) : QStringLiteral("-"),
                            QStringLiteral("%1 s").arg(item.elapsedS, 0, 'f', 1)};
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
    const int done = int(
        std::count_if(m_manifest.items.cbegin(), m_manifest.items.cend(),
                      [](const BatchItem &item) { return item.state == BatchItem::State::Done; }));
    text += tr("%1 of %2 made, %3 credits, %4 s\n")
                .arg(done)
                .arg(m_manifest.items.size())
                .arg(credits, 0, 'f', 2)
                .arg(m_clock.elapsed() / 1000.0, 0, 'f', 1);
    std::fputs(qPrintable(text), stdout);
    std::fflush(stdout);
}

void CliBatch::interrupt(int exitCode)
{
    if (m_finished)
        return;
    m_interruptCode = exitCode;
    m_exitCode = qMax(m_exitCode, exitCode);
    const auto running = m_running;
    for (const QPointer<BackendJob> &guarded : running)
        if (BackendJob *job = guarded.data())
            job->interrupt(); // reports failed(Cancelled): the item stays to be made
    finishIfOver();
}

void CliBatch::finishIfOver()
{
    if (m_finished || !m_running.isEmpty() || (!m_waiting.isEmpty() && !m_interruptCode))
        return;
    m_finished = true;
    if (m_interruptCode) {
        if (m_interactive)
            std::fputs("\r\033[K", stderr);
        std::fputs(qPrintable(tr("outframe-cli: interrupted; “outframe-cli --resume” finishes "
                                 "the batch (%1 of %2 made).\n")
                                  .arg(m_manifest.settledCount())
                                  .arg(m_manifest.items.size())),
                   stderr);
    } else {
        QString error;
        RunFolder::markFinished(m_folder, QByteArray::number(m_manifest.items.size()), &error);
    }
    printTable();
    emit done(m_exitCode);
}

} // namespace outframe
