// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainrun.h"

#include "exporter.h"
#include "imageio.h"
#include "jobqueue.h"
#include "resultsfolder.h"
#include "runfolder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace outframe {

namespace {

// A tile's result kept in the chain's folder: a copy of the file the service delivered when
// it is a PNG, else the pixels encoded. The results folder already holds a paid tile, so this
// copy runs off the GUI thread and a failure only costs a resume the search for it.
void keepTile(const QString &path, const QString &savedPath, const QImage &image)
{
    (void)QtConcurrent::run([path, savedPath, image] {
        if (!savedPath.isEmpty() && imageFormatFromPath(savedPath) == ImageFormat::Png) {
            QFile source(savedPath);
            if (source.open(QIODevice::ReadOnly)) {
                QString error;
                if (ImageIO::writeFileAtomically(path, source.readAll(), &error))
                    return;
            }
        }
        QString error;
        const QByteArray png = ImageIO::encode(image, ImageFormat::Png, 100, &error);
        if (!png.isEmpty())
            ImageIO::writeFileAtomically(path, png, &error);
    });
}

} // namespace

ChainRun::ChainRun(ChainManifest manifest, const QString &folder, const QImage &original,
                   QObject *parent)
    : QObject(parent), m_manifest(std::move(manifest)), m_folder(folder),
      m_canvas(std::make_unique<ChainCanvas>(m_manifest.plan, original))
{}

ChainRun::~ChainRun()
{
    if (m_compositing)
        m_compositing->waitForFinished();
}

ChainRun *ChainRun::create(const ChainManifest &manifest, const QImage &original,
                           const QString &folder, QString *error, QObject *parent)
{
    if (original.size() != manifest.plan.original.size()) {
        if (error)
            *error = tr("The image does not match the plan of the canvas.");
        return nullptr;
    }
    if (!manifest.create(folder, original, error))
        return nullptr;
    return new ChainRun(manifest, folder, original, parent);
}

ChainRun *ChainRun::open(const QString &folder, QString *error, QObject *parent)
{
    auto manifest = ChainManifest::load(folder, error);
    if (!manifest)
        return nullptr;
    const QImage original = ChainManifest::loadOriginal(folder, manifest->plan, error);
    if (original.isNull())
        return nullptr;
    return new ChainRun(*manifest, folder, original, parent);
}

QStringList ChainRun::unfinishedFolders(const QString &directory)
{
    return RunFolder::unfinished(directory, QStringLiteral("chain.json"));
}

QString ChainRun::chainsDirectory(const QString &resultsDirectory)
{
    return QDir(resultsDirectory).filePath(QStringLiteral("chains"));
}

QString ChainRun::newFolder(const QString &resultsDirectory, const QString &label)
{
    return RunFolder::newFolder(chainsDirectory(resultsDirectory), label);
}

QByteArray ChainRun::encodedCanvas(ImageFormat format, QString *error) const
{
    ExportMetadata metadata;
    metadata.software = QStringLiteral("Outframe %1").arg(QCoreApplication::applicationVersion());
    metadata.canvasSize = m_manifest.plan.canvas;
    metadata.referenceRect = m_manifest.plan.original;
    metadata.prompt = m_manifest.options.prompt;
    metadata.engine = resultEngineName(m_manifest.engine);
    metadata.mode = generationModeName(m_manifest.options.mode);
    metadata.created = QDateTime::currentDateTimeUtc();
    metadata.aiGenerated = true;
    ExportSettings settings;
    settings.format = format;
    settings.quality = 95;
    return Exporter::encode(canvas(), settings, metadata, error);
}

bool ChainRun::markFinished(QString *error) const
{
    return RunFolder::markFinished(m_folder, m_manifest.outputPath.toUtf8(), error);
}

QImage ChainRun::recoveredTile(int index) const
{
    const QSize size = m_manifest.plan.tiles[index].rect.size();
    QStringList candidates{ChainManifest::tilePath(m_folder, index)};
    if (const QString taskId = m_manifest.taskIds.value(index); !taskId.isEmpty())
        candidates << savedResultFor(m_resultsDirectory, taskId);
    for (const QString &path : std::as_const(candidates)) {
        if (path.isEmpty() || !QFileInfo::exists(path))
            continue;
        const LoadedImage loaded = ImageIO::load(path);
        if (loaded.ok() && loaded.image.size() == size)
            return loaded.image;
    }
    return {};
}

void ChainRun::start(JobQueue *queue, Backend *backend, const QString &resultsDirectory,
                     QList<BackendJob *> *resumable)
{
    m_queue = queue;
    m_backend = backend;
    m_resultsDirectory = resultsDirectory;
    if (resumable) {
        for (auto it = resumable->begin(); it != resumable->end();) {
            const auto index = ChainManifest::tileIndexOf(m_folder, (*it)->spec().outputPath);
            if (index && *index < tileCount() && !m_resumed.contains(*index)) {
                (*it)->setParent(this);
                m_resumed.insert(*index, *it);
                it = resumable->erase(it);
            } else {
                ++it;
            }
        }
    }
    runWave();
}

void ChainRun::runWave()
{
    if (m_over)
        return;
    if (m_wave >= m_manifest.plan.waveCount()) {
        m_over = true;
        emit finished();
        return;
    }
    const QList<ChainTile> tiles = m_manifest.plan.wave(m_wave);
    for (const ChainTile &tile : tiles) {
        if (m_results.contains(tile.index) || m_running.contains(tile.index))
            continue;
        if (QImage image = recoveredTile(tile.index); !image.isNull()) {
            m_results.insert(tile.index, image);
            ++m_tilesBack;
            ++m_recovered;
            if (BackendJob *stale = m_resumed.take(tile.index))
                stale->deleteLater(); // its result is here already: nothing to fetch
            continue;
        }
        submit(tile, m_resumed.take(tile.index));
    }
    emit progressed(tilesDone(), tileCount());
    completeWaveIfBack();
}

void ChainRun::submit(const ChainTile &tile, BackendJob *resumed)
{
    const int index = tile.index;
    const QString label =
        tr("%1, step %2 of %3").arg(m_manifest.label).arg(index + 1).arg(tileCount());
    BackendJob *job = resumed;
    if (!job) {
        OutpaintJobSpec spec;
        spec.reference = m_canvas->referenceFor(tile);
        spec.placement = Placement(tile.rect.size(), spec.reference.size());
        spec.placement.setOffset(tile.reference.topLeft() - tile.rect.topLeft());
        spec.options = m_manifest.options;
        // Lossless between steps: each tile is the next one's context.
        spec.options.outputFormat = ImageFormat::Png;
        spec.label = label;
        spec.sourcePath = m_manifest.sourcePath;
        spec.outputPath = ChainManifest::tilePath(m_folder, index);
        spec.keepOriginal = false;
        job = m_backend->createJob(spec, nullptr);
        ++m_submitted;
    }
    m_running.insert(index, job);
    auto recordTask = [this, index, job] {
        const QString taskId = job->task().taskId;
        if (taskId.isEmpty() || m_manifest.taskIds.value(index) == taskId)
            return;
        m_manifest.taskIds.insert(index, taskId);
        QString error;
        m_manifest.save(m_folder, &error); // the journal holds the task too
    };
    connect(job, &BackendJob::statusChanged, this, recordTask);
    connect(job, &BackendJob::costKnown, this, recordTask);
    connect(job, &BackendJob::finished, this,
            [this, index](const JobResult &result) { onTileFinished(index, result); });
    connect(job, &BackendJob::failed, this,
            [this, index](const JobError &error) { onTileFailed(index, error); });
    m_queue->enqueueJob(job, label, m_backend->engine());
}

void ChainRun::onTileFinished(int index, const JobResult &result)
{
    m_running.remove(index);
    if (m_over)
        return;
    const ChainTile &tile = m_manifest.plan.tiles[index];
    if (result.image.size() != tile.rect.size()) {
        fail(tr("Step %1 of %2 came back %3 x %4 px instead of %5 x %6 px.")
                 .arg(index + 1)
                 .arg(tileCount())
                 .arg(result.image.width())
                 .arg(result.image.height())
                 .arg(tile.rect.width())
                 .arg(tile.rect.height()));
        return;
    }
    if (result.cost)
        m_cost = m_cost.value_or(0) + *result.cost;
    keepTile(ChainManifest::tilePath(m_folder, index), result.savedPath, result.image);
    m_results.insert(index, result.image);
    ++m_tilesBack;
    emit progressed(tilesDone(), tileCount());
    completeWaveIfBack();
}

void ChainRun::completeWaveIfBack()
{
    if (m_over || m_compositing)
        return;
    QList<ChainTile> tiles = m_manifest.plan.wave(m_wave);
    for (const ChainTile &tile : std::as_const(tiles))
        if (!m_results.contains(tile.index))
            return;
    QList<QImage> results;
    for (const ChainTile &tile : std::as_const(tiles))
        results << m_results.take(tile.index);
    // Colour matching and compositing a wave of 4 MP tiles takes a while: off the GUI thread.
    // Nothing else touches the canvas until it is done.
    m_compositing = new QFutureWatcher<QString>(this);
    connect(m_compositing, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_compositing->result();
        m_compositing->deleteLater();
        m_compositing = nullptr;
        if (!problem.isEmpty()) {
            fail(problem);
            return;
        }
        ++m_wave;
        runWave();
    });
    m_compositing->setFuture(QtConcurrent::run([canvas = m_canvas.get(), tiles, results] {
        for (qsizetype i = 0; i < tiles.size(); ++i) {
            QString problem;
            if (!canvas->add(tiles[i], results[i], &problem))
                return problem;
        }
        return QString();
    }));
}

void ChainRun::onTileFailed(int index, const JobError &error)
{
    m_running.remove(index);
    if (m_over)
        return;
    QString message =
        tr("Step %1 of %2 failed: %3").arg(index + 1).arg(tileCount()).arg(error.message);
    if (m_backend && m_backend->engine() == ResultEngine::Flux)
        message += u' ' + tr("The steps already made are kept; resuming goes on from them.");
    fail(message);
}

void ChainRun::fail(const QString &message)
{
    interrupt();
    emit failed(message);
}

void ChainRun::interrupt()
{
    m_over = true;
    const auto running = m_running;
    m_running.clear();
    for (const QPointer<BackendJob> &guarded : running)
        if (BackendJob *job = guarded.data())
            job->interrupt();
}

} // namespace outframe
