#include "clirunner.h"

#include "credentialstore.h"
#include "fluxbackend.h"
#include "imageio.h"
#include "keypolicy.h"
#include "outputwriter.h"
#include "servicesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

namespace outframe {

namespace {

// A number when a double holds the seed exactly (fresh seeds always do), else its digits.
QJsonValue seedJson(std::optional<std::uint64_t> seed)
{
    if (!seed)
        return {};
    if (*seed < (std::uint64_t(1) << 53))
        return double(*seed);
    return QString::number(*seed);
}

QJsonValue optionalJson(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

void printJson(const QJsonObject &object)
{
    std::fputs(QJsonDocument(object).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

const QStringList kModes = {QStringLiteral("high"), QStringLiteral("fast")};

} // namespace

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_settings(new ServiceSettings(this)),
      m_interactive(::isatty(STDERR_FILENO) == 1)
{}

CliRunner::~CliRunner() = default;

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
    QTimer::singleShot(0, this, m_options.resume ? &CliRunner::runResume : &CliRunner::runOne);
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
    const QString env = qEnvironmentVariable("BFL_API_BASE").trimmed();
    if (!env.isEmpty())
        return QUrl(env, QUrl::StrictMode);
    return m_settings->baseUrl();
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
    for (const QString &mode : kModes)
        if (const double learned = m_settings->typicalDurationS(mode); learned > 0)
            backend->schedule().setTypicalDurationS(mode, learned);
    connect(backend, &FluxBackend::typicalDurationLearned, m_settings,
            &ServiceSettings::setTypicalDurationS);
    m_backends.insert(id, backend);
    return backend;
}

void CliRunner::runOne()
{
    const CliOptions &o = m_options;
    QString engine = o.engine;
    int exitCode = 0;
    QString key;
    if (engine != QLatin1String("local")) {
        key = CredentialStore::environmentKey();
        if (key.isEmpty()) {
            KeychainCredentialStore store;
            key = store.loadAndWait(CredentialStore::Order::EnvironmentFirst).key;
        }
        if (engine.isEmpty())
            engine = key.isEmpty() ? QStringLiteral("local") : QStringLiteral("flux");
    }
    const bool local = engine == QLatin1String("local");
    if (!local && key.isEmpty()) {
        apiKey(&exitCode); // prints the reason
        finish(2);
        return;
    }
    const QUrl base = apiBase();
    if (!local && !KeyPolicy::isTransportAllowed(base)) {
        printError(tr("The service address “%1” is not allowed: use https:// (http:// only "
                      "for this computer).")
                       .arg(base.toDisplayString()));
        finish(2);
        return;
    }

    const LoadedImage input = ImageIO::load(o.input);
    if (!input.ok()) {
        printError(input.error);
        finish(2);
        return;
    }
    Placement placement(QSize(o.width, o.height), input.image.size());
    placement.setReferenceScale(o.scale);
    placement.setOffsetX(o.offsetX);
    placement.setOffsetY(o.offsetY);
    placement.setAutoCrop(o.autoCrop);
    const QList<PlacementProblem> problems = placement.problems();
    if (!problems.isEmpty()) {
        for (const PlacementProblem &problem : problems)
            printError(problem.message);
        finish(2);
        return;
    }
    const QFileInfo outputInfo(o.output);
    if (!outputInfo.absoluteDir().exists()) {
        printError(tr("The folder for the output does not exist: %1")
                       .arg(QDir::toNativeSeparators(outputInfo.absolutePath())));
        finish(2);
        return;
    }
    if (outputInfo.isDir()) {
        printError(tr("The output “%1” is a folder; give a file name.").arg(o.output));
        finish(2);
        return;
    }

    OutpaintJobSpec spec;
    spec.reference = input.image;
    spec.placement = placement;
    spec.options = o.generation;
    spec.label = QFileInfo(o.input).fileName();
    spec.sourcePath = QFileInfo(o.input).absoluteFilePath();
    spec.outputPath = outputInfo.absoluteFilePath();
    spec.keepOriginal = o.keepOriginal;
    spec.seed = o.seed;

    BackendJob *job = nullptr;
    if (local) {
        if (!m_local)
            m_local = std::make_unique<LocalBackend>();
        job = m_local->createJob(spec, this);
    } else {
        FluxBackend *backend = backendFor(base, key);
        job = backend->createFluxJob(spec, backend);
    }
    track(job, engine, spec.outputPath, spec.keepOriginal, spec.label);
    job->start();
}

void CliRunner::runResume()
{
    int exitCode = 0;
    const QString key = apiKey(&exitCode);
    if (key.isEmpty()) {
        finish(exitCode);
        return;
    }
    // A throwaway backend to read the journal; each task then runs against its own base.
    const TaskJournal journal;
    QList<JournalEntry> entries;
    for (const JournalEntry &entry : journal.entries())
        if (entry.engine == QLatin1String("flux") && journal.claim(entry.taskId))
            entries << entry;
    if (entries.isEmpty()) {
        if (m_interactive || !m_options.json)
            std::fputs("outframe-cli: nothing to resume.\n", stderr);
        finish(0);
        return;
    }
    for (const JournalEntry &entry : std::as_const(entries)) {
        const QUrl base =
            entry.apiBase.isValid() && !entry.apiBase.isEmpty() ? entry.apiBase : apiBase();
        FluxBackend *backend = backendFor(base, key);
        FluxJob *job = backend->resumeJob(entry, backend);
        track(job, QStringLiteral("flux"), entry.outputPath, entry.keepOriginal,
              entry.label.isEmpty() ? entry.taskId : entry.label);
    }
    for (const Tracked &tracked : std::as_const(m_jobs))
        if (BackendJob *job = tracked.job.data())
            job->start();
}

void CliRunner::track(BackendJob *job, const QString &engine, const QString &output,
                      bool keepOriginal, const QString &label)
{
    Tracked tracked;
    tracked.job = job;
    tracked.engine = engine;
    tracked.output = output;
    tracked.keepOriginal = keepOriginal;
    tracked.label = label;
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
        QString part = t.label + QStringLiteral(": ") + jobStatusText(t.status);
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
    const QString output = m_jobs[index].output;
    const bool keepOriginal = m_jobs[index].keepOriginal;
    int code = 0;
    QString error;
    if (!output.isEmpty() && !OutputWriter::write(result, output, keepOriginal, &error)) {
        printError(tr("The result could not be written to %1: %2 (it is saved at %3)")
                       .arg(output, error, result.savedPath));
        code = 4;
    }
    if (m_interactive)
        std::fputs("\r\033[K", stderr);
    if (m_options.json) {
        printJson(QJsonObject{
            {QStringLiteral("id"),
             result.taskId.isEmpty() ? QJsonValue() : QJsonValue(result.taskId)},
            {QStringLiteral("status"),
             code == 0 ? QStringLiteral("done") : QStringLiteral("failed")},
            {QStringLiteral("cost"), optionalJson(result.cost)},
            {QStringLiteral("input_mp"), optionalJson(result.inputMegapixels)},
            {QStringLiteral("output_mp"), optionalJson(result.outputMegapixels)},
            {QStringLiteral("output"), output.isEmpty() ? result.savedPath : output},
            {QStringLiteral("saved"), result.savedPath},
            {QStringLiteral("engine"), result.engine},
            {QStringLiteral("elapsed_s"), double(result.elapsedMs) / 1000.0},
            {QStringLiteral("seed"), seedJson(result.seed)},
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
    printError(error.message);
    const QString output = m_jobs[index].output;
    if (m_options.json) {
        // What the service said about the task so far (nothing for the offline engine).
        JournalEntry entry;
        if (const auto *flux = qobject_cast<const FluxJob *>(m_jobs[index].job.data()))
            entry = flux->journalEntry();
        printJson(QJsonObject{
            {QStringLiteral("id"),
             entry.taskId.isEmpty() ? QJsonValue() : QJsonValue(entry.taskId)},
            {QStringLiteral("status"), error.kind == JobError::Kind::Cancelled
                                           ? QStringLiteral("interrupted")
                                           : QStringLiteral("failed")},
            {QStringLiteral("error"), error.message},
            {QStringLiteral("exit_code"), error.exitCode()},
            {QStringLiteral("cost"), optionalJson(entry.cost)},
            {QStringLiteral("input_mp"), optionalJson(entry.inputMegapixels)},
            {QStringLiteral("output_mp"), optionalJson(entry.outputMegapixels)},
            {QStringLiteral("output"), output},
            {QStringLiteral("engine"), m_jobs[index].engine},
            {QStringLiteral("elapsed_s"), double(m_clock.elapsed()) / 1000.0},
        });
    }
    settle(error.exitCode());
}

void CliRunner::settle(int exitCode)
{
    m_exitCode = qMax(m_exitCode, exitCode);
    if (--m_pending == 0)
        finish(m_exitCode);
}

void CliRunner::interrupt()
{
    if (m_finished)
        return;
    bool any = false;
    for (const Tracked &t : std::as_const(m_jobs)) {
        BackendJob *job = t.job.data();
        if (!job || isFinal(t.status))
            continue;
        any = true;
        // Reports failed(Cancelled) -> 130. A FLUX task stays in the journal.
        if (auto *flux = qobject_cast<FluxJob *>(job))
            flux->interrupt();
        else
            job->cancel();
    }
    if (!any) {
        printError(tr("Interrupted."));
        finish(130);
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
