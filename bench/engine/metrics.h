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

} // namespace outframe::bench
