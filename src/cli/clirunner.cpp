// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "chainrun.h"
#include "clibatch.h"
#include "clichain.h"
#include "clijson.h"
#include "credentialstore.h"
#include "fluxbackend.h"
#include "imageio.h"
#include "keypolicy.h"
#include "outpaintrequest.h"
#include "outputwriter.h"
#include "projectexport.h"
#include "servicesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace outframe {

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_settings(new ServiceSettings(this)),
      m_interactive(::isatty(STDERR_FILENO) == 1)
{}

CliRunner::~CliRunner() = default;

QString CliRunner::errorText(const JobError &error)
{
    if (!error.taskKept)
        return error.message;
    return error.message + u' ' +
           tr("The task is kept: Outframe fetches its result on its next start, or run "
              "“outframe-cli --resume”.");
}

void CliRunner::printError(const QString &message) const
{
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    std::fputs(qPrintable(QStringLiteral("outframe-cli: ") + message + u'\n'), stderr);
    std::fflush(stderr);
}

void CliRunner::start()
{
    m_clock.start();
    // Start from the event loop, so done() is always emitted after the caller connected.
    QTimer::singleShot(0, this,
                       m_options.resume    ? &CliRunner::runResume
                       : m_options.project ? &CliRunner::runProject
                       : m_options.batch   ? &CliRunner::runBatch
                                           : &CliRunner::runOne);
}

QString CliRunner::apiKey(int *exitCode)
{
    KeychainCredentialStore store;
    const KeyLookup lookup = store.loadAndWait(CredentialStore::Order::EnvironmentFirst);
    if (lookup.found())
        return lookup.key;
    QString message = tr("No API key: set BFL_API_KEY, or store a key in the app's Settings.");
    if (!lookup.notice.isEmpty() && !lookup.keychainAvailable)
        message += u' ' + tr("(No system keychain is running on this machine.)");
    printError(message);
    *exitCode = 2;
    return QString();
}

QUrl CliRunner::apiBase() const
{
    if (m_options.apiBase.isValid() && !m_options.apiBase.isEmpty())
        return m_options.apiBase;
    return m_settings->effectiveBaseUrl();
}

FluxBackend *CliRunner::backendFor(const QUrl &base, const QString &key)
{
    const QString id = base.toString();
    if (FluxBackend *existing = m_backends.value(id))
        return existing;
    FluxBackendConfig config;
    config.client.baseUrl = base;
    config.client.apiKey = key;
    config.resultsDirectory = m_settings->resultsDirectory();
    config.limits.jobTimeoutMs = m_options.timeoutS * 1000;
    auto *backend = new FluxBackend(config, this);
    backend->learnWith(m_settings);
    m_backends.insert(id, backend);
    return backend;
}

Backend *CliRunner::chosenBackend()
{
    const CliOptions &o = m_options;
    QString key;
    if (o.engine != ResultEngine::Local) {
        key = CredentialStore::environmentKey();
        if (key.isEmpty()) {
            KeychainCredentialStore store;
            key = store.loadAndWait(CredentialStore::Order::EnvironmentFirst).key;
        }
    }
    const ResultEngine engine =
        o.engine.value_or(key.isEmpty() ? ResultEngine::Local : ResultEngine::Flux);
    if (engine == ResultEngine::Local)
        return localBackend();
    int exitCode = 0;
    if (key.isEmpty() && !o.planOnly) {
        apiKey(&exitCode); // prints the reason
        return nullptr;
    }
    const QUrl base = apiBase();
    if (const QString problem = o.planOnly ? QString() : KeyPolicy::baseUrlProblem(base);
        !problem.isEmpty()) {
        printError(problem);
        return nullptr;
    }
    return backendFor(base, key);
}

void CliRunner::runOne()
{
    const CliOptions &o = m_options;
    Backend *backend = chosenBackend();
    if (!backend) {
        finish(2);
        return;
    }
    LoadedImage input;
    if (o.inputIsStdin()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            printError(tr("Standard input cannot be read."));
            finish(2);
            return;
        }
        input = ImageIO::loadData(in.readAll(), tr("standard input"));
    } else {
        input = ImageIO::load(o.input());
    }
    if (!input.ok()) {
        printError(input.error);
        finish(2);
        return;
    }
    const Placement placement = o.frame.placementFor(input.image.size());
    // A canvas beyond one job is made by a chain of them (planMaking says how, or why not).
    const MakingPlan making = planMaking(placement);
    const bool chain = o.planOnly || making.isChain();
    if (!making.canBeMade()) {
        for (const PlacementProblem &problem : making.problems)
            printError(problem.message);
        finish(2);
        return;
    }
    if (!o.planOnly && !checkOutputPath(o.output)) {
        finish(2);
        return;
    }
    if (chain) {
        runChain(input.image, placement, backend);
        return;
    }
    OutpaintJobSpec spec;
    spec.reference = input.image;
    spec.placement = placement;
    spec.options = o.generation;
    spec.label = o.inputIsStdin() ? QStringLiteral("stdin") : QFileInfo(o.input()).fileName();
    if (!o.inputIsStdin())
        spec.sourcePath = QFileInfo(o.input()).absoluteFilePath();
    // No path for standard output: a task resumed later by another process has no stdout to
    // go to, so the journal keeps none and the result stays in the results folder.
    if (!o.outputIsStdout())
        spec.outputPath = QFileInfo(o.output).absoluteFilePath();
    spec.keepOriginal = o.keepOriginal;
    spec.seed = o.seed;

    BackendJob *job = backend->createJob(spec, this);
    track(job, backend->engine());
    job->start();
}

Backend *CliRunner::localBackend()
{
    if (!m_local)
        m_local = std::make_unique<LocalBackend>();
    return m_local.get();
}

int CliRunner::concurrency() const
{
    return m_options.jobs > 0 ? m_options.jobs : m_settings->maxConcurrent();
}

void CliRunner::runBatch()
{
    const CliOptions &o = m_options;
    QString error;
    const auto items = CliBatch::itemsFor(o, &error);
    if (!items) {
        printError(error);
        finish(2);
        return;
    }
    // A folder named for the outputs is made; the folder of NAME.EXT must exist, as for one
    // output.
    if (!o.outputIsFolder && !checkOutputPath(o.output)) {
        finish(2);
        return;
    }
    const QString outputFolder = QFileInfo(items->first().output).absolutePath();
    if (!QDir().mkpath(outputFolder)) {
        printError(tr("The folder for the outputs cannot be made: %1")
                       .arg(QDir::toNativeSeparators(outputFolder)));
        finish(2);
        return;
    }
    Backend *backend = chosenBackend();
    if (!backend) {
        finish(2);
        return;
    }
    BatchManifest manifest;
    manifest.options = o.generation;
    manifest.engine = backend->engine();
    manifest.keepOriginal = o.keepOriginal;
    manifest.seed = o.seed;
    manifest.items = *items;
    const QString folder = BatchRun::newFolder(m_settings->resultsDirectory(),
                                               QFileInfo(items->first().input).fileName());
    if (!manifest.save(folder, &error)) {
        printError(error);
        finish(4);
        return;
    }
    startBatch(new CliBatch(new BatchRun(manifest, folder, concurrency()), m_options, this),
               backend, nullptr);
}

void CliRunner::startBatch(CliBatch *batch, Backend *backend, QList<BackendJob *> *resumable)
{
    m_batches << batch;
    ++m_pending;
    connect(batch, &CliBatch::done, this, [this](int exitCode) { settle(exitCode); });
    batch->start(backend, m_settings->resultsDirectory(), resumable);
}

void CliRunner::runChain(const QImage &native, const Placement &placement, Backend *backend)
{
    const CliOptions &o = m_options;
    const PreparedReference prepared = OutpaintRequest::prepareReference(native, placement);
    const ChainPlanResult planned = planChain(placement.canvasSize(), prepared.canvasRect);
    if (!planned.problem.isEmpty()) {
        printError(planned.problem);
        finish(2);
        return;
    }
    if (o.planOnly) {
        const auto rate = backend->engine() == ResultEngine::Flux
                              ? m_settings->creditsPerMegapixel(o.generation.mode)
                              : std::nullopt;
        std::fputs(qPrintable(CliChain::describe(planned.plan, backend->engine(), rate)), stdout);
        std::fflush(stdout);
        finish(0);
        return;
    }
    ChainManifest manifest;
    manifest.plan = planned.plan;
    manifest.options = o.generation;
    manifest.engine = backend->engine();
    manifest.label = o.inputIsStdin() ? QStringLiteral("stdin") : QFileInfo(o.input()).fileName();
    if (!o.inputIsStdin())
        manifest.sourcePath = QFileInfo(o.input()).absoluteFilePath();
    manifest.outputPath = o.outputIsStdout() ? o.output : QFileInfo(o.output).absoluteFilePath();
    const QImage original =
        prepared.image.copy(planned.plan.original.translated(-prepared.canvasRect.topLeft()));
    QString error;
    const QString results = m_settings->resultsDirectory();
    ChainRun *run =
        ChainRun::create(manifest, original, ChainRun::newFolder(results, manifest.label), &error);
    if (!run) {
        printError(error);
        finish(4);
        return;
    }
    startChain(run, backend, nullptr);
}

void CliRunner::startChain(ChainRun *run, Backend *backend, QList<BackendJob *> *resumable)
{
    auto *chain = new CliChain(run, m_options, concurrency(), this);
    m_chains << chain;
    ++m_pending;
    connect(chain, &CliChain::done, this, [this](int exitCode) { settle(exitCode); });
    chain->start(backend, m_settings->resultsDirectory(), resumable);
}

bool CliRunner::checkOutputPath(const QString &path) const
{
    if (path == CliOptions::kStdio)
        return true;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        printError(tr("The folder for the output does not exist: %1")
                       .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (info.isDir()) {
        printError(tr("The output “%1” is a folder; give a file name.").arg(path));
        return false;
    }
    return true;
}

void CliRunner::runProject()
{
    const CliOptions &o = m_options;
    if (!checkOutputPath(o.output)) {
        finish(2);
        return;
    }
    ProjectExport request;
    request.projectPath = o.input();
    request.outputPath = o.outputIsStdout() ? o.output : QFileInfo(o.output).absoluteFilePath();
    request.format = o.outputFormat;
    request.layerId = o.layerId;
    const ProjectExport::Outcome outcome = request.run();
    for (const QString &error : outcome.errors)
        printError(error);
    if (!outcome.notice.isEmpty())
        printError(outcome.notice);
    if (m_options.json) {
        CliJson::print(QJsonObject{
            {QStringLiteral("status"),
             outcome.exitCode == 0 ? QStringLiteral("done") : QStringLiteral("failed")},
            {QStringLiteral("exit_code"), outcome.exitCode},
            {QStringLiteral("error"), CliJson::optional(outcome.errors.join(u' '))},
            {QStringLiteral("output"),
             outcome.writtenPath.isEmpty() ? request.outputPath : outcome.writtenPath},
            {QStringLiteral("layer"),
             o.layerId ? QJsonValue(QString::number(*o.layerId)) : QJsonValue()},
            {QStringLiteral("elapsed_s"), double(m_clock.elapsed()) / 1000.0},
        });
    } else if (m_interactive && outcome.exitCode == 0) {
        std::fputs(qPrintable(tr("Done: %1\n").arg(outcome.writtenPath)), stderr);
    }
    finish(outcome.exitCode);
}

void CliRunner::runResume()
{
    QList<ChainRun *> chains;
    bool needsFlux = false;
    for (const QString &folder :
         ChainRun::unfinishedFolders(ChainRun::chainsDirectory(m_settings->resultsDirectory()))) {
        QString error;
        ChainRun *run = ChainRun::open(folder, &error);
        if (!run) {
            printError(error);
            m_exitCode = qMax(m_exitCode, 4);
            continue;
        }
        needsFlux = needsFlux || run->manifest().engine == ResultEngine::Flux;
        chains << run;
    }
    QList<std::pair<BatchManifest, QString>> batches;
    for (const QString &folder : BatchRun::unfinishedFolders(m_settings->resultsDirectory())) {
        QString error;
        auto manifest = BatchManifest::load(folder, &error);
        if (!manifest) {
            printError(error);
            m_exitCode = qMax(m_exitCode, 4);
            continue;
        }
        needsFlux = needsFlux || manifest->engine == ResultEngine::Flux;
        batches.append({*manifest, folder});
    }
    // The offline engine's chains and batches need no key; everything else does.
    int exitCode = 0;
    const bool needKey = needsFlux || (chains.isEmpty() && batches.isEmpty());
    const QString key = needKey ? apiKey(&exitCode) : CredentialStore::environmentKey();
    if (needKey && key.isEmpty()) {
        qDeleteAll(chains);
        finish(exitCode);
        return;
    }
    // Each task is fetched from the base it was submitted to; apiBase() is for tasks that
    // did not record one. The offline engine's single jobs end with their process.
    Backend *backend = key.isEmpty() ? nullptr : backendFor(apiBase(), key);
    QList<BackendJob *> jobs = backend ? backend->resumeUnfinished(this) : QList<BackendJob *>();
    // A chain takes its own tasks from the list; the rest are single jobs.
    for (ChainRun *run : std::as_const(chains))
        startChain(run, run->manifest().engine == ResultEngine::Local ? localBackend() : backend,
                   &jobs);
    for (const auto &[manifest, folder] : std::as_const(batches))
        startBatch(new CliBatch(new BatchRun(manifest, folder, concurrency()), m_options, this),
                   manifest.engine == ResultEngine::Local ? localBackend() : backend, &jobs);
    if (jobs.isEmpty() && m_chains.isEmpty() && m_batches.isEmpty()) {
        if (m_interactive || !m_options.json)
            std::fputs("outframe-cli: nothing to resume.\n", stderr);
        finish(0);
        return;
    }
    for (BackendJob *job : jobs)
        track(job, backend->engine());
    for (const Tracked &tracked : std::as_const(m_jobs))
        if (BackendJob *job = tracked.job.data())
            job->start();
}

void CliRunner::track(BackendJob *job, ResultEngine engine)
{
    Tracked tracked;
    tracked.job = job;
    tracked.engine = engine;
    m_jobs << tracked;
    ++m_pending;
    const int index = int(m_jobs.size()) - 1;
    connect(job, &BackendJob::statusChanged, this, [this, index](JobStatus status) {
        m_jobs[index].status = status;
        drawProgress();
    });
    connect(job, &BackendJob::progressChanged, this, [this, index](double fraction) {
        m_jobs[index].progress = fraction;
        drawProgress();
    });
    connect(job, &BackendJob::finished, this,
            [this, index](const JobResult &result) { onFinished(index, result); });
    connect(job, &BackendJob::failed, this,
            [this, index](const JobError &error) { onFailed(index, error); });
}

void CliRunner::drawProgress()
{
    if (!m_interactive)
        return;
    QStringList parts;
    for (const Tracked &t : std::as_const(m_jobs)) {
        const BackendJob *job = t.job.data();
        if (!job)
            continue;
        const QString label = job->spec().label.isEmpty() ? job->task().taskId : job->spec().label;
        QString part = label + QStringLiteral(": ") + jobStatusText(t.status);
        if (t.progress >= 0 && !isFinal(t.status))
            part += QStringLiteral(" %1%").arg(int(t.progress * 100));
        parts << part;
    }
    const QString line = parts.join(QStringLiteral("  ")) +
                         QStringLiteral("  %1 s").arg(m_clock.elapsed() / 1000.0, 0, 'f', 1);
    std::fputs(qPrintable(QStringLiteral("\r\033[K") + line), stderr);
    std::fflush(stderr);
}

void CliRunner::onFinished(int index, const JobResult &result)
{
    m_jobs[index].status = JobStatus::Done;
    // The job emitting this is alive; the guard is for the compiler.
    const BackendJob *job = m_jobs[index].job.data();
    const OutpaintJobSpec spec = job ? job->spec() : OutpaintJobSpec();
    const bool toStdout = m_options.outputIsStdout() && !m_options.resume;
    const QString output = toStdout ? m_options.output : spec.outputPath;
    const ImageFormat format =
        toStdout ? m_options.outputFormat
                 : imageFormatFromPath(spec.outputPath).value_or(ImageFormat::Png);
    int code = 0;
    QString error;
    bool written = true;
    if (toStdout) {
        const QByteArray bytes = OutputWriter::encode(result, spec, format, &error);
        QFile out;
        written = !bytes.isEmpty() && out.open(stdout, QIODevice::WriteOnly) &&
                  out.write(bytes) == bytes.size() && out.flush();
        if (!written && error.isEmpty())
            error = tr("standard output is closed or full");
    } else if (!output.isEmpty()) {
        written = OutputWriter::write(result, spec, output, format, &error);
    }
    if (!written) {
        printError(tr("The result could not be written to %1: %2 (it is saved at %3)")
                       .arg(output, error, result.savedPath));
        code = 4;
    }
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    for (const QString &note : result.notes)
        printError(note);
    if (m_options.json) {
        CliJson::print(QJsonObject{
            {QStringLiteral("id"), CliJson::optional(result.taskId)},
            {QStringLiteral("status"),
             code == 0 ? QStringLiteral("done") : QStringLiteral("failed")},
            {QStringLiteral("exit_code"), code},
            {QStringLiteral("error"), code == 0 ? QJsonValue() : QJsonValue(error)},
            {QStringLiteral("cost"), CliJson::optional(result.cost)},
            {QStringLiteral("input_mp"), CliJson::optional(result.inputMegapixels)},
            {QStringLiteral("output_mp"), CliJson::optional(result.outputMegapixels)},
            {QStringLiteral("output"),
             CliJson::optional(output.isEmpty() ? result.savedPath : output)},
            {QStringLiteral("saved"), CliJson::optional(result.savedPath)},
            {QStringLiteral("engine"), resultEngineName(result.engine)},
            {QStringLiteral("elapsed_s"), double(result.elapsedMs) / 1000.0},
            {QStringLiteral("seed"), CliJson::seed(result.seed)},
        });
    } else if (m_interactive) {
        std::fputs(qPrintable(tr("Done: %1\n").arg(output.isEmpty() ? result.savedPath : output)),
                   stderr);
        if (result.seed)
            std::fputs(qPrintable(tr("Seed: %1 (--seed %1 makes the same fill)\n")
                                      .arg(QString::number(*result.seed))),
                       stderr);
    }
    settle(code);
}

void CliRunner::onFailed(int index, const JobError &error)
{
    m_jobs[index].status =
        error.kind == JobError::Kind::Cancelled ? JobStatus::Cancelled : JobStatus::Failed;
    printError(errorText(error));
    const BackendJob *job = m_jobs[index].job.data();
    const QString output = m_options.outputIsStdout() && !m_options.resume
                               ? m_options.output
                               : (job ? job->spec().outputPath : QString());
    const int code = signalled(error.exitCode());
    if (m_options.json) {
        // What the service said about the task so far (nothing for the offline engine).
        const TaskInfo task = job ? job->task() : TaskInfo();
        CliJson::print(QJsonObject{
            {QStringLiteral("id"), CliJson::optional(error.taskId)},
            {QStringLiteral("status"), error.kind == JobError::Kind::Cancelled
                                           ? QStringLiteral("interrupted")
                                           : QStringLiteral("failed")},
            {QStringLiteral("error"), error.message},
            {QStringLiteral("exit_code"), code},
            {QStringLiteral("cost"), CliJson::optional(task.cost)},
            {QStringLiteral("input_mp"), CliJson::optional(task.inputMegapixels)},
            {QStringLiteral("output_mp"), CliJson::optional(task.outputMegapixels)},
            {QStringLiteral("output"), CliJson::optional(output)},
            {QStringLiteral("engine"), resultEngineName(m_jobs[index].engine)},
            {QStringLiteral("elapsed_s"), double(m_clock.elapsed()) / 1000.0},
        });
    }
    settle(code);
}

void CliRunner::settle(int exitCode)
{
    m_exitCode = qMax(m_exitCode, exitCode);
    if (--m_pending == 0)
        finish(m_exitCode);
}

int CliRunner::signalled(int exitCode) const
{
    return exitCode == 130 ? m_interruptCode : exitCode;
}

void CliRunner::interrupt(int signal)
{
    if (m_finished)
        return;
    m_interruptCode = 128 + signal;
    bool any = false;
    for (const Tracked &t : std::as_const(m_jobs)) {
        BackendJob *job = t.job.data();
        if (!job || isFinal(t.status))
            continue;
        any = true;
        // Reports failed(Cancelled) -> 130, reported as m_interruptCode. A submitted task
        // stays in the journal.
        job->interrupt();
    }
    for (CliChain *chain : std::as_const(m_chains)) {
        any = true;
        chain->interrupt(m_interruptCode);
    }
    for (CliBatch *batch : std::as_const(m_batches)) {
        any = true;
        batch->interrupt(m_interruptCode);
    }
    if (!any) {
        printError(tr("Interrupted."));
        finish(m_interruptCode);
    }
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    emit done(exitCode);
}

} // namespace outframe
