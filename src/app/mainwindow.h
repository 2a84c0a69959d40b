#pragma once

#include "credentialstore.h"
#include "outpaintoptions.h"
#include "placement.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;

namespace outframe {

class AppSettings;
class LocalBackend;
class CanvasView;
class FluxBackend;
class JobQueue;
class JobsPanel;
class ServiceSettings;
class GeneratePanel;
class ImageIntake;
class MessageBar;
class OutpaintDocument;
class PlacementPanel;
class PlacementSummary;
class ResultsWorkspace;

// The app's window: the canvas in the middle with the always-visible summary under it, the
// placement and Generate panels at the side. Images come in by drop, paste, File > Open,
// recent files or the command line; decoding runs in the background.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `credentials`: where the API key lives (the system keychain when null); the window
    // takes ownership.
    explicit MainWindow(CredentialStore *credentials = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    bool isLoading() const;

    OutpaintDocument *document() const { return m_document; }
    CanvasView *canvas() const { return m_canvas; }
    PlacementPanel *placementPanel() const { return m_placementPanel; }
    PlacementSummary *summary() const { return m_summary; }
    GeneratePanel *generatePanel() const { return m_generatePanel; }
    MessageBar *messageBar() const { return m_messageBar; }
    ImageIntake *intake() const { return m_intake; }
    AppSettings *settings() const { return m_settings; }
    ServiceSettings *serviceSettings() const { return m_serviceSettings; }
    FluxBackend *flux() const { return m_flux; }
    JobQueue *jobQueue() const { return m_queue; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    CredentialStore *credentials() const { return m_credentials; }
    // True once the key lookup at start has answered.
    bool isKeyLookupDone() const { return m_keyLookupDone; }

    // Layers, export, projects, autosave and History.
    ResultsWorkspace *results() const { return m_results; }

    // Why Generate cannot run now, in words; empty when it can.
    QString generateBlockReason() const;

public slots:
    void pasteImage();
    void updateGenerateState();
    void showSettings();

signals:
    void referenceLoaded(const QString &name);
    void loadFailed(const QString &message);
    // A job's result was added as a layer (the canvas shows it once it is rendered).
    void resultAdded(int jobId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createPanels();
    void createMenus();
    void rebuildRecentMenu();
    void showOpenDialog();
    void showShortcuts();
    void onImageLoaded(const QImage &image, const QString &name, const QString &path);
    void onLoadFailed(const QString &message);
    void onBusyChanged(bool busy, const QString &what);
    void generate();
    void updateTitle();
    void createService();
    void onKeyLoaded(const KeyLookup &lookup);
    void setApiKey(const QString &key);
    void applyServiceSettings();
    void onJobFinished(int id);

    AppSettings *m_settings;
    OutpaintDocument *m_document;
    ImageIntake *m_intake;
    CanvasView *m_canvas = nullptr;
    MessageBar *m_messageBar = nullptr;
    PlacementSummary *m_summary = nullptr;
    PlacementPanel *m_placementPanel = nullptr;
    GeneratePanel *m_generatePanel = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QAction *m_showResult = nullptr;
    QLabel *m_balanceLabel = nullptr;

    ServiceSettings *m_serviceSettings = nullptr;
    CredentialStore *m_credentials = nullptr;
    FluxBackend *m_flux = nullptr;
    std::unique_ptr<LocalBackend> m_offline; // the offline engine: no key, no network
    JobQueue *m_queue = nullptr;
    JobsPanel *m_jobsPanel = nullptr;
    bool m_keyLookupDone = false;
    KeyLookup::Source m_keySource = KeyLookup::Source::None;
    QString m_keyNotice;
    // What each job was generated with: its layer records it, and its cost teaches the
    // estimate for that mode.
    struct JobOrigin
    {
        Placement placement;
        OutpaintOptions options;
    };
    QHash<int, JobOrigin> m_jobOrigins;
    ResultsWorkspace *m_results = nullptr;
};

} // namespace outframe
