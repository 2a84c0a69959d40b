// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pixelbuffer.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace outframe {

// One level of the multi-scale completion: the current estimate of the canvas and the
// nearest-neighbour field (NNF) that maps every patch touching the hole to a fully known
// source patch. Patches are (2r+1)^2 pixels centred on a pixel; a target patch that crosses
// the canvas edge is compared on its inside part only.
struct CompletionLevel
{
    PixelBuffer image; // known pixels are the truth, unknown ones the latest vote
    KnownMask mask;
    std::vector<std::uint8_t> source; // 1 where a patch centred here may be copied from
    std::vector<std::int32_t> snap;   // for every pixel, the index of a nearby source centre
    std::vector<std::int32_t> nnf;    // source centre per target pixel; -1 where not a target
    std::vector<std::int32_t> cost;   // SSD of each target patch to its source
    std::vector<std::uint8_t> weight; // SSD weight of each pixel: known ones count more
    // The priors that keep the fill's layout and stop it cloning one object again and again
    // (see SearchContext): the layout guide; the nearest known pixel of every pixel, and the
    // distance cost per squared pixel of distance (in 1/65536); per cell of (2r+1)^2 source
    // centres, how much it stands out and is one of a kind (0..256); per source centre, the
    // cost per patch pixel of copying it once more (from countUsage).
    PixelBuffer guide;
    std::vector<std::uint8_t> detailGuide; // see detailguide.h
    std::vector<std::int32_t> anchorX, anchorY;
    std::int64_t distanceScale = 0;
    std::vector<std::uint16_t> salience;
    std::vector<std::int32_t> reusePenalty;
    std::size_t sourceCount = 0;
    std::size_t targetCount = 0;

    int width() const { return image.width; }
    int height() const { return image.height; }
};

// What one PatchMatch step needs besides the level itself.
struct SearchContext
{
    int radius = 3;
    int threads = 2;
    std::uint64_t seed = 0;
    const std::atomic_bool *cancel = nullptr;
    // Costs added to a patch's SSD, per patch pixel, so they weigh the same at every patch
    // size. guideWeight: eighths of the squared colour distance between the layout guide at the
    // target and at the source (0 when the level has no guide). detailWeight: eighths of the
    // squared difference of the detail guide (detailguide.h) between target and source, so grain
    // is continued with grain and a smooth sky with smooth patches. reuseCost: per copy of the
    // source's cell beyond the first (an occurrence map, so one face is not stamped twice).
    // distanceCost: at a distance of the canvas's longer side between the source and the known
    // pixel nearest to the target (grows with the square), so the fill prefers sources on its own
    // side and at its own height.
    int guideWeight = 0;
    int detailWeight = 0;
    int reuseCost = 0;
    int distanceCost = 0;
};

// For every pixel, the index of an (approximately) nearest pixel whose `seeds` entry is set,
// by two raster passes that hand nearest-seed candidates on to the 8 neighbours; -1 everywhere
// when there is no seed.
std::vector<std::int32_t> nearestSeeds(const std::vector<std::uint8_t> &seeds, int w, int h);

// Marks the source centres (whole patch inside the canvas and known, and, when `band` > 0,
// within `band` pixels of the hole) and the targets (pixels whose patch touches the hole).
// Known pixels weigh `knownWeight` times an unknown one in the SSD, so that patches along the
// border follow the pixels that are really there rather than the blurrier current estimate.
// Returns false when the level has no source patch at all.
bool prepareLevel(CompletionLevel &level, int radius, int band, int knownWeight);

// Sets every unknown pixel to the colour of the nearest known one: a start for the coarsest
// level that keeps each part of the border's colour in front of it (a push-pull start drifts
// to the picture's mean colour far from the border).
void fillFromNearestKnown(CompletionLevel &level);

// Gives every target a random source: the start of the coarsest level.
void initRandomField(CompletionLevel &level, std::uint64_t seed);

// Seeds a level's NNF from the next coarser level by scaling each displacement.
void upsampleField(const CompletionLevel &coarse, CompletionLevel &fine, std::uint64_t seed);

// The SSD of every target patch to its current source (after the image has changed).
// Returns false when cancelled.
bool recomputeCosts(CompletionLevel &level, const SearchContext &context);

// One PatchMatch iteration (propagation + random search), scanning forwards on even
// `iteration`s and backwards on odd ones. The canvas is cut into bands of rows that are
// processed in two phases (even bands, then odd bands), so the result does not depend on
// the number of threads. Returns false when cancelled.
bool searchIteration(CompletionLevel &level, const SearchContext &context, int iteration);

// Counts how many targets copy from each cell of (2r+1)^2 source centres and sets the cost
// of copying each source once more (SearchContext::reuseCost per copy beyond the first,
// scaled by how much the cell stands out, less when the cell's look repeats elsewhere in
// the known part: a structure to continue, not an object to clone). Returns false when
// cancelled.
bool countUsage(CompletionLevel &level, int radius, int reuseCost,
                const std::atomic_bool *cancel = nullptr);

// Expectation-maximisation vote: every unknown pixel becomes the mean of what the source
// patches of all target patches covering it say it should be. Returns false when cancelled.
bool voteUnknown(CompletionLevel &level, const SearchContext &context);

} // namespace outframe
