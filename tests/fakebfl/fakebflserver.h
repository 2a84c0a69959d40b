// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace outframe::test {

// A fake FLUX API on loopback for tests, benchmarks and demos. It follows
// shared/bfl-outpainting-contract.md: it validates submits like the schema does, runs each
// task through its statuses on a clock, serves the result from a pre-signed-style delivery
// path, and checks the key. Tests script it per endpoint (HTTP errors, non-JSON bodies,
// dropped connections, hangs, truncated images) and per task (statuses, duration, expiry of
// sample URLs, regional polling host), and read back every request it received.
//
// It is a plain HTTP/1.1 server over QTcpServer (or QSslServer for the TLS test), so faults
// at the connection level are exact: a drop is a closed socket, a hang is silence.
class FakeBflServer : public QObject
{
    Q_OBJECT

public:
    enum class Endpoint { Submit, Poll, Download, Credits, Other };

    // One scripted answer, used once by the next request to its endpoint.
    struct Reply
    {
        enum class Action {
            Respond,      // send status/body/headers
            Drop,         // close the connection without a word
            Hang,         // accept the request and never answer
            TruncateBody, // a complete response whose body is cut short (downloads)
            DropMidBody,  // announce the whole body, send half, close
        };
        Action action = Action::Respond;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;
        // Respond: when true and the endpoint's normal answer applies, the scripted status is
        // sent with the normal body (e.g. a 422 whose body is still a task result).
        bool normalBody = false;

        static Reply withStatus(int code, const QByteArray &body,
                                QList<QPair<QByteArray, QByteArray>> headers = {});
        static Reply withAction(Action action);
    };

    // How the next submitted tasks behave.
    struct TaskPlan
    {
        int durationMs = 300; // submit -> Ready
        QStringList runningStatuses = {QStringLiteral("Pending"), QStringLiteral("Generating")};
        QString finalStatus = QStringLiteral("Ready");
        QJsonObject finalDetails;  // e.g. {"error": "..."} for Error
        QJsonObject finalResult;   // \"result\" of a final status other than Ready
        int finalHttpStatus = 200; // e.g. 422 for an Error answered with 422
        bool reportProgress = true;
        bool includePollingUrl = true;
        bool regionalPolling = false;   // polling_url on the second port; main answers 404
        QString pollingBase;            // when set, polling_url starts with this instead
        int expiredSampleDownloads = 0; // the first N downloads answer `expiredStatus`
        int expiredStatus = 410;
        std::optional<double> cost = 5.0;
        std::optional<double> settledCost; // \"cost\" in the Ready answer, when it differs
    };

    struct Request
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names lower-case
        QByteArray body;
        quint16 port = 0;
        Endpoint endpoint = Endpoint::Other;
        bool hasKey() const { return headers.contains("x-key"); }
        QByteArray key() const { return headers.value("x-key"); }
        QJsonObject json() const;
    };

    struct Task
    {
        QString id;
        TaskPlan plan;
        QJsonObject request;
        QSize size;
        QByteArray outputFormat;
        qint64 createdMs = 0; // on the server's clock (see clockMs)
        int downloads = 0;
        int polls = 0;
        int samplesIssued = 0;
    };

    explicit FakeBflServer(QObject *parent = nullptr);
    ~FakeBflServer() override;

    // Listens on 127.0.0.1 (two ports: the API, on `port` or any free one, and the "regional"
    // polling host). With an SSL configuration the API port speaks https.
    bool listen(const QSslConfiguration &tls = QSslConfiguration(), quint16 port = 0);
    QUrl baseUrl() const;
    quint16 port() const;
    quint16 regionalPort() const;

    // Which version of the provider's reference page the submit schema follows: the older one
    // lacks mode, safety_tolerance and disable_pup (and, like the newer, forbids extra fields).
    enum class Schema { Newer, Older };
    void setSchema(Schema schema) { m_schema = schema; }

    void setApiKey(const QByteArray &key) { m_key = key; } // empty: accept any non-empty key
    void setCredits(double credits) { m_credits = credits; }
    void setTaskPlan(const TaskPlan &plan) { m_plan = plan; }
    TaskPlan taskPlan() const { return m_plan; }
    void enqueue(Endpoint endpoint, const Reply &reply);

    QList<Request> requests() const { return m_requests; }
    QList<Request> requests(Endpoint endpoint) const;
    int count(Endpoint endpoint) const { return requests(endpoint).size(); }
    void clearRequests() { m_requests.clear(); }
    QList<Task> tasks() const { return m_tasks.values(); }
    Task task(const QString &id) const { return m_tasks.value(id); }
    // Milliseconds on QDateTime::currentMSecsSinceEpoch when the task became ready.
    qint64 readyAtEpochMs(const QString &id) const;
    // The task is Ready from now on, whatever its plan's duration said.
    void makeReady(const QString &id);
    // The image a Ready task delivers (encoded in its output format).
    QByteArray resultBytes(const QString &id) const;
    static QImage resultImage(QSize size);

signals:
    void requestReceived(const outframe::test::FakeBflServer::Request &request);

private:
    struct Connection;
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, Request request);
    void answer(QTcpSocket *socket, const Request &request, const Reply &reply);
    void send(QTcpSocket *socket, int status, const QByteArray &body,
              const QList<QPair<QByteArray, QByteArray>> &headers,
              Reply::Action action = Reply::Action::Respond);
    Reply normalReply(const Request &request);
    Reply submitReply(const Request &request);
    Reply pollReply(const Request &request);
    Reply downloadReply(const Request &request);
    QJsonObject taskStateJson(Task &task);
    static Endpoint classify(const QString &path);
    QString baseFor(bool regional) const;

    QTcpServer *m_server = nullptr;
    QTcpServer *m_regional = nullptr;
    bool m_tls = false;
    Schema m_schema = Schema::Newer;
    QByteArray m_key;
    double m_credits = 1234.5;
    TaskPlan m_plan;
    QHash<Endpoint, QList<Reply>> m_script;
    QList<Request> m_requests;
    QMap<QString, Task> m_tasks;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPointer<QTcpSocket>> m_hung;
    int m_nextId = 1;
};

} // namespace outframe::test

Q_DECLARE_METATYPE(outframe::test::FakeBflServer::Request)
