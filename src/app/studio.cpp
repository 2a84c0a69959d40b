// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "studio.h"

#include "appsettings.h"
#include "credentialstore.h"
#include "editingdocument.h"
#include "generationcontroller.h"
#include "imageintake.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "resumedresults.h"
#include "servicesettings.h"

namespace outframe {

Studio::Studio(QObject *parent) : Studio(Options(), parent) {}

Studio::Studio(const Options &options, QObject *parent)
    : QObject(parent), m_settings(new AppSettings(this)),
      m_serviceSettings(new ServiceSettings(this)),
      m_credentials(options.credentials ? options.credentials : new KeychainCredentialStore(this)),
      m_document(new EditingDocument(this)),
      m_generation(new GenerationController(m_serviceSettings, m_credentials, this)),
      m_projects(new ProjectController(m_document, options.recoveryDirectory, this)),
      m_intake(new ImageIntake(this)), m_resumed(new ResumedResults(m_document, m_projects, this))
{
    m_credentials->setParent(this);
    m_document->document()->setOptions(m_settings->generationOptions());
    m_document->document()->markSaved();
    m_generation->setDelivery(
        [this](Document *target, const ResultLayer &layer) { deliver(target, layer); });
    // Each job records its session's files, so a result that outlives this run goes back there.
    m_generation->setSessionOf(
        [this](const Document *document) { return m_projects->sessionOf(document); });
    m_generation->setResumedDelivery(
        [this](int jobId, const JobSession &session, const ResultLayer &layer) {
            m_resumed->deliver(jobId, session, layer);
        });
    m_window = std::make_unique<MainWindow>(this);
}

Studio::~Studio()
{
    // Users before what they use: the window's views, then the controllers, then (as
    // children, in order) the intake, the document and the settings.
    m_window.reset();
    delete m_resumed;
    delete m_projects;
    delete m_generation;
}

void Studio::deliver(Document *target, const ResultLayer &layer)
{
    // In the session being edited a result waits in the staging strip for the artist to
    // keep or discard it; a session the artist left takes it as a layer directly (its
    // project controller stores it).
    if (target == m_document->document())
        target->stageResult(layer);
    else
        target->addResult(layer);
}

void Studio::start(bool offerRecovery)
{
    // Once the key is known the window fetches the paid tasks a crash or quit left behind.
    m_generation->loadKey();
    if (offerRecovery)
        m_projects->findRecoveryFiles();
}

} // namespace outframe
