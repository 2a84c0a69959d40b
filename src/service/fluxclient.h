// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keypolicy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace outframe {

// How a FluxClient talks to the service. Defaults suit the real service; tests shrink the
// timeouts and delays so a fault costs milliseconds, not minutes.
struct ClientConfig
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.bfl.ai"));
    QString apiKey;                   // a secret: never logged, never in a message
    int transferTimeoutMs = 30'000;   // no byte for this long: the request has hung
    int maxAttempts = 5;              // per call, for retryable failures
    int initialBackoffMs = 1'000;     // doubled after each failure...
    int maxBackoffMs = 30'000;        // ...up to this
    int maxRateLimitWaitMs = 300'000; // 429: how long in total to wait for a free slot
    // A larger answer is cut off and refused: a 4 MP PNG is at most ~17 MB, and a broken
    // server must not be able to fill the memory.
    qint64 maxResponseBytes = qint64(256) << 20;
};

// The outcome of one API call after its retries.
struct ApiResponse
{
    enum class Outcome {
        Ok,           // HTTP 2xx; `body` holds the answer
        HttpError,    // the service answered with another status (after retries)
        NetworkError, // no answer: refused, dropped, DNS... (after retries)
        TimedOut,     // the service accepted the connection but never answered
        Refused,      // we would not send it: unsafe URL, TLS certificate not trusted
    };
    Outcome outcome = Outcome::NetworkError;
    int httpStatus = 0;
    QByteArray body;
    QByteArray retryAfter; // the last Retry-After header, if any
    QString detail;        // a technical reason for NetworkError/Refused (no secrets)
    int attempts = 0;
    bool mayHaveReachedService = true; // false: the request surely created nothing

    bool ok() const { return outcome == Outcome::Ok; }
};

// One API call with its retries. It deletes itself after `finished`; abort() stops its
// traffic at once, emits nothing and deletes it too. Hold it in a QPointer.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    enum class Method { Get, Post };

    void abort();
    int attempts() const { return m_attempts; }

signals:
    void finished(const outframe::ApiResponse &response);

private:
    friend class FluxClient;
    ApiRequest(QNetworkAccessManager *network, const ClientConfig &config, Method method,
               const QUrl &url, KeyPolicy::Purpose purpose, const QByteArray &body,
               QObject *parent);
    void send();
    void readSlice();
    void onReplyFinished();
    void complete();
    bool shouldRetry(const ApiResponse &response) const;
    void finish(const ApiResponse &response);

    QNetworkAccessManager *m_network;
    ClientConfig m_config;
    Method m_method;
    QUrl m_url;
    KeyPolicy::Purpose m_purpose;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_rateLimitClock;
    int m_attempts = 0;
    int m_nonRateLimitFailures = 0;
    bool m_aborting = false;
    bool m_tooLarge = false; // the answer outgrew maxResponseBytes and was cut off
    // The answer is read as it arrives, a slice per event: a result of several MB copied in
    // one piece would hold the GUI thread for 10 ms and more (bench_guistall).
    QByteArray m_received;
    bool m_sliceQueued = false;
    bool m_replyFinished = false; // complete() once everything that arrived is read
};

// The FLUX API over one QNetworkAccessManager: submit, poll, download, credits. It knows the
// transport rules (key policy, retries, timeouts); what the answers mean is FluxProtocol's.
class FluxClient : public QObject
{
    Q_OBJECT

public:
    explicit FluxClient(const ClientConfig &config, QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }
    void setConfig(const ClientConfig &config) { m_config = config; }
    void setApiKey(const QString &key) { m_config.apiKey = key; }
    void setBaseUrl(const QUrl &url) { m_config.baseUrl = url; }
    bool hasApiKey() const { return !m_config.apiKey.isEmpty(); }
    KeyPolicy keyPolicy() const { return KeyPolicy(m_config.baseUrl); }

    // POST {base}/v1/flux-tools/outpainting-v1. Retried only when the task surely was not
    // created (connection refused, 429, 503): a submit may charge credits.
    ApiRequest *submit(const QByteArray &json, QObject *parent = nullptr);
    // GET the exact polling URL the submit returned.
    ApiRequest *poll(const QUrl &pollingUrl, QObject *parent = nullptr);
    // GET result.sample, never with the key.
    ApiRequest *download(const QUrl &sampleUrl, QObject *parent = nullptr);
    // GET {base}/v1/credits.
    ApiRequest *credits(QObject *parent = nullptr);

    // {base}/v1/get_result?id=: only when the service gave no polling URL.
    QUrl fallbackPollingUrl(const QString &taskId) const;
    QUrl endpoint(const QString &path) const;

    QNetworkAccessManager *network() const { return m_network; }

private:
    ApiRequest *start(ApiRequest::Method method, const QUrl &url, KeyPolicy::Purpose purpose,
                      const QByteArray &body, QObject *parent);

    ClientConfig m_config;
    QNetworkAccessManager *m_network;
};

} // namespace outframe

Q_DECLARE_METATYPE(outframe::ApiResponse)
