// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRect>

namespace outframe {

// Removes the low-frequency colour difference between a generated canvas and the original
// it was made around, so no colour step shows where the two meet.
//
// Method (a membrane, as in Poisson / mean-value cloning, solved on a coarse grid because
// only low frequencies are wanted): the difference original - generated is averaged over
// cells of a few pixels inside `referenceRect`; those cells are held fixed, and the
// correction over the rest of the canvas is the harmonic (Laplace) interpolation of them,
// with the canvas border free (zero normal derivative). The correction is then upsampled
// bilinearly and added to the generated pixels. At the seam it equals the local colour
// difference, so the step disappears; away from it, it varies as smoothly as possible.
//
// `reference` holds the pixels sent to the model and `referenceRect` where they landed on
// `generated`. Returns `generated` unchanged when there is no seam (the reference covers the
// canvas or lies outside it).
QImage colourMatched(const QImage &generated, const QImage &reference, const QRect &referenceRect);

} // namespace outframe
