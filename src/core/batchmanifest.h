// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framerule.h"
#include "outpaintoptions.h"
#include "resultlayer.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace outframe {

// One output of a batch: an input framed by a rule, written to its own file.
struct BatchItem
{
    enum class State { Pending, Done, Failed };

    QString input;  // absolute path
    QString output; // absolute path
    FrameRule frame;
    State state = State::Pending;
    QString taskId; // the service's, written the moment it is known
    QString error;  // why it failed
    std::optional<double> cost;
    double elapsedS = 0;
    // An output over 4,194,304 px is made by a chain of jobs kept in this folder (inside the
    // batch's own), so a resume goes on with the same chain.
    QString chainFolder;
    // The offline engine's seed for this item (a variation's own); none: the batch's, else fresh.
    std::optional<std::uint64_t> seed;
};

// A batch's folder, <results>/batches/<name>/batch.json: every item and how far it got, so a
// kill or Ctrl+C mid-batch resumes without paying twice for an item. An item's task id is
// kept as soon as the service gives it: a result that reached the results folder but not its
// output is written from there, one still running is fetched through the journal.
//
// batch.json: {"format": "outframe-batch", "version": 1, "engine", "keep_original", "seed",
// "options": {prompt, mode, output_format, safety_tolerance, disable_pup},
// "items": [{"input", "output", "frame": {...}, "state": "pending"|"done"|"failed",
// "task_id", "error", "cost", "elapsed_s", "chain", "seed"}]}
struct BatchManifest
{
    static constexpr int kVersion = 1;
    static constexpr auto kFileName = "batch.json";

    OutpaintOptions options;
    ResultEngine engine = ResultEngine::Flux;
    bool keepOriginal = true;
    std::optional<std::uint64_t> seed;
    QList<BatchItem> items;

    static QString batchesDirectory(const QString &resultsDirectory);
    static QString manifestPath(const QString &folder);

    // Writes batch.json atomically, creating `folder` when needed.
    bool save(const QString &folder, QString *error) const;
    // Nothing, and `error`, when batch.json is missing, damaged or from a newer Outframe.
    static std::optional<BatchManifest> load(const QString &folder, QString *error);

    int settledCount() const;
};

// One way of framing every input of a batch, and the tag its outputs carry ("4x5" for a
// format: NAME-4x5.png; empty for none).
struct BatchFrame
{
    FrameRule rule;
    QString tag;
};

// The items for `inputs` (image files) times `frames`: each output named after its input (or
// after `stem` when one is given: the formats of one image as NAME-4x5.png) and its frame's
// tag, in `outputFolder`, ending in `suffix`. Two inputs of one name (a/x.png, b/x.jpg) do not
// write over each other: the second gets "-2".
QList<BatchItem> batchItems(const QStringList &inputs, const QList<BatchFrame> &frames,
                            const QString &outputFolder, const QString &suffix,
                            const QString &stem = QString());

} // namespace outframe
