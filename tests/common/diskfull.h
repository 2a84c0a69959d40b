// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <csignal>
#include <sys/resource.h>

#include <utility>

namespace outframe::testing {

// Runs `write` as if the disk filled up after `bytes` bytes: a file size limit (which binds
// root too, unlike permissions) with SIGXFSZ ignored, so writes fail with EFBIG instead of
// killing the test. Returns what `write` returned; the old limit and handler are restored.
template<typename Write> auto withDiskFullAfter(rlim_t bytes, Write &&write)
{
    struct rlimit old;
    getrlimit(RLIMIT_FSIZE, &old);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &small);
    auto result = std::forward<Write>(write)();
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    return result;
}

} // namespace outframe::testing
