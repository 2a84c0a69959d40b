// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fluxclient.h"

#include "fluxprotocol.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <cstring>
#include <utility>

namespace outframe {

namespace {

// Qt reports transport failures (refused, dropped, DNS, TLS, proxy) as codes below 200;
// codes from 200 up stand for an HTTP status the server did send.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && int(error) < 200;
}

// A request body that can be read once only. Qt's HTTP/1.1 layer silently sends a request
// again when its connection closes before any answer; for a submit that would create (and
// charge) a second task. A body that cannot be rewound turns that resend into a
// ContentReSendError, and we decide ourselves (see ApiRequest::shouldRetry).
class OneShotBody : public QIODevice
{
public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool surelyNotSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError ||
           error == QNetworkReply::HostNotFoundError;
}

} // namespace

ApiRequest::ApiRequest(QNetworkAccessManager *network, const ClientConfig &config, Method method,
                       const QUrl &url, KeyPolicy::Purpose purpose, const QByteArray &body,
                       QObject *parent)
    : QObject(parent), m_network(network), m_config(config), m_method(method), m_url(url),
      m_purpose(purpose), m_body(body)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::send);
}

void ApiRequest::abort()
{
    m_aborting = true;
    m_retryTimer.stop();
    QNetworkReply *reply = m_reply.data();
    m_reply.clear();
    if (reply) {
        QObject::disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    deleteLater();
}

void ApiRequest::send()
{
    if (m_aborting)
        return;
    ++m_attempts;
    if (!KeyPolicy::isTransportAllowed(m_url)) {
        ApiResponse response;
        response.outcome = ApiResponse::Outcome::Refused;
        response.mayHaveReachedService = false;
        response.attempts = m_attempts;
        response.detail = tr("Outframe only talks to the service over https (plain http is "
                             "allowed on this computer only).");
        finish(response);
        return;
    }
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_config.transferTimeoutMs);
    request.setRawHeader("Accept", "application/json, image/*");
    const KeyPolicy policy(m_config.baseUrl);
    if (policy.mayCarryKey(m_url, m_purpose) && !m_config.apiKey.isEmpty()) {
        request.setRawHeader("x-key", m_config.apiKey.toUtf8());
        // A redirect would carry the raw header to wherever it points: follow none.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    if (m_method == Method::Post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(m_body, this);
        m_reply = m_network->post(request, body);
        body->setParent(m_reply);
    } else {
        m_reply = m_network->get(request);
    }
    QNetworkReply *reply = m_reply;
    m_received.clear();
    m_replyFinished = false;
    // The signals only come while `reply` lives: it is the sender.
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_sliceQueued)
            readSlice();
    });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, reply](qint64 received, qint64 announced) {
                if (qMax(received, announced) > m_config.maxResponseBytes) {
                    m_tooLarge = true;
                    reply->abort(); // finished() follows, and says why
                }
            });
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::readSlice()
{
    constexpr qint64 kSliceBytes = qint64(512) << 10;
    m_sliceQueued = false;
    QNetworkReply *reply = m_reply;
    if (!reply || m_aborting)
        return;
    if (m_received.isEmpty()) {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0 && announced <= m_config.maxResponseBytes)
            m_received.reserve(qsizetype(announced)); // address space only: no copy, no faults
    }
    if (const qint64 n = qMin(reply->bytesAvailable(), kSliceBytes); n > 0) {
        const qsizetype before = m_received.size();
        m_received.resize(before + qsizetype(n));
        const qint64 got = reply->read(m_received.data() + before, n);
        m_received.resize(before + qsizetype(qMax<qint64>(0, got)));
    }
    if (reply->bytesAvailable() > 0) {
        m_sliceQueued = true; // the rest in later events, with the GUI's own in between
        QMetaObject::invokeMethod(this, &ApiRequest::readSlice, Qt::QueuedConnection);
        return;
    }
    if (m_replyFinished)
        complete();
}

void ApiRequest::onReplyFinished()
{
    if (!m_reply)
        return;
    m_replyFinished = true;
    if (!m_sliceQueued)
        readSlice(); // completes once all that arrived is read
}

void ApiRequest::complete()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_aborting)
        return;

    ApiResponse response;
    response.attempts = m_attempts;
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        m_tooLarge = false;
        response.outcome = ApiResponse::Outcome::Refused; // the same answer would come again
        response.detail = tr("The service's answer was larger than %1 MB, so Outframe stopped "
                             "reading it.")
                              .arg(m_config.maxResponseBytes >> 20);
        response.mayHaveReachedService = true;
    } else if (error == QNetworkReply::ContentReSendError) {
        // The connection closed after the request went out and before any answer: the
        // service may have created the task.
        response.outcome = ApiResponse::Outcome::NetworkError;
        response.detail = tr("the connection was closed before the service answered");
        response.mayHaveReachedService = true;
    } else if (isTransportFailure(error)) {
        response.detail = reply->errorString();
        if (error == QNetworkReply::OperationCanceledError ||
            error == QNetworkReply::TimeoutError) {
            // We did not abort it (m_aborting is false): the transfer timeout fired.
            response.outcome = ApiResponse::Outcome::TimedOut;
        } else if (error == QNetworkReply::SslHandshakeFailedError) {
            response.outcome = ApiResponse::Outcome::Refused;
            response.detail = tr("The service's security certificate could not be verified, "
                                 "so Outframe did not talk to it.");
        } else {
            response.outcome = ApiResponse::Outcome::NetworkError;
        }
        response.mayHaveReachedService =
            !surelyNotSent(error) && error != QNetworkReply::SslHandshakeFailedError;
    } else if (status > 0) {
        response.httpStatus = status;
        response.body = std::exchange(m_received, {});
        response.retryAfter = reply->rawHeader("Retry-After");
        response.outcome = (status >= 200 && status < 300) ? ApiResponse::Outcome::Ok
                                                           : ApiResponse::Outcome::HttpError;
        // 429 and 503 are answered before any task is created.
        response.mayHaveReachedService = !(status == 429 || status == 503);
    } else {
        response.outcome = ApiResponse::Outcome::NetworkError;
        response.detail = reply->errorString();
    }

    if (!shouldRetry(response)) {
        finish(response);
        return;
    }
    qint64 delay = 0;
    if (response.httpStatus == 429) {
        if (!m_rateLimitClock.isValid())
            m_rateLimitClock.start();
        const auto retryAfter = FluxProtocol::retryAfterMs(response.retryAfter);
        delay = retryAfter ? *retryAfter
                           : qMin<qint64>(m_config.maxBackoffMs, qint64(m_config.initialBackoffMs)
                                                                     << qMin(m_attempts, 10));
        const qint64 left = m_config.maxRateLimitWaitMs - m_rateLimitClock.elapsed();
        if (delay > left) {
            finish(response);
            return;
        }
    } else {
        ++m_nonRateLimitFailures;
        const qint64 base =
            qMin<qint64>(m_config.maxBackoffMs, qint64(m_config.initialBackoffMs)
                                                    << qMin(m_nonRateLimitFailures - 1, 10));
        // Jitter keeps many clients that failed together from retrying together.
        delay = base / 2 + QRandomGenerator::global()->bounded(base / 2 + 1);
    }
    m_retryTimer.start(int(qMin<qint64>(delay, std::numeric_limits<int>::max())));
}

bool ApiRequest::shouldRetry(const ApiResponse &response) const
{
    if (response.outcome == ApiResponse::Outcome::Ok ||
        response.outcome == ApiResponse::Outcome::Refused)
        return false;
    if (response.httpStatus == 429)
        return true; // bounded by maxRateLimitWaitMs
    if (m_nonRateLimitFailures + 1 >= m_config.maxAttempts)
        return false;
    if (m_method == Method::Post) {
        // Not idempotent: only when the task surely was not created.
        return !response.mayHaveReachedService;
    }
    if (response.outcome == ApiResponse::Outcome::HttpError)
        return response.httpStatus >= 500;
    return true; // network failures and hangs
}

void ApiRequest::finish(const ApiResponse &response)
{
    emit finished(response);
    deleteLater();
}

FluxClient::FluxClient(const ClientConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiResponse>();
}

QUrl FluxClient::endpoint(const QString &path) const
{
    QUrl url = m_config.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QUrl FluxClient::fallbackPollingUrl(const QString &taskId) const
{
    QUrl url = endpoint(QStringLiteral("/v1/get_result"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), taskId);
    url.setQuery(query);
    return url;
}

ApiRequest *FluxClient::start(ApiRequest::Method method, const QUrl &url,
                              KeyPolicy::Purpose purpose, const QByteArray &body, QObject *parent)
{
    auto *request =
        new ApiRequest(m_network, m_config, method, url, purpose, body, parent ? parent : this);
    // Start on the next turn of the event loop so the caller can connect first.
    QMetaObject::invokeMethod(request, &ApiRequest::send, Qt::QueuedConnection);
    return request;
}

ApiRequest *FluxClient::submit(const QByteArray &json, QObject *parent)
{
    return start(ApiRequest::Method::Post,
                 endpoint(QStringLiteral("/v1/flux-tools/outpainting-v1")), KeyPolicy::Purpose::Api,
                 json, parent);
}

ApiRequest *FluxClient::poll(const QUrl &pollingUrl, QObject *parent)
{
    return start(ApiRequest::Method::Get, pollingUrl, KeyPolicy::Purpose::Api, {}, parent);
}

ApiRequest *FluxClient::download(const QUrl &sampleUrl, QObject *parent)
{
    return start(ApiRequest::Method::Get, sampleUrl, KeyPolicy::Purpose::Download, {}, parent);
}

ApiRequest *FluxClient::credits(QObject *parent)
{
    return start(ApiRequest::Method::Get, endpoint(QStringLiteral("/v1/credits")),
                 KeyPolicy::Purpose::Api, {}, parent);
}

} // namespace outframe
