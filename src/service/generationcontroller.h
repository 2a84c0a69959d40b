// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"
#include "chainplan.h"
#include "credentialstore.h"
#include "document.h"
#include "jobsession.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace outframe {

class ChainRun;
class FluxBackend;
class JobQueue;
class LocalBackend;
class ServiceSettings;

// The one place that runs generation: it owns the backends (FLUX and the offline engine), the
// job queue and the API key, wires the service settings into them (base URL, results folder,
// concurrency, the poll durations and cost rates learned from past jobs, kept for the next
// start), and delivers each finished result to the document its job was started from — not
// to whatever the window shows by then.
//
//     GenerationController generation(&settings, &credentials);
//     generation.loadKey();
//     generation.generate(document, ResultEngine::Local, 3); // three jobs, results to document
//
// Front ends decide how a result lands (the app makes it an undo step) with setDelivery().
class GenerationController : public QObject
{
    Q_OBJECT

public:
    // `settings` and `credentials` must outlive the controller.
    GenerationController(ServiceSettings *settings, CredentialStore *credentials,
                         QObject *parent = nullptr);
    ~GenerationController() override;

    JobQueue *queue() const { return m_queue; }
    FluxBackend *flux() const { return m_flux; }
    ServiceSettings *settings() const { return m_settings; }
    CredentialStore *credentials() const { return m_credentials; }

    // Looks the key up (keychain first, then BFL_API_KEY); keyLookupFinished() answers.
    void loadKey();
    bool isKeyLookupDone() const { return m_keyLookupDone; }
    bool hasApiKey() const;
    KeyLookup::Source keySource() const { return m_keySource; }
    // A key typed in Settings takes effect at once (storing it is the credential store's).
    void setApiKey(const QString &key);

    // The engine's backend, for front ends that run jobs of their own (a batch).
    Backend *backendFor(ResultEngine engine) const;

    // Why a job on `engine` cannot be sent now, apart from the placement; empty when it can.
    QString engineBlockReason(ResultEngine engine) const;

    // Starts `count` jobs on `engine` from `document`'s reference, placement and options;
    // each is recorded as pending in the document and its result delivered there. Returns
    // the job ids. A canvas over 4,194,304 px is made by a chain of jobs (planMaking): each
    // chain is one pending job of the document, with a negative id; its steps run in the
    // queue like any job, and the whole canvas arrives as one result.
    QList<int> generate(Document *document, ResultEngine engine, int count);
    // What a Generate may take from elsewhere than the document's current state: "More" for
    // the placement and options a set of results was made with, "Generate Again with This
    // Seed" for a result's own, seed included (the offline engine's; variation i gets
    // seed + i, as in the CLI).
    struct Like
    {
        Placement placement;
        OutpaintOptions options;
        std::optional<std::uint64_t> seed;
    };
    QList<int> generate(Document *document, ResultEngine engine, int count, const Like &like);
    // Starts job `id` (failed or cancelled) again: the same spec, engine and document, as a
    // new job. Returns its id, or 0 when `id` cannot be retried (unknown, still running,
    // done, resumed from the journal, or its document is gone).
    int retry(int id);
    bool canRetry(int id) const;
    // On start: the FLUX tasks a crash or quit left unfinished (paid for, no new charge).
    // Their results go to setResumedDelivery()'s handler, or without one to `document`.
    QList<int> resumeUnfinished(Document *document);
    // The document job `id` delivers to; null once it is over or when the document is gone.
    Document *documentFor(int id) const { return m_targets.value(id).data(); }

    // How a result reaches its document; by default Document::addResult.
    using Delivery = std::function<void(Document *, const ResultLayer &)>;
    void setDelivery(Delivery delivery) { m_delivery = std::move(delivery); }
    // The files that stand for `document`'s session (its project, its recovery file), recorded
    // with each job so a result that outlives the process finds the session again.
    using SessionOf = std::function<JobSession(const Document *)>;
    void setSessionOf(SessionOf sessionOf) { m_sessionOf = std::move(sessionOf); }
    // How the result of a job resumed from the journal reaches the session it was started
    // from in an earlier run (`session` as that run recorded it; empty when unknown).
    using ResumedDelivery =
        std::function<void(int jobId, const JobSession &session, const ResultLayer &layer)>;
    void setResumedDelivery(ResumedDelivery delivery) { m_resumedDelivery = std::move(delivery); }

    // Credits per billed megapixel the service charged last for `mode`, if it ever said.
    std::optional<double> learnedCreditsPerMegapixel(GenerationMode mode) const;

    void requestCredits();

signals:
    void keyLookupFinished(const outframe::KeyLookup &lookup);
    // A job's result reached `document` as layer `layerId` (the result file, if any, is on
    // disk already).
    void resultDelivered(outframe::Document *document, int jobId, const QString &savedPath);
    void jobFailed(int jobId, const QString &label, const QString &message);
    void costRatesChanged();
    void creditsReceived(double credits);

private:
    void onKeyLoaded(const KeyLookup &lookup);
    int startChain(Document *document, const OutpaintJobSpec &spec, ResultEngine engine,
                   const ChainPlan &plan);
    int resumeChain(Document *document, const QString &folder, QList<BackendJob *> steps);
    // `make` writes or reads the chain's folder on a worker; the run then goes on here, with
    // `steps` (journal jobs of its tiles) taken back.
    void runChainOffThread(int id, std::function<ChainRun *(QString *)> make,
                           QList<BackendJob *> steps);
    void onChainFinished(int id);
    void onChainFailed(int id, const QString &message);
    void onJobFinished(int id);
    void learnCost(GenerationMode mode, double credits, QSize canvas);

    ServiceSettings *m_settings;
    CredentialStore *m_credentials;
    FluxBackend *m_flux;
    std::unique_ptr<LocalBackend> m_local;
    JobQueue *m_queue;
    bool m_keyLookupDone = false;
    KeyLookup::Source m_keySource = KeyLookup::Source::None;
    QHash<int, QPointer<Document>> m_targets;
    QSet<int> m_resumed; // jobs resumed from the journal, until they finish
    // What each job this controller started was asked, kept while it may be retried.
    struct Attempt
    {
        QPointer<Document> document;
        OutpaintJobSpec spec;
        ResultEngine engine = ResultEngine::Local;
    };
    QHash<int, Attempt> m_attempts;
    int start(Document *document, const OutpaintJobSpec &spec, ResultEngine engine);
    QList<int> startAll(Document *document, OutpaintJobSpec spec, ResultEngine engine, int count);
    Delivery m_delivery;
    struct Chain
    {
        QPointer<ChainRun> run; // null while its folder is being written
        QPointer<Document> document;
        OutpaintJobSpec spec;
        ResultEngine engine = ResultEngine::Local;
    };
    QHash<int, Chain> m_chains; // by (negative) id
    int m_lastChainId = 0;
    SessionOf m_sessionOf;
    ResumedDelivery m_resumedDelivery;
};

} // namespace outframe
