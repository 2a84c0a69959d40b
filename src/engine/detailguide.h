// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace outframe {

// The detail guide: how much texture each part of the fill should have. The local detail of
// the reference (the mean luma gradient over a window of `radius`, in quarter levels, capped at
// 255) is carried into the hole as a membrane (see membraneGuide), so wood next to the border
// asks for wood-like grain and a clear sky for a smooth patch. Because it comes from the
// border and not from the current estimate, the fill cannot talk itself into smoothness: an
// averaged vote is smooth, smooth sources then match it best, and the next vote is smoother
// still. Known pixels get their own local detail, so a target's value and a source's compare
// like with like. One value per canvas pixel; empty when `cancel` is set on the way.
std::vector<std::uint8_t> detailGuide(const PixelBuffer &image, const KnownMask &mask, int radius,
                                      const std::atomic_bool *cancel = nullptr);

} // namespace outframe
