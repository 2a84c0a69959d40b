// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageintake.h"

#include <QFileInfo>
#include <QMimeData>
#include <QNetworkReply>
#include <QtConcurrent>

namespace outframe {

namespace {

// Image data formats in the order they keep the most: lossless first.
const char *const kImageMimeTypes[] = {"image/png", "image/webp", "image/tiff", "image/jpeg",
                                       "image/jpg", "image/bmp",  "image/gif"};

bool isWebUrl(const QUrl &url)
{
    return url.isValid() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

QList<QUrl> webUrlsIn(const QMimeData *mime)
{
    QList<QUrl> out;
    for (const QUrl &url : mime->urls()) {
        if (isWebUrl(url))
            out.append(url);
    }
    if (out.isEmpty() && mime->hasText()) {
        const QUrl url(mime->text().trimmed(), QUrl::StrictMode);
        if (isWebUrl(url))
            out.append(url);
    }
    return out;
}

QString nameOfUrl(const QUrl &url)
{
    const QString file = url.fileName();
    return file.isEmpty() ? url.host() : file;
}

} // namespace

ImageIntake::ImageIntake(QObject *parent) : QObject(parent)
{
    m_network.setTransferTimeout(kDownloadTimeoutMs);
    connect(&m_watcher, &QFutureWatcher<LoadedImage>::finished, this, &ImageIntake::onDecoded);
}

ImageIntake::~ImageIntake()
{
    ++m_request; // whatever finishes now is dropped, not reported to a closing window
    abortDownload();
    m_watcher.waitForFinished();
}

bool ImageIntake::canAccept(const QMimeData *mime)
{
    if (!mime)
        return false;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() || isWebUrl(url))
            return true;
    }
    if (mime->hasImage())
        return true;
    for (const char *type : kImageMimeTypes) {
        if (mime->hasFormat(QLatin1String(type)))
            return true;
    }
    return !webUrlsIn(mime).isEmpty();
}

bool ImageIntake::openMimeData(const QMimeData *mime, const QString &source)
{
    if (!mime) {
        emit failed(tr("There is no image in %1.").arg(source));
        return false;
    }
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty()) {
        if (files.size() > 1) {
            emit notice(tr("%n files dropped: %1 becomes the reference (one image at a time).",
                           nullptr, int(files.size()))
                            .arg(QFileInfo(files.constFirst()).fileName()));
        }
        openFile(files.constFirst());
        return true;
    }
    // Browsers offer the encoded file itself; prefer it to a re-encoded QImage or a download.
    for (const char *type : kImageMimeTypes) {
        const QString format = QLatin1String(type);
        if (mime->hasFormat(format)) {
            const QByteArray data = mime->data(format);
            if (!data.isEmpty()) {
                openData(data, tr("Image from %1").arg(source));
                return true;
            }
        }
    }
    if (mime->hasImage()) {
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        if (!image.isNull()) {
            openImage(image, tr("Image from %1").arg(source));
            return true;
        }
    }
    const QList<QUrl> web = webUrlsIn(mime);
    if (!web.isEmpty()) {
        openUrl(web.constFirst());
        return true;
    }
    emit failed(tr("There is no image in %1. Drop or paste an image file, image data or a link "
                   "to an image.")
                    .arg(source));
    return false;
}

void ImageIntake::openFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    startDecode(tr("Opening %1…").arg(name), name, QFileInfo(path).absoluteFilePath(),
                [path] { return ImageIO::load(path); });
}

void ImageIntake::openData(const QByteArray &data, const QString &name)
{
    startDecode(tr("Reading %1…").arg(name), name, QString(),
                [data, name] { return ImageIO::loadData(data, name); });
}

void ImageIntake::openImage(const QImage &image, const QString &name)
{
    startDecode(tr("Reading %1…").arg(name), name, QString(), [image] {
        LoadedImage out;
        out.image = ImageIO::normalised(image);
        return out;
    });
}

void ImageIntake::openUrl(const QUrl &url)
{
    if (url.isLocalFile()) {
        openFile(url.toLocalFile());
        return;
    }
    if (!isWebUrl(url)) {
        emit failed(tr("Cannot open %1: only files and http(s) links can be opened.")
                        .arg(url.toDisplayString()));
        return;
    }
    const quint64 request = ++m_request;
    abortDownload();
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.get(networkRequest);
    m_download = reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxDownloadBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request] { onDownloadFinished(reply, request); });
    setBusy(true, tr("Downloading %1…").arg(nameOfUrl(url)));
}

void ImageIntake::abortDownload()
{
    // Aborting emits finished(), which clears m_download.
    if (QNetworkReply *reply = m_download)
        reply->abort();
}

void ImageIntake::onDownloadFinished(QNetworkReply *reply, quint64 request)
{
    reply->deleteLater();
    if (reply == m_download)
        m_download = nullptr;
    if (request != m_request)
        return; // superseded by a newer request
    const QString name = nameOfUrl(reply->url());
    if (reply->error() != QNetworkReply::NoError) {
        setBusy(false, {});
        const bool tooBig = reply->bytesAvailable() > kMaxDownloadBytes ||
                            reply->error() == QNetworkReply::OperationCanceledError;
        emit failed(tooBig ? tr("Could not download %1: the download was stopped.")
                                 .arg(reply->url().toDisplayString())
                           : tr("Could not download %1: %2")
                                 .arg(reply->url().toDisplayString(), reply->errorString()));
        return;
    }
    const QByteArray data = reply->readAll();
    startDecode(tr("Reading %1…").arg(name), name, QString(),
                [data, name] { return ImageIO::loadData(data, name); });
}

void ImageIntake::startDecode(const QString &what, const QString &name, const QString &path,
                              std::function<LoadedImage()> work)
{
    const quint64 request = ++m_request;
    abortDownload(); // superseded
    setBusy(true, what);
    if (m_watcher.isRunning()) {
        // The running decode finishes on its own and is then dropped; chain this one after it
        // so only one big image is in memory being decoded at a time.
        auto *waiter = new QFutureWatcher<LoadedImage>(this);
        connect(waiter, &QFutureWatcher<LoadedImage>::finished, this,
                [this, waiter, request, name, path, work] {
                    waiter->deleteLater();
                    if (request == m_request) {
                        m_decodeRequest = request;
                        m_decodeName = name;
                        m_decodePath = path;
                        m_watcher.setFuture(QtConcurrent::run(work));
                    }
                });
        waiter->setFuture(m_watcher.future());
        return;
    }
    m_decodeRequest = request;
    m_decodeName = name;
    m_decodePath = path;
    m_watcher.setFuture(QtConcurrent::run(work));
}

void ImageIntake::onDecoded()
{
    if (m_decodeRequest != m_request)
        return; // a newer request is on its way
    const LoadedImage result = m_watcher.result();
    setBusy(false, {});
    if (!result.ok()) {
        emit failed(result.error.isEmpty() ? tr("Cannot read %1.").arg(m_decodeName)
                                           : result.error);
        return;
    }
    if (result.colourConverted)
        emit notice(
            tr("%1 was converted to sRGB from its embedded colour profile.").arg(m_decodeName));
    emit loaded(result.image, m_decodeName, m_decodePath);
}

void ImageIntake::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    emit busyChanged(busy, what);
}

} // namespace outframe
