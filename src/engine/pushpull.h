// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <atomic>

namespace outframe {

// The push-pull (pyramid) fill of Gortler et al.: known pixels are averaged down a pyramid
// until every level is covered, then the coarse levels are interpolated back up into the
// holes. The result is a smooth wash of the surrounding colours: no detail, but continuous at
// the border and linear in the number of pixels, so it serves as the instant preview and (on
// request, FillOptions::Start::PushPull) as the start of the coarsest PatchMatch level.
//
// Known pixels are returned unchanged. With no known pixel at all every pixel becomes opaque
// mid-grey. Returns an empty buffer when `cancel` is set while it runs.
PixelBuffer pushPullFill(const PixelBuffer &image, const KnownMask &mask,
                         const std::atomic_bool *cancel = nullptr);

} // namespace outframe
