// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "history.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QMenuBar;
class QTimer;

namespace outframe {

class HistoryBrowser;
class LayersPanel;
class EditingDocument;
class MainWindow;
class ServiceSettings;

// The results side of the window: the Layers panel and menu, the canvas's preview of the
// composite, compare, export and copy, and the History browser. It works on the session the
// EditingDocument holds (following it when a new session starts) and puts its edits on that
// document's undo stack, so Ctrl+Z undoes layer and placement edits in the order they were
// made.
//
// Slow work (rendering, encoding, reading and writing files) runs on worker threads; the
// GUI only starts it and shows the outcome.
class ResultsWorkspace : public QObject
{
    Q_OBJECT

public:
    ResultsWorkspace(MainWindow *window, EditingDocument *document,
                     ServiceSettings *serviceSettings);
    ~ResultsWorkspace() override;

    Document *document() const;
    LayersPanel *layersPanel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }

    void addFileActions(QMenu *file);
    void addLayersMenu(QMenuBar *bar);

    void showExportDialog();
    void copyToClipboard();
    void showHistory();

    // Shows the original instead of the result while held (the \ key).
    void setComparing(bool showOriginal);

signals:
    void exported(const QStringList &paths);
    void copied();
    void failed(const QString &message);
    void compositeRendered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();
    void scheduleRender();
    void keepShownResult();
    bool hasPreview() const; // a layer, or a staged result, to show over the placement
    void render();
    void addFromHistory(const QList<HistoryEntry> &entries);

    MainWindow *m_window;
    EditingDocument *m_editing;
    ServiceSettings *m_serviceSettings;
    LayersPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QPointer<HistoryBrowser> m_history;
    QTimer *m_renderTimer;
    bool m_rendering = false;
    bool m_renderPending = false;
    bool m_comparing = false;
    bool m_resultWasVisible = true;
};

} // namespace outframe
