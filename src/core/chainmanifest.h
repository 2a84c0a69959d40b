// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chainplan.h"
#include "outpaintoptions.h"
#include "resultlayer.h"

#include <QHash>
#include <QImage>
#include <QString>

#include <optional>

namespace outframe {

// A chain's folder: what a resume needs to finish it without paying for a tile twice.
//
//     <folder>/chain.json     this manifest
//     <folder>/original.png   the placed reference's visible pixels (plan.original)
//     <folder>/tile-<n>.png   tile n's result as it came back, once it has (n from 1)
//
// chain.json: {"format": "outframe-chain", "version": 1, "label", "source", "output",
// "engine": "flux"|"local", "options": {prompt, mode, output_format, safety_tolerance},
// "canvas": {width, height}, "original": {x, y, width, height},
// "tiles": [{"wave", "side", "rect", "reference", "fresh"}], "tasks": {"<n>": "<task id>"}}
// A tile's task id is written as soon as the service gives it, so a tile whose result
// reached the results folder but not this folder is found there rather than paid again.
struct ChainManifest
{
    static constexpr int kVersion = 1;

    ChainPlan plan;
    OutpaintOptions options;
    ResultEngine engine = ResultEngine::Flux;
    QString label;               // the input's file name, as job lists show it
    QString sourcePath;          // the input file, when known
    QString outputPath;          // where the finished canvas goes; empty: the folder only
    QHash<int, QString> taskIds; // by tile index

    static QString manifestPath(const QString &folder);
    static QString originalPath(const QString &folder);
    static QString tilePath(const QString &folder, int tileIndex);
    // The tile a path made by tilePath() names; nullopt for any other path.
    static std::optional<int> tileIndexOf(const QString &folder, const QString &path);

    // Creates `folder` with this manifest and the original's pixels. False and `error` when
    // the disk refuses.
    bool create(const QString &folder, const QImage &original, QString *error) const;
    // Rewrites chain.json atomically (after a task id became known).
    bool save(const QString &folder, QString *error) const;
    // The manifest of `folder`; nothing and `error` when it is missing, damaged, from a newer
    // Outframe, or its plan breaks the rules (a tile over 4,194,304 px, a tile out of the canvas).
    static std::optional<ChainManifest> load(const QString &folder, QString *error);
    // The original's pixels, checked against the plan.
    static QImage loadOriginal(const QString &folder, const ChainPlan &plan, QString *error);
};

} // namespace outframe
