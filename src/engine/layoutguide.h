// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <atomic>

namespace outframe {

// The layout guide: what the fill should look like from far away. The blurred reference is
// carried into the hole as a membrane (harmonic extension), each unknown pixel then averages
// the border about as near as it is, and the whole canvas is blurred again, so the guide is a
// smooth continuation of the border's local colour and tone (the sky above stays sky, whatever else
// the picture holds). Known pixels of the guide are the blurred reference itself, so guide values
// of a target and of a source compare like with like. `radius` is the box-blur radius in pixels.
// Returns an empty buffer when `cancel` is set on the way.
PixelBuffer layoutGuide(const PixelBuffer &image, const KnownMask &mask, int radius,
                        const std::atomic_bool *cancel = nullptr);

// The first half of layoutGuide: the known part box-blurred by `radius` and carried into the
// hole as a membrane (the harmonic extension). Empty when `cancel` is set on the way.
PixelBuffer membraneGuide(const PixelBuffer &image, const KnownMask &mask, int radius,
                          const std::atomic_bool *cancel = nullptr);

// Box blur of the colour channels with the window clipped at the canvas edge (alpha kept).
PixelBuffer boxBlur(const PixelBuffer &image, int radius);

// The blur radius of the guide for a canvas `width` pixels wide: small (1/256 of the width),
// so that structures running out of the reference (tree trunks, a pier) stay distinct in it.
int guideRadius(int width);

// The scale below which the guide decides the fill's colours (1/128 of the width: a window
// 1/64 of the width wide, the scale at which the benchmark judges the layout).
int layoutRadius(int width);

// Replaces the low frequencies of the fill by the guide's: every unknown pixel of `out` (at
// full resolution) gets `blur(guide) - blur(work)` added (box blurs of `radius`), measured on
// the working-resolution fill `work` and scaled up bilinearly. PatchMatch then decides the texture
// and the guide decides where bright and dark, sky and ground go. `strength` is in percent; it
// grows from 0 at the reference to full at `ramp` working pixels from it (0: full everywhere).
// Returns false when cancelled.
bool transferLayout(PixelBuffer &out, const KnownMask &known, const PixelBuffer &work,
                    const KnownMask &workKnown, const PixelBuffer &guide, int radius, int ramp,
                    int strength, int threads, const std::atomic_bool *cancel);

} // namespace outframe
