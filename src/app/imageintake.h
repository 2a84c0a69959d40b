// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "imageio.h"

#include <QFutureWatcher>
#include <QImage>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

class QMimeData;
class QNetworkReply;

namespace outframe {

// Brings an image in from wherever the artist has it: a file (drop, File > Open, recent files,
// command line), an image or a link dragged from a browser, raw image data, the clipboard.
// Decoding (and any download) runs off the GUI thread; the newest request wins and older ones
// are dropped when they finish. Every failure ends in one plain message; nothing is lost.
class ImageIntake : public QObject
{
    Q_OBJECT

public:
    explicit ImageIntake(QObject *parent = nullptr);
    ~ImageIntake() override;

    // Whether `mime` holds anything this can open (for drag-enter).
    static bool canAccept(const QMimeData *mime);
    // Starts loading the best thing `mime` holds: local files first, then image data, then a
    // web link. `source` names where it came from in messages ("the drop", "the clipboard").
    // False when it holds nothing usable (and `failed` is emitted).
    bool openMimeData(const QMimeData *mime, const QString &source);

    void openFile(const QString &path);
    void openData(const QByteArray &data, const QString &name);
    void openImage(const QImage &image, const QString &name);
    void openUrl(const QUrl &url);

    bool isBusy() const { return m_busy; }

    // Downloads larger than this are refused: no photograph is this big.
    static constexpr qint64 kMaxDownloadBytes = 256 * 1024 * 1024;
    static constexpr int kDownloadTimeoutMs = 30'000;

signals:
    // `what` describes the work in progress ("Opening photo.jpg…"); empty when idle.
    void busyChanged(bool busy, const QString &what);
    void loaded(const QImage &image, const QString &name, const QString &path);
    void failed(const QString &message);
    // Something the artist should know that is not an error.
    void notice(const QString &message);

private:
    void startDecode(const QString &what, const QString &name, const QString &path,
                     std::function<LoadedImage()> work);
    void onDecoded();
    void onDownloadFinished(QNetworkReply *reply, quint64 request);
    void setBusy(bool busy, const QString &what);
    void abortDownload();

    QFutureWatcher<LoadedImage> m_watcher;
    QNetworkAccessManager m_network;
    QNetworkReply *m_download = nullptr; // the running download, if any
    quint64 m_request = 0;               // bumped by every new request
    quint64 m_decodeRequest = 0;         // the request the running decode belongs to
    QString m_decodeName;
    QString m_decodePath;
    bool m_busy = false;
};

} // namespace outframe
