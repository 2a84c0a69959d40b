// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The app, driven in a process of its own so tst_appresume can kill it with SIGKILL as a
// crash would, then start it again on the same home folder. It builds the real Studio and
// MainWindow and presses the real Generate button; only the key comes from BFL_API_KEY
// through an in-memory store (no keychain on a test machine).
//
//   appresume_harness --base URL submit IMAGE [--save PROJECT]
//       opens IMAGE (and saves the session as PROJECT), presses Generate on FLUX, prints
//       "SUBMITTED <task id>" once the task is in the journal, then waits to be killed;
//   appresume_harness --base URL resume [--open PROJECT]
//       starts (with PROJECT open first), lets the app fetch what the journal holds, and
//       prints the open session's layers ("LAYER <task id>") and the message bar's text.
#include "credentialstore.h"
#include "document.h"
#include "editingdocument.h"
#include "englishplurals.h"
#include "fluxbackend.h"
#include "generatepanel.h"
#include "generationcontroller.h"
#include "jobqueue.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "projectcontroller.h"
#include "servicesettings.h"
#include "studio.h"
#include "taskjournal.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace outframe;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void giveUp(const QString &why)
{
    std::fputs(qPrintable(QStringLiteral("ERROR %1\n").arg(why)), stdout);
    std::fflush(stdout);
    std::_Exit(2);
}

// Runs the event loop until `done` holds; gives up after 30 s.
void waitFor(const std::function<bool()> &done, const QString &what)
{
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(30'000);
    while (!done()) {
        if (!deadline.isActive())
            giveUp(QStringLiteral("timed out waiting for ") + what);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

// The window queues the journal's tasks when the key lookup answers.
bool jobsOver(const Studio &studio)
{
    const QList<JobSnapshot> jobs = studio.generation()->queue()->snapshots();
    return studio.generation()->isKeyLookupDone() &&
           std::all_of(jobs.cbegin(), jobs.cend(), [](const auto &s) { return isFinal(s.status); });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Outframe"));
    QCoreApplication::setOrganizationName(QStringLiteral("Outframe"));
    installEnglishPlurals(&app);

    QStringList args = app.arguments().mid(1);
    if (args.size() < 3 || args.at(0) != QLatin1String("--base"))
        giveUp(QStringLiteral("usage: --base URL submit IMAGE [--save PROJECT] | --base URL "
                              "resume [--open PROJECT]"));
    const QUrl base(args.at(1));
    const QString mode = args.at(2);
    args = args.mid(3);
    const auto option = [&args](const QString &name) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    };
    {
        ServiceSettings settings;
        settings.setRegion(ServiceSettings::Region::Custom);
        if (!settings.setCustomBaseUrl(base))
            giveUp(QStringLiteral("the base URL was refused"));
    }

    Studio::Options options;
    auto *key = new MemoryCredentialStore;
    key->store(qEnvironmentVariable("BFL_API_KEY"));
    options.credentials = key;
    Studio studio(options);
    MainWindow *window = studio.window();
    window->show();
    // The fake tasks are short: tell the poll schedule, or it waits as for the real service.
    const auto shortTasks = [&studio] {
        for (const GenerationMode m : {GenerationMode::High, GenerationMode::Fast})
            studio.generation()->flux()->schedule().setTypicalDurationS(m, 0.2);
    };
    shortTasks();

    if (mode == QLatin1String("resume")) {
        if (const QString project = option(QStringLiteral("--open")); !project.isEmpty()) {
            bool opened = false;
            QObject::connect(studio.projects(), &ProjectController::opened, &app,
                             [&opened] { opened = true; });
            window->openFile(project);
            waitFor([&] { return opened; }, QStringLiteral("the project to open"));
        }
        studio.start(false); // the key lookup, then the journal's unfinished tasks
        waitFor([&] { return jobsOver(studio) && !studio.projects()->isBusy(); },
                QStringLiteral("the resumed jobs"));
        const Document *document = studio.document()->document();
        say(QStringLiteral("JOBS %1").arg(studio.generation()->queue()->snapshots().size()));
        for (const ResultLayer &layer : document->layers())
            say(QStringLiteral("LAYER %1").arg(layer.taskId));
        say(QStringLiteral("MESSAGE %1").arg(window->messageBar()->text()));
        return 0;
    }

    if (mode != QLatin1String("submit") || args.isEmpty())
        giveUp(QStringLiteral("unknown mode"));
    studio.start(false);
    waitFor([&] { return studio.generation()->isKeyLookupDone(); }, QStringLiteral("the key"));
    bool loaded = false;
    QObject::connect(window, &MainWindow::referenceLoaded, &app, [&loaded] { loaded = true; });
    window->openFile(args.at(0));
    waitFor([&] { return loaded; }, QStringLiteral("the image"));
    if (const QString project = option(QStringLiteral("--save")); !project.isEmpty()) {
        bool saved = false;
        QObject::connect(studio.projects(), &ProjectController::saved, &app,
                         [&saved] { saved = true; });
        studio.projects()->save(project);
        waitFor([&] { return saved; }, QStringLiteral("the save"));
    }
    window->generatePanel()->setEngine(ResultEngine::Flux);
    QPushButton *generate = window->generatePanel()->generateButton();
    waitFor([&] { return generate->isEnabled(); }, QStringLiteral("Generate to be enabled"));
    generate->click();
    const TaskJournal journal;
    waitFor(
        [&] {
            const QList<JournalEntry> entries = journal.entries();
            return !entries.isEmpty() && !entries.constFirst().taskId.isEmpty();
        },
        QStringLiteral("the task to be journalled"));
    // And, for a session in no project, its recovery file: where the result must come back.
    const QString recovery = studio.projects()->autosave()->recoveryPath();
    if (option(QStringLiteral("--save")).isEmpty())
        waitFor([&] { return QFileInfo::exists(recovery); }, QStringLiteral("the recovery file"));
    say(QStringLiteral("SUBMITTED %1").arg(journal.entries().constFirst().taskId));
    say(QStringLiteral("RECOVERY %1").arg(recovery));
    return app.exec(); // until killed
}
