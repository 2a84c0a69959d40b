// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

namespace outframe::bench {

// Scores of one fill against the true image, over the filled (unknown) pixels only.
struct FillScores
{
    double psnr = 0; // dB, RGB
    // dB, RGB, after a box blur 1/64 of the width wide on both images: is the sky still sky
    double layoutPsnr = 0;
    double ssim = 0;        // luma, 7x7 box windows centred on filled pixels
    double detailRatio = 0; // mean luma gradient magnitude, fill / truth
    double seamStep = 0;    // luma step across the border minus the steps inside the fill
};

FillScores scoreFill(const PixelBuffer &result, const PixelBuffer &truth, const KnownMask &known);

// The seam step of the true image itself: what a perfect fill would score.
double trueSeamStep(const PixelBuffer &truth, const KnownMask &known);

// How much more detail the true image has in the hole than in the band of the known part along
// it (mean luma gradient, the band the known pixels within 1/24 of the width of the hole): near 1
// when the hole goes on with what its border shows, large when it holds things the border does not
// (the rocket's ring holds two lattice towers beside a kept centre of clear sky). A fill that
// continues its border cannot bring those back, so the benchmark judges the detail target on the
// photographs whose ratio is at most kContinuesBorder.
double holeOverBorderDetail(const PixelBuffer &truth, const KnownMask &known);
inline constexpr double kContinuesBorder = 2.0;

} // namespace outframe::bench
