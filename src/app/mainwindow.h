// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;

namespace outframe {

class BatchDialog;
class CanvasView;
class EditingDocument;
class GeneratePanel;
class JobsPanel;
class MessageBar;
class PlacementPanel;
class PlacementSummary;
class StagingStrip;
struct ResultLayer;
class ProjectActions;
class ResultsWorkspace;
class Studio;
struct KeyLookup;

// The app's window: the canvas in the middle with the always-visible summary under it, the
// placement and Generate panels at the side, the menus and their actions. It builds widgets
// over the models and controllers the Studio hands it, and owns no service of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Studio *studio, QWidget *parent = nullptr);
    ~MainWindow() override;

    // An image or a project (by its suffix); asks first when the session has unsaved work.
    void openFile(const QString &path);

    // The window's parts, for the tests that drive it as an artist would.
    CanvasView *canvas() const { return m_canvas; }
    PlacementPanel *placementPanel() const { return m_placementPanel; }
    PlacementSummary *summary() const { return m_summary; }
    GeneratePanel *generatePanel() const { return m_generatePanel; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    MessageBar *messageBar() const { return m_messageBar; }
    StagingStrip *stagingStrip() const { return m_staging; }
    QAction *againWithSeedAction() const { return m_againWithSeed; }
    ResultsWorkspace *results() const { return m_results; }
    ProjectActions *projectActions() const { return m_projectActions; }

    // Why Generate cannot run now, in words; empty when it can.
    QString generateBlockReason() const;

public slots:
    void pasteImage();
    void updateGenerateState();
    void showSettings();
    void showBatch();

signals:
    void referenceLoaded(const QString &name);
    void loadFailed(const QString &message);
    // A job's result was added as a layer of the session shown (the canvas shows it once it
    // is rendered).
    void resultAdded(int jobId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanels();
    void createMenus();
    void createStatusBar();
    void connectGeneration();
    void connectResumedResults();
    void rebuildRecentMenu();
    void showOpenDialog();
    void showShortcuts();
    void onImageLoaded(const QImage &image, const QString &name, const QString &path);
    void onLoadFailed(const QString &message);
    void onBusyChanged(bool busy, const QString &what);
    void onKeyLookup(const KeyLookup &lookup);
    void onDocumentReplaced();
    void generate();
    void generateMore();
    void generateAgainWithSeed();
    // The shown result when the offline engine made it with a known seed; null otherwise.
    const ResultLayer *shownSeedLayer() const;
    void updateTitle();
    void watchDocument();
    void updateSummaryChoices();

    Studio *m_studio;
    EditingDocument *m_document;
    CanvasView *m_canvas = nullptr;
    MessageBar *m_messageBar = nullptr;
    StagingStrip *m_staging = nullptr;
    QAction *m_againWithSeed = nullptr;
    PlacementSummary *m_summary = nullptr;
    QPointer<BatchDialog> m_batch; // the open Batch dialog, if any
    PlacementPanel *m_placementPanel = nullptr;
    GeneratePanel *m_generatePanel = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    ResultsWorkspace *m_results = nullptr;
    ProjectActions *m_projectActions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QAction *m_showResult = nullptr;
    QLabel *m_balanceLabel = nullptr;
    QString m_keyNotice;
    bool m_firstKeyLookup = true;
};

} // namespace outframe
