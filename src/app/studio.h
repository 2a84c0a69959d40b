// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace outframe {

class AppSettings;
class CredentialStore;
class EditingDocument;
class GenerationController;
class ImageIntake;
class MainWindow;
class ProjectController;
class ResumedResults;
class ServiceSettings;

// The app's composition root: it builds the settings, the key store, the session being
// edited, the generation and project controllers, and the window over them. Nothing else
// creates a service; the window and its panels are handed what they show.
class Studio : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        CredentialStore *credentials = nullptr; // taken over; null: the system keychain
        QString recoveryDirectory;              // empty: ProjectController's default
    };
    explicit Studio(QObject *parent = nullptr);
    explicit Studio(const Options &options, QObject *parent = nullptr);
    ~Studio() override;

    AppSettings *settings() const { return m_settings; }
    ServiceSettings *serviceSettings() const { return m_serviceSettings; }
    CredentialStore *credentials() const { return m_credentials; }
    EditingDocument *document() const { return m_document; }
    GenerationController *generation() const { return m_generation; }
    ProjectController *projects() const { return m_projects; }
    ImageIntake *intake() const { return m_intake; }
    ResumedResults *resumedResults() const { return m_resumed; }
    MainWindow *window() const { return m_window.get(); }

    // Starts the key lookup and the background work of a start: paid tasks a crash or quit
    // left unfinished, and (with `offerRecovery`) the recovery of a crashed session.
    void start(bool offerRecovery);

private:
    void deliver(class Document *target, const struct ResultLayer &layer);

    AppSettings *m_settings;
    ServiceSettings *m_serviceSettings;
    CredentialStore *m_credentials;
    EditingDocument *m_document;
    GenerationController *m_generation;
    ProjectController *m_projects;
    ImageIntake *m_intake;
    ResumedResults *m_resumed;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace outframe
