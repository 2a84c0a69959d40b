#pragma once

#include "autosave.h"
#include "document.h"
#include "history.h"
#include "recentprojects.h"

#include <QObject>
#include <QPointer>
#include <QSettings>

#include <memory>

class QAction;
class QDockWidget;
class QMenu;

namespace outframe {

class HistoryBrowser;
class LayersPanel;
class MainWindow;
class OutpaintDocument;

// Everything of a session beyond the placement: results as layers (panel, canvas preview,
// compare), export and copy, projects (save, open, recent), autosave with crash recovery,
// and the History browser. It owns the core Document, keeps its reference and placement in
// step with the canvas's OutpaintDocument, and puts its undo commands on the same stack, so
// Ctrl+Z undoes layer edits and placement edits in the order they were made.
//
// Slow work (rendering, encoding, reading and writing files) runs on worker threads; the
// GUI only starts it and shows the outcome.
class ResultsWorkspace : public QObject
{
    Q_OBJECT

public:
    explicit ResultsWorkspace(MainWindow *window);
    ~ResultsWorkspace() override;

    Document *document() const { return m_document; }
    LayersPanel *layersPanel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    RecentProjects *recentProjects() { return &m_recent; }
    Autosave *autosave() const { return m_autosave.get(); }

    // Where History looks; default Pictures/Outframe (the service's default results folder).
    QString resultsDirectory() const { return m_resultsDir; }
    void setResultsDirectory(const QString &dir) { m_resultsDir = dir; }

    // A finished job's result: added on top as one undo step and made the active variation.
    void addResult(const ResultLayer &layer);

    // Opens a project (in the background). Asks first when there are unsaved changes.
    void openProject(const QString &path);
    bool isBusy() const { return m_busy > 0; }
    // Saves to the current project file, or asks where. Returns false when cancelled.
    bool saveProject();
    bool saveProjectAs();
    void showExportDialog();
    void copyToClipboard();
    void showHistory();
    // Looks for sessions that did not close cleanly and offers to recover them.
    void checkForRecovery();

    // Unsaved changes: asks to save, discard or cancel. True when it is fine to go on.
    bool confirmDiscard(const QString &what);
    // The window is closing for good: the recovery file is no longer needed.
    void sessionClosed();

    // Shows the original instead of the result while held (the \ key).
    void setComparing(bool showOriginal);

signals:
    void projectOpened(const QString &path);
    void projectSaved(const QString &path);
    void exported(const QStringList &paths);
    void copied();
    void failed(const QString &message);
    void compositeRendered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void syncReference();
    void syncPlacement();
    void scheduleRender();
    void render();
    void applyProject(const DocumentState &state, const QString &path, bool recovered);
    void saveTo(const QString &path);
    void addFromHistory(const QList<HistoryEntry> &entries);
    void offerRecovery(const RecoveryFile &file);
    void busy(int delta);

    MainWindow *m_window;
    OutpaintDocument *m_outpaint;
    Document *m_document;
    LayersPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QSettings m_settings;
    RecentProjects m_recent;
    std::unique_ptr<Autosave> m_autosave;
    QPointer<HistoryBrowser> m_history;
    QString m_resultsDir;
    QTimer *m_renderTimer;
    bool m_rendering = false;
    bool m_renderPending = false;
    bool m_applying = false; // opening a project: ignore the canvas's echo
    bool m_comparing = false;
    bool m_resultWasVisible = true;
    int m_busy = 0;
};

} // namespace outframe
