// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace outframe {

// Runs `work` on a worker thread and `done` with its result on the GUI thread, unless
// `context` is gone by then: how the app keeps slow work (files, rendering) off the GUI.
// With a `pool` of one thread, pieces of work run (and finish) in the order they were asked.
template<typename Work, typename Done>
void inBackground(QObject *context, QThreadPool *pool, Work work, Done done)
{
    using Result = decltype(work());
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

template<typename Work, typename Done> void inBackground(QObject *context, Work work, Done done)
{
    inBackground(context, QThreadPool::globalInstance(), std::move(work), std::move(done));
}

} // namespace outframe
