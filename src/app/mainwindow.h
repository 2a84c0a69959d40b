#pragma once

#include <QFutureWatcher>
#include <QMainWindow>

#include "imageio.h"

class QLabel;
class QStackedWidget;

namespace outframe {

class ReferenceView;

// The app's one window. Images arrive by drop, File > Open or the command line; decoding
// runs off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openFile(const QString &path);
    QImage referenceImage() const;
    bool isLoading() const;

signals:
    void referenceLoaded(const QString &path);
    void loadFailed(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void showOpenDialog();
    void onLoadFinished();

    QStackedWidget *m_stack = nullptr;
    QLabel *m_dropHint = nullptr;
    ReferenceView *m_view = nullptr;
    QFutureWatcher<LoadedImage> m_loader;
    QString m_loadingPath;
    QImage m_reference;
};

} // namespace outframe
