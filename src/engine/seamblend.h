// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <atomic>

namespace outframe {

// Removes the colour step where a fill meets the known pixels. The step between each known
// pixel and the filled pixel next to it is measured, averaged along the border over `reach`
// pixels and added to the fill with a weight that falls from 1 at the border to 0 at `reach`
// pixels into the fill: the fill keeps its texture and only its level bends to meet the border.
// Known pixels are not touched. Returns false when cancelled.
bool blendSeam(PixelBuffer &filled, const KnownMask &known, int reach,
               const std::atomic_bool *cancel = nullptr);

} // namespace outframe
