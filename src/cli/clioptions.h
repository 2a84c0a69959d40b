// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framerule.h"
#include "outpaintoptions.h"
#include "resultlayer.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>
#include <optional>

namespace outframe {

// What `outframe-cli` was asked to do, validated. Parsing never touches the network or the
// input file; CliRunner does the rest of the checks before anything is sent.
struct CliOptions
{
    // "-" as the input reads the image from standard input; as the output, writes the result
    // to standard output.
    static constexpr QStringView kStdio = u"-";

    // One input, or with a batch several: files, folders (their images), and "-" for a list
    // of paths on standard input.
    QStringList inputs;
    QString output; // with a batch, a folder (or NAME.EXT for the formats of one input)
    ImageFormat outputFormat = ImageFormat::Png; // --format, else the output's suffix
    // The input is a project (.outframe): export its composite, or one layer, like the app's
    // Export; nothing is generated.
    bool project = false;
    std::optional<quint64> layerId;
    FrameRule frame; // -W/-H (with -x/-y), --extend or --aspect; each --formats ratio alike
    QList<AspectRatio> formats; // --formats: one output per ratio, NAME-4x5.EXT
    // Several outputs (several inputs, a folder, or --formats): made as a batch, kept in a
    // folder so --resume finishes it.
    bool batch = false;
    int jobs = 0;       // --jobs: how many at once; 0: the settings' number
    int variations = 1; // --variations: NAME-1.EXT, NAME-2.EXT, ... (each its own seed)
    // -o DIR/ (or an existing folder): each output named after its input, the folder made.
    bool outputIsFolder = false;
    OutpaintOptions generation;
    std::optional<ResultEngine> engine; // none: flux when a key is available, else local
    QUrl apiBase; // --api-base, else BFL_API_BASE; empty: the settings' region
    bool keepOriginal = true;
    int timeoutS = 600;
    bool json = false;
    bool resume = false;
    bool verbose = false;              // show Qt's and the image libraries' own warnings too
    std::optional<std::uint64_t> seed; // --seed: the offline engine's; absent = a fresh one
    // --plan: print how the canvas would be made (jobs, waves, estimated cost); send nothing.
    bool planOnly = false;

    QString input() const { return inputs.value(0); }
    bool inputIsStdin() const { return input() == kStdio; }
    bool outputIsStdout() const { return output == kStdio; }
};

struct CliParse
{
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    CliOptions options;
    QString text; // the help or version text, or the error message
};

class CliOptionsParser
{
public:
    // `arguments` includes the program name, as QCoreApplication::arguments().
    static CliParse parse(const QStringList &arguments);
};

} // namespace outframe
