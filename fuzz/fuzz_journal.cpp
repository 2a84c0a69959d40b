// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The files Outframe reads back from its own folders, which a crash, a full disk or another
// program may have left in any state: task journal entries and result sidecars.
// An odd first byte picks the sidecar loader.
#include "resultsidecar.h"
#include "taskjournal.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace outframe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (data[0] & 1) {
        QString error;
        ResultSidecar::fromJson(object, &error);
    } else if (const auto entry = JournalEntry::fromJson(object)) {
        // What is read must write back without trouble.
        JournalEntry::fromJson(entry->toJson());
    }
    return 0;
}
