// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fluxbackend.h"

#include "servicesettings.h"

#include <QCoreApplication>

namespace outframe {

FluxBackend::FluxBackend(const FluxBackendConfig &config, QObject *parent)
    : QObject(parent), m_client(new FluxClient(config.client, this)),
      m_journal(config.journalDirectory), m_results(config.resultsDirectory),
      m_schedule(config.polling), m_limits(config.limits)
{
    qRegisterMetaType<JobResult>();
    qRegisterMetaType<JobError>();
    qRegisterMetaType<JobStatus>();
}

FluxBackend::~FluxBackend() = default;

BackendJob *FluxBackend::createJob(const OutpaintJobSpec &spec, QObject *parent)
{
    return createFluxJob(spec, parent);
}

FluxJob *FluxBackend::createFluxJob(const OutpaintJobSpec &spec, QObject *parent)
{
    return new FluxJob(this, spec, parent);
}

FluxJob *FluxBackend::resumeJob(const JournalEntry &entry, QObject *parent)
{
    return new FluxJob(this, entry, parent);
}

QList<BackendJob *> FluxBackend::resumeUnfinished(QObject *parent)
{
    QList<BackendJob *> jobs;
    for (const JournalEntry &entry : unfinishedTasks())
        jobs << resumeJob(entry, parent);
    return jobs;
}

void FluxBackend::setApiKey(const QString &key)
{
    m_client->setApiKey(key);
    for (FluxClient *client : std::as_const(m_otherClients))
        client->setApiKey(key);
}

FluxClient *FluxBackend::clientFor(const QUrl &base)
{
    if (base.isEmpty() || !base.isValid() || base == m_client->config().baseUrl ||
        !KeyPolicy::isTransportAllowed(base))
        return m_client;
    const QString id = base.toString();
    if (FluxClient *existing = m_otherClients.value(id))
        return existing;
    ClientConfig config = m_client->config();
    config.baseUrl = base;
    auto *client = new FluxClient(config, this);
    m_otherClients.insert(id, client);
    return client;
}

QList<JournalEntry> FluxBackend::unfinishedTasks() const
{
    QList<JournalEntry> out;
    for (const JournalEntry &entry : m_journal.entries()) {
        if (entry.engine != engine())
            continue;
        // Taken and released at once: only a test that no live process holds it.
        if (m_journal.claim(entry.taskId))
            out << entry;
    }
    return out;
}

void FluxBackend::noteLearned(GenerationMode mode)
{
    emit typicalDurationLearned(mode, m_schedule.typicalDurationS(mode));
}

void FluxBackend::useSettings(ServiceSettings *settings)
{
    const auto apply = [this, settings] {
        setBaseUrl(settings->effectiveBaseUrl());
        setResultsDirectory(settings->resultsDirectory());
    };
    apply();
    connect(settings, &ServiceSettings::changed, this, apply);
    learnWith(settings);
}

void FluxBackend::learnWith(ServiceSettings *settings)
{
    for (const GenerationMode mode : {GenerationMode::High, GenerationMode::Fast})
        if (const double seconds = settings->typicalDurationS(mode); seconds > 0)
            m_schedule.setTypicalDurationS(mode, seconds);
    connect(this, &FluxBackend::typicalDurationLearned, settings,
            &ServiceSettings::setTypicalDurationS);
}

void FluxBackend::requestCredits()
{
    if (!hasApiKey()) {
        JobError error;
        error.kind = JobError::Kind::InvalidInput;
        error.message = QCoreApplication::translate(
            "outframe::FluxBackend", "No API key: set BFL_API_KEY or store a key in Settings.");
        emit creditsFailed(error);
        return;
    }
    ApiRequest *request = m_client->credits(this);
    connect(request, &ApiRequest::finished, this, [this](const ApiResponse &response) {
        if (response.ok()) {
            if (const auto credits = FluxProtocol::parseCredits(response.body)) {
                emit creditsReceived(*credits);
                return;
            }
        }
        JobError error;
        if (response.outcome == ApiResponse::Outcome::HttpError) {
            error = FluxProtocol::errorForHttpStatus(response.httpStatus, response.body,
                                                     ApiCall::Credits);
        } else if (response.ok()) {
            error.kind = JobError::Kind::ServiceFailure;
            error.message = QCoreApplication::translate(
                "outframe::FluxBackend", "The service's answer about credits could not be read.");
        } else {
            error.kind = response.outcome == ApiResponse::Outcome::TimedOut
                             ? JobError::Kind::Timeout
                             : JobError::Kind::Network;
            error.message = response.outcome == ApiResponse::Outcome::Refused
                                ? response.detail
                                : QCoreApplication::translate("outframe::FluxBackend",
                                                              "Could not reach the service (%1).")
                                      .arg(response.detail);
        }
        emit creditsFailed(error);
    });
}

} // namespace outframe
