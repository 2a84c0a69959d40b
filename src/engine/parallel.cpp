// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace outframe {

void runParallel(int count, int threads, const std::function<void(int)> &task)
{
    if (count <= 0)
        return;
    const int workers = std::clamp(threads, 1, count);
    if (workers == 1) {
        for (int i = 0; i < count; ++i)
            task(i);
        return;
    }
    std::atomic_int next{0};
    auto loop = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            task(i);
    };
    std::vector<std::thread> pool;
    pool.reserve(std::size_t(workers - 1));
    for (int t = 1; t < workers; ++t)
        pool.emplace_back(loop);
    loop();
    for (std::thread &thread : pool)
        thread.join();
}

} // namespace outframe
