// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace outframe {

// The folders in which a run of several jobs (a chain, a batch) keeps what a resume needs,
// under <results>/chains/ or <results>/batches/. A run is over once its folder holds the
// "finished" marker; until then `outframe-cli --resume` finishes it.
namespace RunFolder {

// A new folder's path under `parent`, named after `label` and the time (not created).
QString newFolder(const QString &parent, const QString &label);
// The folders under `parent` holding `manifestName` but no marker, oldest first.
QStringList unfinished(const QString &parent, const QString &manifestName);
bool markFinished(const QString &folder, const QByteArray &note, QString *error);

} // namespace RunFolder

} // namespace outframe
