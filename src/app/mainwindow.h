#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;

namespace outframe {

class AppSettings;
class CanvasView;
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
    explicit MainWindow(QWidget *parent = nullptr);
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
    // Layers, export, projects, autosave and History.
    ResultsWorkspace *results() const { return m_results; }

    // Why Generate cannot run now, in words; empty when it can.
    QString generateBlockReason() const;

public slots:
    void pasteImage();
    void updateGenerateState();

signals:
    void referenceLoaded(const QString &name);
    void loadFailed(const QString &message);

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
    ResultsWorkspace *m_results = nullptr;
};

} // namespace outframe
