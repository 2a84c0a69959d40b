// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generationcontroller.h"

#include "chainrun.h"
#include "fluxbackend.h"
#include "imageio.h"
#include "jobqueue.h"
#include "localbackend.h"
#include "outpaintrequest.h"
#include "pricing.h"
#include "runfolder.h"
#include "servicesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent>

namespace outframe {

namespace {

// What a result layer records: the job's outcome and what it was asked.
ResultLayer layerFor(const JobSnapshot &s, const std::optional<PendingJob> &pending)
{
    ResultLayer layer;
    layer.image = s.result.image;
    layer.engine = s.result.engine;
    layer.taskId = s.result.taskId;
    layer.referenceRect = s.result.sent.canvasRect;
    layer.cost = s.result.cost;
    layer.created = QDateTime::currentDateTimeUtc();
    layer.elapsedSeconds = s.result.elapsedMs / 1000.0;
    layer.sourcePath = s.result.savedPath;
    layer.seed = s.result.seed;
    if (pending) {
        layer.options = pending->options;
        layer.placement = pending->placement;
    } else {
        // A task resumed from the journal: its placement is where its reference was sent.
        layer.placement = Placement(s.result.image.size(), s.result.sent.canvasRect.size());
        layer.placement.setOffset(s.result.sent.canvasRect.topLeft());
    }
    return layer;
}

} // namespace

GenerationController::GenerationController(ServiceSettings *settings, CredentialStore *credentials,
                                           QObject *parent)
    : QObject(parent), m_settings(settings), m_credentials(credentials),
      m_flux(new FluxBackend(FluxBackendConfig(), this)), m_local(std::make_unique<LocalBackend>()),
      m_queue(new JobQueue(this))
{
    // The settings reach the backends this one way, now and on every change.
    m_flux->useSettings(settings);
    const auto applyQueue = [this] { m_queue->setMaxConcurrent(m_settings->maxConcurrent()); };
    applyQueue();
    connect(settings, &ServiceSettings::changed, this, applyQueue);

    connect(credentials, &CredentialStore::keyLoaded, this, &GenerationController::onKeyLoaded);
    connect(m_queue, &JobQueue::jobFinished, this, &GenerationController::onJobFinished);
    connect(m_flux, &FluxBackend::creditsReceived, this, &GenerationController::creditsReceived);
}

GenerationController::~GenerationController()
{
    // The queue goes first: its jobs refer to the backends.
    delete m_queue;
    m_queue = nullptr;
}

void GenerationController::loadKey()
{
    m_credentials->load(CredentialStore::Order::KeychainFirst);
}

void GenerationController::onKeyLoaded(const KeyLookup &lookup)
{
    m_keyLookupDone = true;
    m_keySource = lookup.source;
    m_flux->setApiKey(lookup.key);
    emit keyLookupFinished(lookup);
}

bool GenerationController::hasApiKey() const
{
    return m_flux->hasApiKey();
}

void GenerationController::setApiKey(const QString &key)
{
    m_flux->setApiKey(key);
}

QString GenerationController::engineBlockReason(ResultEngine engine) const
{
    if (engine == ResultEngine::Local)
        return {}; // the offline engine needs neither a key nor the network
    if (!m_keyLookupDone)
        return tr("Looking for your API key…");
    if (!m_flux->hasApiKey())
        return tr("Set your FLUX API key in Settings (Ctrl+,) or in BFL_API_KEY, or choose the "
                  "offline engine.");
    return {};
}

Backend *GenerationController::backendFor(ResultEngine engine) const
{
    if (engine == ResultEngine::Local)
        return m_local.get();
    return m_flux;
}

QList<int> GenerationController::generate(Document *document, ResultEngine engine, int count)
{
    if (!document || !document->hasReference())
        return {};
    return generate(document, engine, count, {document->placement(), document->options(), {}});
}

QList<int> GenerationController::generate(Document *document, ResultEngine engine, int count,
                                          const Like &like)
{
    if (!document || !document->hasReference() || count < 1)
        return {};
    OutpaintJobSpec spec;
    spec.reference = document->reference();
    spec.placement = like.placement;
    spec.options = like.options;
    spec.sourcePath = document->referencePath();
    if (engine == ResultEngine::Local)
        spec.seed = like.seed;
    if (m_sessionOf)
        spec.session = m_sessionOf(document);
    return startAll(document, spec, engine, count);
}

QList<int> GenerationController::startAll(Document *document, OutpaintJobSpec spec,
                                          ResultEngine engine, int count)
{
    QList<int> ids;
    const QString name =
        document->referenceName().isEmpty() ? tr("Image") : document->referenceName();
    const MakingPlan making = planMaking(spec.placement);
    if (!making.canBeMade())
        return ids;
    const std::optional<std::uint64_t> firstSeed = spec.seed;
    for (int i = 0; i < count; ++i) {
        // The number first: it is what tells the jobs apart when the name is elided.
        spec.label = count > 1 ? tr("%2 of %3 · %1").arg(name).arg(i + 1).arg(count) : name;
        if (firstSeed)
            spec.seed = *firstSeed + std::uint64_t(i);
        ids << (making.isChain() ? startChain(document, spec, engine, making.chain)
                                 : start(document, spec, engine));
    }
    return ids;
}

int GenerationController::start(Document *document, const OutpaintJobSpec &spec,
                                ResultEngine engine)
{
    const int id = m_queue->enqueue(spec, backendFor(engine));
    m_targets.insert(id, document);
    m_attempts.insert(id, {document, spec, engine});
    document->addPendingJob({id, engine, spec.placement, spec.options});
    return id;
}

int GenerationController::startChain(Document *document, const OutpaintJobSpec &spec,
                                     ResultEngine engine, const ChainPlan &plan)
{
    const int id = --m_lastChainId;
    m_chains.insert(id, {nullptr, document, spec, engine});
    document->addPendingJob({id, engine, spec.placement, spec.options});
    ChainManifest manifest;
    manifest.plan = plan;
    manifest.options = spec.options;
    manifest.engine = engine;
    manifest.label = spec.label;
    manifest.sourcePath = spec.sourcePath;
    const QString folder = ChainRun::newFolder(m_settings->resultsDirectory(), spec.label);
    // Preparing the reference and writing the chain's folder take a while for a big photo.
    runChainOffThread(id,
                      [manifest, spec, folder](QString *error) {
                          const PreparedReference prepared =
                              OutpaintRequest::prepareReference(spec.reference, spec.placement);
                          const QImage original = prepared.image.copy(
                              manifest.plan.original.translated(-prepared.canvasRect.topLeft()));
                          return ChainRun::create(manifest, original, folder, error);
                      },
                      {});
    return id;
}

void GenerationController::runChainOffThread(int id, std::function<ChainRun *(QString *)> make,
                                             QList<BackendJob *> steps)
{
    auto *watcher = new QFutureWatcher<std::pair<ChainRun *, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<ChainRun *, QString>>::finished, this,
            [this, watcher, id, steps]() mutable {
                const auto [run, error] = watcher->result();
                watcher->deleteLater();
                const auto it = m_chains.find(id);
                if (!run || it == m_chains.end()) {
                    qDeleteAll(steps); // not started: their tasks stay in the journal
                    if (run)
                        run->deleteLater();
                    else
                        onChainFailed(id, error);
                    return;
                }
                run->setParent(this);
                const ChainManifest &m = run->manifest();
                it->run = run;
                it->engine = m.engine;
                if (it->spec.placement.canvasSize().isEmpty()) {
                    // Resumed from its folder: the layer records where its pixels were placed,
                    // like a task resumed from the journal.
                    it->spec.label = m.label;
                    it->spec.options = m.options;
                    it->spec.placement = Placement(m.plan.canvas, m.plan.original.size());
                    it->spec.placement.setOffset(m.plan.original.topLeft());
                }
                connect(run, &ChainRun::finished, this, [this, id] { onChainFinished(id); });
                connect(run, &ChainRun::failed, this,
                        [this, id](const QString &message) { onChainFailed(id, message); });
                run->start(m_queue, backendFor(m.engine), m_settings->resultsDirectory(), &steps);
                qDeleteAll(steps); // journal entries of tiles it already has, or none
            });
    QThread *home = thread();
    watcher->setFuture(QtConcurrent::run([make = std::move(make), home] {
        QString error;
        ChainRun *run = make(&error);
        if (run)
            run->moveToThread(home);
        return std::pair<ChainRun *, QString>(run, error);
    }));
}

void GenerationController::onChainFinished(int id)
{
    const Chain chain = m_chains.take(id);
    ChainRun *run = chain.run.data();
    if (!run)
        return;
    run->deleteLater();
    const QString folder = run->folder();
    ResultLayer layer;
    layer.image = run->canvas();
    layer.engine = chain.engine;
    layer.referenceRect = run->manifest().plan.original;
    layer.cost = run->cost();
    layer.placement = chain.spec.placement;
    layer.options = chain.spec.options;
    layer.created = QDateTime::currentDateTimeUtc();
    // The whole canvas is kept beside its steps, so a paid chain is on disk as one image too.
    const QString path = QDir(folder).filePath(QStringLiteral("canvas.png"));
    layer.sourcePath = path;
    (void)QtConcurrent::run([canvas = layer.image, path, folder] {
        QString error;
        const QByteArray png = ImageIO::encode(canvas, ImageFormat::Png, 100, &error);
        if (!png.isEmpty() && ImageIO::writeFileAtomically(path, png, &error))
            RunFolder::markFinished(folder, path.toUtf8(), &error);
    });
    if (chain.document) {
        chain.document->takePendingJob(id);
        if (m_delivery)
            m_delivery(chain.document, layer);
        else
            chain.document->addResult(layer);
        emit resultDelivered(chain.document, id, path);
    }
    if (chain.engine == ResultEngine::Flux)
        m_flux->requestCredits();
}

void GenerationController::onChainFailed(int id, const QString &message)
{
    const Chain chain = m_chains.take(id);
    if (chain.run)
        chain.run->deleteLater();
    if (chain.document)
        chain.document->takePendingJob(id);
    emit jobFailed(id, chain.spec.label, message);
}

bool GenerationController::canRetry(int id) const
{
    const auto it = m_attempts.constFind(id);
    if (it == m_attempts.constEnd() || !it->document)
        return false;
    const JobStatus status = m_queue->snapshot(id).status;
    return status == JobStatus::Failed || status == JobStatus::Cancelled;
}

int GenerationController::retry(int id)
{
    if (!canRetry(id))
        return 0;
    const Attempt attempt = m_attempts.take(id);
    return start(attempt.document, attempt.spec, attempt.engine);
}

QList<int> GenerationController::resumeUnfinished(Document *document)
{
    QList<BackendJob *> jobs = m_flux->resumeUnfinished(m_queue);
    QList<int> ids;
    // Chains left unfinished go on from their folders; each takes its own steps from the
    // journal (matched by path, at once), the other tasks are jobs of their own.
    const QStringList folders =
        ChainRun::unfinishedFolders(ChainRun::chainsDirectory(m_settings->resultsDirectory()));
    for (const QString &folder : folders) {
        QList<BackendJob *> steps;
        for (auto it = jobs.begin(); it != jobs.end();) {
            if (ChainManifest::tileIndexOf(folder, (*it)->spec().outputPath)) {
                steps << *it;
                it = jobs.erase(it);
            } else {
                ++it;
            }
        }
        ids << resumeChain(document, folder, steps);
    }
    for (BackendJob *job : std::as_const(jobs)) {
        const QString label = job->spec().label;
        const int id = m_queue->enqueueJob(job, label.isEmpty() ? job->task().taskId : label,
                                           m_flux->engine());
        m_targets.insert(id, document);
        m_resumed.insert(id);
        ids << id;
    }
    return ids;
}

int GenerationController::resumeChain(Document *document, const QString &folder,
                                      QList<BackendJob *> steps)
{
    const int id = --m_lastChainId;
    Chain chain;
    chain.document = document;
    chain.spec.label = QFileInfo(folder).fileName();
    m_chains.insert(id, chain);
    document->addPendingJob({id, ResultEngine::Flux, Placement(), OutpaintOptions()});
    // Reading the folder (the original may be a big photo) is not for the GUI thread.
    runChainOffThread(
        id, [folder](QString *error) { return ChainRun::open(folder, error); }, std::move(steps));
    return id;
}

void GenerationController::onJobFinished(int id)
{
    const QPointer<Document> target = m_targets.take(id);
    const bool resumed = m_resumed.remove(id);
    const JobSnapshot s = m_queue->snapshot(id);
    const std::optional<PendingJob> pending =
        target ? target->pendingJob(id) : std::optional<PendingJob>();
    // The job stays pending in its document until its result is in: whoever waits for a
    // document's last job (a session the artist left) then finds the result there.
    const auto settle = qScopeGuard([target, id] {
        if (target)
            target->takePendingJob(id);
    });
    // Only a job that did not deliver may be tried again.
    if (s.status == JobStatus::Done)
        m_attempts.remove(id);
    if (s.status == JobStatus::Failed) {
        emit jobFailed(id, s.label, s.errorMessage);
        return;
    }
    if (s.status != JobStatus::Done || s.result.image.isNull())
        return;
    if (s.result.cost && pending)
        learnCost(pending->options.mode, *s.result.cost, pending->placement.canvasSize());
    if (resumed && m_resumedDelivery) {
        // Started by an earlier run: only the app knows where that session is now.
        m_resumedDelivery(id, s.session, layerFor(s, pending));
        m_flux->requestCredits();
        return;
    }
    if (!target)
        return; // its session is gone; a FLUX result is in the results folder all the same
    const ResultLayer layer = layerFor(s, pending);
    if (m_delivery)
        m_delivery(target, layer);
    else
        target->addResult(layer);
    emit resultDelivered(target, id, s.result.savedPath);
    if (layer.engine == ResultEngine::Flux)
        m_flux->requestCredits();
}

void GenerationController::learnCost(GenerationMode mode, double credits, QSize canvas)
{
    const std::optional<double> rate = Pricing::rateFromReportedCost(credits, canvas);
    if (!rate || learnedCreditsPerMegapixel(mode) == rate)
        return;
    m_settings->setCreditsPerMegapixel(mode, *rate);
    emit costRatesChanged();
}

std::optional<double> GenerationController::learnedCreditsPerMegapixel(GenerationMode mode) const
{
    return m_settings->creditsPerMegapixel(mode);
}

void GenerationController::requestCredits()
{
    m_flux->requestCredits();
}

} // namespace outframe
