// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "randomfaults.h"

#include <QBuffer>
#include <QImage>

namespace outframe::test {

using Endpoint = FakeBflServer::Endpoint;
using Reply = FakeBflServer::Reply;

RandomFaults::RandomFaults(FakeBflServer *server, quint32 seed, int percent)
    : QObject(server), m_server(server), m_random(seed), m_percent(percent)
{
    QImage wrongSize(32, 32, QImage::Format_RGB32);
    wrongSize.fill(Qt::red);
    QBuffer buffer(&m_wrongSizePng);
    buffer.open(QIODevice::WriteOnly);
    wrongSize.save(&buffer, "PNG");
    connect(server, &FakeBflServer::requestReceived, this, &RandomFaults::onRequest);
}

void RandomFaults::onRequest(const FakeBflServer::Request &request)
{
    if (int(m_random.bounded(100)) >= m_percent)
        return;
    ++m_count;
    // Drawn per endpoint only, as the first version of this did: the same seed, the same faults.
    const auto pickOne = [this] { return int(m_random.bounded(3)); };
    switch (request.endpoint) {
    case Endpoint::Submit: {
        const int pick = pickOne();
        m_server->enqueue(Endpoint::Submit, pick == 0 ? Reply::withStatus(503, "busy")
                                            : pick == 1
                                                ? Reply::withStatus(429, R"({"detail":"x"})")
                                                : Reply::withStatus(502, "<html>gw</html>"));
        break;
    }
    case Endpoint::Poll: {
        const int pick = pickOne();
        if (pick == 0)
            m_server->enqueue(Endpoint::Poll, Reply::withStatus(500, "oops"));
        else if (pick == 1)
            m_server->enqueue(Endpoint::Poll, Reply::withAction(Reply::Action::Drop));
        else
            for (int i = 0; i < 3; ++i)
                m_server->enqueue(
                    Endpoint::Poll,
                    Reply::withStatus(429, R"({"detail":"slow down"})", {{"Retry-After", "0"}}));
        break;
    }
    case Endpoint::Download: {
        const int pick = pickOne();
        if (pick == 0)
            m_server->enqueue(Endpoint::Download, Reply::withStatus(410, "expired"));
        else if (pick == 1)
            m_server->enqueue(Endpoint::Download, Reply::withAction(Reply::Action::TruncateBody));
        else
            m_server->enqueue(
                Endpoint::Download,
                Reply::withStatus(200, m_wrongSizePng, {{"Content-Type", "image/png"}}));
        break;
    }
    default: // credits and the like: drawn, left alone
        break;
    }
}

} // namespace outframe::test
