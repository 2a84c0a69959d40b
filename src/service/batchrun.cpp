// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchrun.h"

#include "chainrun.h"
#include "imageio.h"
#include "jobqueue.h"
#include "outpaintrequest.h"
#include "outputwriter.h"
#include "placement.h"
#include "resultsfolder.h"
#include "runfolder.h"

#include <QDir>
#include <QFileInfo>

namespace outframe {

BatchRun::BatchRun(BatchManifest manifest, const QString &folder, int concurrency, QObject *parent)
    : QObject(parent), m_manifest(std::move(manifest)), m_folder(folder),
      m_concurrency(qMax(1, concurrency))
{}

QStringList BatchRun::unfinishedFolders(const QString &resultsDirectory)
{
    return RunFolder::unfinished(BatchManifest::batchesDirectory(resultsDirectory),
                                 QLatin1String(BatchManifest::kFileName));
}

QString BatchRun::newFolder(const QString &resultsDirectory, const QString &label)
{
    return RunFolder::newFolder(BatchManifest::batchesDirectory(resultsDirectory), label);
}

void BatchRun::start(Backend *backend, const QString &resultsDirectory,
                     QList<BackendJob *> *resumable, bool retryFailed)
{
    m_backend = backend;
    m_resultsDirectory = resultsDirectory;
    for (int i = 0; i < m_manifest.items.size(); ++i) {
        BatchItem &item = m_manifest.items[i];
        if (item.state == BatchItem::State::Failed && retryFailed) {
            item.state = BatchItem::State::Pending;
            item.error.clear();
        }
        if (item.state != BatchItem::State::Pending)
            continue;
        m_waiting << i;
        if (!resumable)
            continue;
        // The steps of the item's chain, for it to take when it goes on.
        if (!item.chainFolder.isEmpty()) {
            for (auto it = resumable->begin(); it != resumable->end();) {
                if (ChainManifest::tileIndexOf(item.chainFolder, (*it)->spec().outputPath)) {
                    (*it)->setParent(this);
                    m_chainSteps[i] << *it;
                    it = resumable->erase(it);
                } else {
                    ++it;
                }
            }
            continue;
        }
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
    QMetaObject::invokeMethod(this, &BatchRun::startMore, Qt::QueuedConnection);
}

void BatchRun::startMore()
{
    while (!m_interrupted && m_running.size() < m_concurrency && !m_waiting.isEmpty())
        runItem(m_waiting.takeFirst());
    finishIfOver();
}

void BatchRun::runItem(int index)
{
    const BatchItem &item = m_manifest.items[index];
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
        settleItem(index, BatchItem::State::Failed, input.error, {2, {}, {}, {}, {}, {}});
        return;
    }
    const Placement placement = item.frame.placementFor(input.image.size());
    const MakingPlan making = planMaking(placement);
    QStringList problems;
    for (const PlacementProblem &problem : making.problems)
        problems << problem.message;
    if (!problems.isEmpty()) {
        settleItem(index, BatchItem::State::Failed, problems.join(u' '), {2, {}, {}, {}, {}, {}});
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
    spec.seed = item.seed ? item.seed : m_manifest.seed;
    if (making.isChain()) {
        runChain(index, spec, making.chain);
        return;
    }
    m_specs.insert(index, spec);
    BackendJob *job = m_backend->createJob(spec, this);
    track(index, job);
    job->start();
}

void BatchRun::runChain(int index, const OutpaintJobSpec &spec, const ChainPlan &plan)
{
    BatchItem &item = m_manifest.items[index];
    QString error;
    ChainRun *run = nullptr;
    if (!item.chainFolder.isEmpty() && QFileInfo::exists(item.chainFolder))
        run = ChainRun::open(item.chainFolder, &error, this);
    if (!run) {
        const PreparedReference prepared =
            OutpaintRequest::prepareReference(spec.reference, spec.placement);
        ChainManifest manifest;
        manifest.plan = plan;
        manifest.options = spec.options;
        manifest.engine = m_backend->engine();
        manifest.label = QFileInfo(item.output).fileName();
        manifest.sourcePath = item.input;
        manifest.outputPath = item.output;
        const QString folder =
            RunFolder::newFolder(QDir(m_folder).filePath(QStringLiteral("chains")), manifest.label);
        run = ChainRun::create(
            manifest, prepared.image.copy(plan.original.translated(-prepared.canvasRect.topLeft())),
            folder, &error, this);
        if (!run) {
            settleItem(index, BatchItem::State::Failed, error, {4, {}, {}, {}, {}, {}});
            return;
        }
        item.chainFolder = folder;
        save();
    }
    if (!m_chainQueue) {
        m_chainQueue = new JobQueue(this);
        m_chainQueue->setMaxConcurrent(m_concurrency);
    }
    m_chains.insert(index, run);
    m_running.insert(index, nullptr); // counts as running; its steps are the queue's
    connect(run, &ChainRun::progressed, this,
            [this, index] { emit itemStatusChanged(index, JobStatus::Generating); });
    connect(run, &ChainRun::finished, this, [this, index, run] { onChainFinished(index, run); });
    connect(run, &ChainRun::failed, this, [this, index, run](const QString &message) {
        m_chains.remove(index);
        m_running.remove(index);
        run->deleteLater();
        settleItem(index, BatchItem::State::Failed, message, {4, {}, {}, {}, {}, {}});
        startMore();
    });
    QList<BackendJob *> steps = m_chainSteps.take(index);
    run->start(m_chainQueue, m_backend, m_resultsDirectory, &steps);
    qDeleteAll(steps); // journal entries of steps the chain already has
}

void BatchRun::onChainFinished(int index, ChainRun *run)
{
    m_chains.remove(index);
    m_running.remove(index);
    run->deleteLater();
    BatchItem &item = m_manifest.items[index];
    item.cost = run->cost(); // what this run's steps were charged
    QString error;
    const ImageFormat format = imageFormatFromPath(item.output).value_or(ImageFormat::Png);
    const QByteArray bytes = run->encodedCanvas(format, &error);
    Outcome outcome;
    outcome.saved = run->folder();
    outcome.outputMegapixels =
        double(qint64(run->manifest().plan.canvas.width()) * run->manifest().plan.canvas.height()) /
        1e6;
    if (bytes.isEmpty() || !ImageIO::writeFileAtomically(item.output, bytes, &error)) {
        outcome.exitCode = 4;
        settleItem(index, BatchItem::State::Failed,
                   tr("The canvas could not be written to %1: %2 (its steps are kept in %3)")
                       .arg(item.output, error, run->folder()),
                   outcome);
    } else {
        run->markFinished(&error);
        settleItem(index, BatchItem::State::Done, QString(), outcome);
    }
    startMore();
}

// A paid item whose result reached the results folder but not its output (a kill in between):
// written from there, not paid again.
bool BatchRun::writeFromResultsFolder(int index)
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
    if (!OutputWriter::write(done, spec, item.output, format, &error)) {
        outcome.exitCode = 4;
        settleItem(index, BatchItem::State::Failed,
                   tr("The result could not be written to %1: %2 (it is saved at %3)")
                       .arg(item.output, error, saved),
                   outcome);
    } else {
        settleItem(index, BatchItem::State::Done, QString(), outcome);
    }
    return true;
}

void BatchRun::track(int index, BackendJob *job)
{
    m_running.insert(index, job);
    connect(job, &BackendJob::statusChanged, this, [this, index, job](JobStatus status) {
        const QString taskId = job->task().taskId;
        BatchItem &item = m_manifest.items[index];
        if (!taskId.isEmpty() && item.taskId != taskId) {
            item.taskId = taskId; // before the result: a kill must not lose what was paid
            save();
        }
        emit itemStatusChanged(index, status);
    });
    connect(job, &BackendJob::finished, this,
            [this, index](const JobResult &result) { onFinished(index, result); });
    connect(job, &BackendJob::failed, this,
            [this, index](const JobError &error) { onFailed(index, error); });
}

void BatchRun::onFinished(int index, const JobResult &result)
{
    BatchItem &item = m_manifest.items[index];
    const OutpaintJobSpec spec = m_specs.take(index);
    m_running.remove(index);
    if (!result.taskId.isEmpty())
        item.taskId = result.taskId;
    item.cost = result.cost;
    item.elapsedS = double(result.elapsedMs) / 1000.0;
    QString error;
    const ImageFormat format = imageFormatFromPath(item.output).value_or(ImageFormat::Png);
    Outcome outcome{
        0,           result.inputMegapixels, result.outputMegapixels, result.savedPath, result.seed,
        result.notes};
    if (!OutputWriter::write(result, spec, item.output, format, &error)) {
        outcome.exitCode = 4;
        settleItem(index, BatchItem::State::Failed,
                   tr("The result could not be written to %1: %2 (it is saved at %3)")
                       .arg(item.output, error, result.savedPath),
                   outcome);
    } else {
        settleItem(index, BatchItem::State::Done, QString(), outcome);
    }
    startMore();
}

void BatchRun::onFailed(int index, const JobError &error)
{
    m_running.remove(index);
    m_specs.remove(index);
    if (!error.taskId.isEmpty())
        m_manifest.items[index].taskId = error.taskId;
    if (error.kind == JobError::Kind::Cancelled) {
        // Interrupted: the item stays to be made (a submitted task stays in the journal).
        emit itemStatusChanged(index, JobStatus::Cancelled);
        finishIfOver();
        return;
    }
    QString message = error.message;
    if (error.taskKept)
        message += u' ' + tr("The task is kept: resuming the batch fetches it.");
    settleItem(index, BatchItem::State::Failed, message, {error.exitCode(), {}, {}, {}, {}, {}});
    startMore();
}

void BatchRun::settleItem(int index, BatchItem::State state, const QString &error,
                          const Outcome &outcome)
{
    BatchItem &item = m_manifest.items[index];
    item.state = state;
    item.error = state == BatchItem::State::Failed ? error : QString();
    save();
    emit itemStatusChanged(index,
                           state == BatchItem::State::Done ? JobStatus::Done : JobStatus::Failed);
    emit itemSettled(index, outcome);
}

void BatchRun::save()
{
    QString error;
    if (!m_manifest.save(m_folder, &error))
        emit problem(error + u' ' + tr("(a resume may not find this batch)"));
}

void BatchRun::interrupt()
{
    if (m_over)
        return;
    m_interrupted = true;
    const auto running = m_running;
    for (const QPointer<BackendJob> &guarded : running)
        if (BackendJob *job = guarded.data())
            job->interrupt(); // reports failed(Cancelled): the item stays to be made
    // A chain stops at once; its steps stay in its folder and the journal.
    for (auto it = m_chains.begin(); it != m_chains.end(); it = m_chains.erase(it)) {
        m_running.remove(it.key());
        if (ChainRun *run = it.value().data()) {
            run->interrupt();
            run->deleteLater();
        }
    }
    finishIfOver();
}

void BatchRun::finishIfOver()
{
    if (m_over || !m_running.isEmpty() || (!m_waiting.isEmpty() && !m_interrupted))
        return;
    m_over = true;
    if (!m_interrupted) {
        QString error;
        RunFolder::markFinished(m_folder, QByteArray::number(m_manifest.items.size()), &error);
    }
    emit finished(m_interrupted);
}

} // namespace outframe
