// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace outframe {

// Runs task(0) .. task(count - 1) on up to `threads` threads (the caller's included) and
// returns when all are done. Which thread runs which task varies; callers keep results
// deterministic by making every task write only its own data.
void runParallel(int count, int threads, const std::function<void(int)> &task);

} // namespace outframe
