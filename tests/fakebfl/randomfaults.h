// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakebflserver.h"

#include <QObject>
#include <QRandomGenerator>

namespace outframe::test {

// A hostile service: after each request, the next one to the same endpoint may get a fault
// (`percent` of the time, drawn from `seed`, so a failing run can be repeated):
//   submit:   503, 429 or 502 (the first two are answered before a task exists);
//   poll:     500, a dropped connection, or a burst of three 429s (Retry-After: 0);
//   download: 410 (expired), a truncated body, or a PNG of the wrong size.
// The seed fixes which faults are drawn, not which request gets each: that follows timing.
// Lives in the server's thread (it scripts the server from requestReceived).
class RandomFaults : public QObject
{
    Q_OBJECT

public:
    RandomFaults(FakeBflServer *server, quint32 seed, int percent = 15);

    int count() const { return m_count; }

private:
    void onRequest(const FakeBflServer::Request &request);

    FakeBflServer *m_server;
    QRandomGenerator m_random;
    int m_percent;
    int m_count = 0;
    QByteArray m_wrongSizePng;
};

} // namespace outframe::test
