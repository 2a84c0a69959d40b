// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace outframe {

// How the offline engine fills a canvas. The defaults are tuned for 4 MP canvases on two
// cores (see docs/PERFORMANCE.md).
struct FillOptions
{
    std::uint64_t seed = 1; // the same seed gives the same pixels, with 1 or 2 threads
    int threads = 2;
    int patchRadius = 3; // patches of (2r+1)^2 pixels at working resolution
    // PatchMatch runs on a copy scaled down to at most this many pixels; the final pass then
    // copies full-resolution pixels along the scaled-up nearest-neighbour field.
    int workingMaxPixels = 360'000;
    // When > 0, only copy patches whose centre lies within this many canvas pixels of the
    // hole, so a subject in the middle of the picture is not copied into the sky.
    int sourceBand = 0;
    int coarseIterations = 4; // EM iterations on each coarser level
    int fineIterations = 2;   // EM iterations on the working-resolution level
    int searchIterations = 1; // PatchMatch iterations per EM iteration
    // Window of the last, full-resolution vote. 0 copies each pixel along its own working
    // pixel's displacement: the 3x3 mean (1) blurred the fill far from the reference
    // (detail median 0.82, coffee 0.26 on the bench's photographs; 0 gives 0.88 and 0.33).
    int finalVoteRadius = 0;
    // The colour step at the border is spread over this many working-resolution pixels of
    // the fill (0: off).
    int seamReach = 2;
    int knownWeight = 8;   // SSD weight of a known pixel relative to a filled one (1..16)
    int coarsestSide = 32; // the pyramid stops before a side gets shorter than this
    // The layout and the sources (see SearchContext in patchmatch.h): how strongly a patch
    // must agree with the layout guide and with the detail guide, the cost of copying a source
    // other targets already copy, and of copying from far from the target's side of the
    // reference. 0 turns each off.
    int guideWeight = 1;
    int detailWeight = 4; // 0 left coffee's table a smooth smear (detail 0.34; 4: 0.45)
    // reuseCost is the working level's; the coarser levels charge up to 4 times as much
    // (reuseCostOfLevel in completion.cpp). With the unblurred vote, 300 left sharp badge copies.
    int reuseCost = 3000;
    int distanceCost = 10'000;
    // How much of the fill's low frequencies the layout guide replaces, in percent.
    int layoutTransfer = 100;
    // How the coarsest level starts: from the nearest known pixel (keeps local colour far
    // from the border) or from the push-pull wash (the mean colour takes over far out).
    enum class Start { NearestKnown, PushPull };
    Start start = Start::NearestKnown;
};

enum class FillStatus {
    Filled,
    Cancelled,
    InvalidInput,
};

struct FillResult
{
    FillStatus status = FillStatus::InvalidInput;
    PixelBuffer image;   // the whole canvas, every pixel set; empty unless Filled
    std::string message; // why, when not Filled
    int levels = 0;      // PatchMatch pyramid levels used (0: push-pull only)
    int workingWidth = 0;
    int workingHeight = 0;
    std::uint64_t seed = 0; // the seed the fill ran with (FillOptions::seed)
};

// Called with the fraction done, 0..1, from the thread that called fillUnknown.
using ProgressFn = std::function<void(double)>;

// Fills every pixel of `canvas` that `known` marks unknown by multi-scale PatchMatch
// completion (Barnes et al. 2009 search, Wexler et al. 2007 voting): the coarsest level starts
// from options.start, each finer level from the scaled-up field, and a last pass copies
// full-resolution pixels along the field and blends the seam. Known pixels are returned bit for
// bit. Setting `cancel` makes it return FillStatus::Cancelled within a few milliseconds. With
// no known pixel at all the canvas becomes mid-grey; when the known part is too small to hold
// a single patch the result is the push-pull fill (see pushpull.h, also the instant preview).
FillResult fillUnknown(const PixelBuffer &canvas, const KnownMask &known,
                       const FillOptions &options, const std::atomic_bool &cancel,
                       const ProgressFn &progress = {});

} // namespace outframe
