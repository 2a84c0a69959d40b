#pragma once

#include "pixelbuffer.h"

#include <atomic>

namespace outframe {

// The layout guide: what the fill should look like from far away. Each unknown pixel takes
// the colour of the nearest known pixel of the blurred reference, and the whole canvas is
// blurred again, so the guide is a smooth continuation of the border's local colour and
// tone (the sky above stays sky, whatever else the picture holds). Known pixels of the guide
// are the blurred reference itself, so guide values of a target and of a source compare
// like with like. `radius` is the box-blur radius in pixels.
PixelBuffer layoutGuide(const PixelBuffer &image, const KnownMask &mask, int radius);

// Box blur of the colour channels with the window clipped at the canvas edge (alpha kept).
PixelBuffer boxBlur(const PixelBuffer &image, int radius);

// The guide radius of a working canvas of width `width`: the scale at which the layout is
// judged (about 1/64 of the width).
int layoutRadius(int width);

// Replaces the low frequencies of the fill by the guide's: every unknown pixel of `out` (at
// full resolution) gets `guide - blur(work)` added, measured on the working-resolution fill
// `work` and scaled up bilinearly. PatchMatch then decides the texture and the guide decides
// where bright and dark, sky and ground go. `strength` is in percent. Returns false when
// cancelled.
bool transferLayout(PixelBuffer &out, const KnownMask &known, const PixelBuffer &work,
                    const PixelBuffer &guide, int radius, int strength, int threads,
                    const std::atomic_bool *cancel);

} // namespace outframe
