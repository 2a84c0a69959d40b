// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakebflserver.h"

#include <QBuffer>
#include <QDateTime>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace outframe::test {

namespace {

const QStringList kAllowedFields = {
    QStringLiteral("input_image"),
    QStringLiteral("width"),
    QStringLiteral("height"),
    QStringLiteral("reference_offset_x"),
    QStringLiteral("reference_offset_y"),
    QStringLiteral("auto_crop"),
    QStringLiteral("output_format"),
    QStringLiteral("prompt"),
    QStringLiteral("mode"),
    QStringLiteral("safety_tolerance"),
    QStringLiteral("disable_pup"),
    QStringLiteral("user"),
};

// The older reference page's fields: no mode, safety_tolerance, disable_pup or user.
const QStringList kOlderSchemaFields = {
    QStringLiteral("input_image"),
    QStringLiteral("width"),
    QStringLiteral("height"),
    QStringLiteral("reference_offset_x"),
    QStringLiteral("reference_offset_y"),
    QStringLiteral("auto_crop"),
    QStringLiteral("output_format"),
    QStringLiteral("prompt"),
};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray validationError(const QString &field, const QString &message)
{
    QJsonObject entry{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
                      {QStringLiteral("msg"), message},
                      {QStringLiteral("type"), QStringLiteral("value_error")}};
    return json(QJsonObject{{QStringLiteral("detail"), QJsonArray{entry}}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

FakeBflServer::Reply FakeBflServer::Reply::withStatus(int code, const QByteArray &body,
                                                      QList<QPair<QByteArray, QByteArray>> headers)
{
    Reply reply;
    reply.status = code;
    reply.body = body;
    reply.headers = std::move(headers);
    return reply;
}

FakeBflServer::Reply FakeBflServer::Reply::withAction(Action action)
{
    Reply reply;
    reply.action = action;
    return reply;
}

QJsonObject FakeBflServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeBflServer::FakeBflServer(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Request>();
}

FakeBflServer::~FakeBflServer()
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_hung))
        if (socket)
            socket->abort();
}

bool FakeBflServer::listen(const QSslConfiguration &tls, quint16 port)
{
    m_tls = !tls.isNull() && !tls.localCertificate().isNull();
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(tls);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    m_regional = new QTcpServer(this);
    for (QTcpServer *server : {m_server, m_regional}) {
        connect(server, &QTcpServer::pendingConnectionAvailable, this,
                [this, server] { onNewConnection(server); });
        if (!server->listen(QHostAddress::LocalHost, server == m_server ? port : 0))
            return false;
    }
    return true;
}

quint16 FakeBflServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

quint16 FakeBflServer::regionalPort() const
{
    return m_regional ? m_regional->serverPort() : 0;
}

QString FakeBflServer::baseFor(bool regional) const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_tls && !regional ? QStringLiteral("https") : QStringLiteral("http"))
        .arg(regional ? regionalPort() : port());
}

QUrl FakeBflServer::baseUrl() const
{
    return QUrl(baseFor(false));
}

void FakeBflServer::enqueue(Endpoint endpoint, const Reply &reply)
{
    m_script[endpoint].append(reply);
}

QList<FakeBflServer::Request> FakeBflServer::requests(Endpoint endpoint) const
{
    QList<Request> out;
    for (const Request &request : m_requests)
        if (request.endpoint == endpoint)
            out << request;
    return out;
}

qint64 FakeBflServer::readyAtEpochMs(const QString &id) const
{
    const auto it = m_tasks.constFind(id);
    return it == m_tasks.constEnd() ? 0 : it->createdMs + it->plan.durationMs;
}

void FakeBflServer::makeReady(const QString &id)
{
    const auto it = m_tasks.find(id);
    if (it != m_tasks.end())
        it->plan.durationMs =
            int(qMax<qint64>(0, QDateTime::currentMSecsSinceEpoch() - it->createdMs));
}

QImage FakeBflServer::resultImage(QSize size)
{
    // A smooth pattern, different everywhere, so paste-back and decoding are checkable.
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb((x * 255) / qMax(1, size.width() - 1),
                           (y * 255) / qMax(1, size.height() - 1), 96);
    }
    return image;
}

QByteArray FakeBflServer::resultBytes(const QString &id) const
{
    const Task task = m_tasks.value(id);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, task.outputFormat);
    writer.setQuality(90);
    writer.write(resultImage(task.size));
    return bytes;
}

FakeBflServer::Endpoint FakeBflServer::classify(const QString &path)
{
    if (path == QLatin1String("/v1/flux-tools/outpainting-v1"))
        return Endpoint::Submit;
    if (path == QLatin1String("/v1/get_result"))
        return Endpoint::Poll;
    if (path.startsWith(QLatin1String("/delivery/")))
        return Endpoint::Download;
    if (path == QLatin1String("/v1/credits"))
        return Endpoint::Credits;
    return Endpoint::Other;
}

void FakeBflServer::onNewConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeBflServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        Request request;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        const QUrl target(QString::fromLatin1(first.value(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(),
                                       line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.port = socket->localPort();
        request.endpoint = classify(request.path);
        handle(socket, request);
    }
}

void FakeBflServer::handle(QTcpSocket *socket, Request request)
{
    m_requests << request;
    emit requestReceived(request);
    Reply reply;
    QList<Reply> &script = m_script[request.endpoint];
    if (!script.isEmpty()) {
        reply = script.takeFirst();
        if (reply.normalBody) {
            const Reply normal = normalReply(request);
            reply.body = normal.body;
            reply.headers = normal.headers;
        }
    } else {
        reply = normalReply(request);
    }
    if (reply.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(reply.delayMs, this, [this, guard, request, reply] {
            if (guard)
                answer(guard, request, reply);
        });
        return;
    }
    answer(socket, request, reply);
}

void FakeBflServer::answer(QTcpSocket *socket, const Request &, const Reply &reply)
{
    switch (reply.action) {
    case Reply::Action::Drop:
        socket->abort();
        return;
    case Reply::Action::Hang:
        m_hung << socket;
        return;
    default:
        send(socket, reply.status, reply.body, reply.headers, reply.action);
    }
}

void FakeBflServer::send(QTcpSocket *socket, int status, const QByteArray &body,
                         const QList<QPair<QByteArray, QByteArray>> &headers, Reply::Action action)
{
    QByteArray payload = body;
    qsizetype announced = body.size();
    if (action == Reply::Action::TruncateBody) {
        payload = body.left(body.size() / 2);
        announced = payload.size();
    } else if (action == Reply::Action::DropMidBody) {
        payload = body.left(body.size() / 2);
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Length: " + QByteArray::number(announced) + "\r\n";
    bool hasType = false;
    for (const auto &[name, value] : headers) {
        head += name + ": " + value + "\r\n";
        hasType = hasType || name.toLower() == "content-type";
    }
    if (!hasType)
        head += "Content-Type: application/json\r\n";
    head += "\r\n";
    socket->write(head + payload);
    if (action == Reply::Action::DropMidBody) {
        socket->flush();
        socket->disconnectFromHost();
    }
}

FakeBflServer::Reply FakeBflServer::normalReply(const Request &request)
{
    const auto forbidden = [] {
        return Reply::withStatus(403, R"({"detail":"Not authenticated - Invalid Authentication"})");
    };
    const bool keyOk =
        request.hasKey() && !request.key().isEmpty() && (m_key.isEmpty() || request.key() == m_key);
    switch (request.endpoint) {
    case Endpoint::Submit:
        if (!keyOk)
            return forbidden();
        return submitReply(request);
    case Endpoint::Poll:
        if (!keyOk)
            return forbidden();
        return pollReply(request);
    case Endpoint::Download:
        return downloadReply(request);
    case Endpoint::Credits:
        if (!keyOk)
            return forbidden();
        return Reply::withStatus(200, json({{QStringLiteral("credits"), m_credits}}));
    case Endpoint::Other:
        break;
    }
    return Reply::withStatus(404, R"({"detail":"Not Found"})");
}

FakeBflServer::Reply FakeBflServer::submitReply(const Request &request)
{
    if (request.method != "POST")
        return Reply::withStatus(405, R"({"detail":"Method Not Allowed"})");
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (!doc.isObject())
        return Reply::withStatus(422, R"({"detail":"Request body is not valid JSON"})");
    const QJsonObject body = doc.object();
    // Like pydantic: every unknown field in one answer, each typed "extra_forbidden".
    const QStringList &allowed = m_schema == Schema::Older ? kOlderSchemaFields : kAllowedFields;
    QJsonArray extra;
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!allowed.contains(it.key()))
            extra.append(QJsonObject{
                {QStringLiteral("type"), QStringLiteral("extra_forbidden")},
                {QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), it.key()}},
                {QStringLiteral("msg"), QStringLiteral("Extra inputs are not permitted")},
                {QStringLiteral("input"), it.value()},
            });
    if (!extra.isEmpty())
        return Reply::withStatus(422, json(QJsonObject{{QStringLiteral("detail"), extra}}));
    const QImage reference = QImage::fromData(
        QByteArray::fromBase64(body.value(QStringLiteral("input_image")).toString().toLatin1()));
    if (reference.isNull())
        return Reply::withStatus(422,
                                 validationError(QStringLiteral("input_image"),
                                                 QStringLiteral("Could not decode the image")));
    const QJsonValue w = body.value(QStringLiteral("width"));
    const QJsonValue h = body.value(QStringLiteral("height"));
    if (!w.isDouble() || !h.isDouble() || w.toDouble() != double(w.toInt()) ||
        h.toDouble() != double(h.toInt()))
        return Reply::withStatus(
            422,
            validationError(QStringLiteral("width"), QStringLiteral("Input should be an integer")));
    const QSize size(w.toInt(), h.toInt());
    if (size.width() < 64 || size.height() < 64)
        return Reply::withStatus(
            422, validationError(QStringLiteral("width"), QStringLiteral("must be at least 64")));
    if (qint64(size.width()) * size.height() > 4'194'304)
        return Reply::withStatus(422, R"({"detail":"Output exceeds 4 megapixels"})");
    const auto offset = [&](const QString &key, int canvas, int ref) {
        const QJsonValue v = body.value(key);
        return v.isDouble() ? v.toInt() : (canvas - ref) / 2;
    };
    const QRect placed(
        offset(QStringLiteral("reference_offset_x"), size.width(), reference.width()),
        offset(QStringLiteral("reference_offset_y"), size.height(), reference.height()),
        reference.width(), reference.height());
    if (!body.value(QStringLiteral("auto_crop")).toBool() &&
        !QRect(QPoint(0, 0), size).contains(placed))
        return Reply::withStatus(
            422, R"({"detail":"Reference image extends beyond the canvas; set auto_crop"})");
    const QString format =
        body.value(QStringLiteral("output_format")).toString(QStringLiteral("png"));
    if (!QStringList{QStringLiteral("png"), QStringLiteral("jpeg"), QStringLiteral("webp")}
             .contains(format))
        return Reply::withStatus(
            422, validationError(QStringLiteral("output_format"),
                                 QStringLiteral("Input should be 'jpeg', 'png' or 'webp'")));
    const QString mode = body.value(QStringLiteral("mode")).toString(QStringLiteral("high"));
    if (mode != QLatin1String("high") && mode != QLatin1String("fast"))
        return Reply::withStatus(
            422, validationError(QStringLiteral("mode"),
                                 QStringLiteral("Input should be 'high' or 'fast'")));
    const int tolerance = body.value(QStringLiteral("safety_tolerance")).toInt(2);
    if (tolerance < 0 || tolerance > 5)
        return Reply::withStatus(
            422, validationError(QStringLiteral("safety_tolerance"),
                                 QStringLiteral("Input should be less than or equal to 5")));

    Task task;
    task.id = QStringLiteral("task-%1").arg(m_nextId++, 4, 10, QLatin1Char('0'));
    task.plan = m_plan;
    task.request = body;
    task.size = size;
    task.outputFormat = format.toLatin1();
    task.createdMs = QDateTime::currentMSecsSinceEpoch();
    m_tasks.insert(task.id, task);

    const double mp = double(size.width()) * size.height() / 1'000'000.0;
    QJsonObject out{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("input_mp"), double(reference.width()) * reference.height() / 1e6},
        {QStringLiteral("output_mp"), mp}};
    out.insert(QStringLiteral("cost"), task.plan.cost ? QJsonValue(*task.plan.cost) : QJsonValue());
    if (task.plan.includePollingUrl)
        out.insert(QStringLiteral("polling_url"),
                   (task.plan.pollingBase.isEmpty() ? baseFor(task.plan.regionalPolling)
                                                    : task.plan.pollingBase) +
                       QStringLiteral("/v1/get_result?id=") + task.id);
    return Reply::withStatus(200, json(out));
}

QJsonObject FakeBflServer::taskStateJson(Task &task)
{
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - task.createdMs;
    QJsonObject out{{QStringLiteral("id"), task.id}};
    const TaskPlan &plan = task.plan;
    if (elapsed < plan.durationMs && !plan.runningStatuses.isEmpty()) {
        const int n = int(plan.runningStatuses.size());
        const int index = qBound(0, int(elapsed * n / qMax(1, plan.durationMs)), n - 1);
        out.insert(QStringLiteral("status"), plan.runningStatuses.at(index));
        out.insert(QStringLiteral("result"), QJsonValue());
        out.insert(QStringLiteral("progress"), plan.reportProgress
                                                   ? QJsonValue(double(elapsed) / plan.durationMs)
                                                   : QJsonValue());
        return out;
    }
    out.insert(QStringLiteral("status"), plan.finalStatus);
    out.insert(QStringLiteral("details"),
               plan.finalDetails.isEmpty() ? QJsonValue() : QJsonValue(plan.finalDetails));
    if (plan.finalStatus == QLatin1String("Ready")) {
        ++task.samplesIssued;
        const QString ext = task.outputFormat == "jpeg" ? QStringLiteral("jpg")
                                                        : QString::fromLatin1(task.outputFormat);
        out.insert(QStringLiteral("result"),
                   QJsonObject{{QStringLiteral("sample"),
                                baseFor(false) + QStringLiteral("/delivery/%1/sample-%2.%3?se=sig")
                                                     .arg(task.id)
                                                     .arg(task.samplesIssued)
                                                     .arg(ext)}});
        out.insert(QStringLiteral("progress"), 1.0);
        if (const auto cost = plan.settledCost ? plan.settledCost : plan.cost)
            out.insert(QStringLiteral("cost"), *cost);
    } else {
        out.insert(QStringLiteral("result"),
                   plan.finalResult.isEmpty() ? QJsonValue() : QJsonValue(plan.finalResult));
    }
    return out;
}

FakeBflServer::Reply FakeBflServer::pollReply(const Request &request)
{
    const QString id = request.query.queryItemValue(QStringLiteral("id"));
    auto it = m_tasks.find(id);
    if (it == m_tasks.end())
        return Reply::withStatus(
            200, json({{QStringLiteral("id"), id},
                       {QStringLiteral("status"), QStringLiteral("Task not found")}}));
    // Like the global host: tasks that live on a regional host are unknown here.
    if (it->plan.regionalPolling && request.port != regionalPort())
        return Reply::withStatus(404, R"({"detail":"Not Found"})");
    ++it->polls;
    const QJsonObject state = taskStateJson(*it);
    const bool final = state.value(QStringLiteral("status")).toString() == it->plan.finalStatus &&
                       QDateTime::currentMSecsSinceEpoch() - it->createdMs >= it->plan.durationMs;
    return Reply::withStatus(final ? it->plan.finalHttpStatus : 200, json(state));
}

FakeBflServer::Reply FakeBflServer::downloadReply(const Request &request)
{
    const QStringList parts = request.path.split(u'/', Qt::SkipEmptyParts);
    auto it = m_tasks.find(parts.value(1));
    if (it == m_tasks.end())
        return Reply::withStatus(404, "<Error><Code>NoSuchKey</Code></Error>",
                                 {{"Content-Type", "application/xml"}});
    ++it->downloads;
    if (it->downloads <= it->plan.expiredSampleDownloads)
        return Reply::withStatus(
            it->plan.expiredStatus,
            "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>",
            {{"Content-Type", "application/xml"}});
    const QByteArray type = "image/" + it->outputFormat;
    return Reply::withStatus(200, resultBytes(it->id), {{"Content-Type", type}});
}

} // namespace outframe::test
