// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "formatframes.h"
#include "jobqueue.h"
#include "keypolicy.h"
#include "placement.h"
#include "projectfile.h"
#include "servicesettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace outframe {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outframe::CliOptionsParser", text);
}

const char *const kDescription = QT_TRANSLATE_NOOP(
    "outframe::CliOptions",
    "Outpaint an image on the FLUX API (or the offline engine): place INPUT on a larger canvas "
    "and have the rest generated. The reference pixels in the output are exactly the input's.\n"
    "\n"
    "With a project (INPUT ending in .outframe, saved by the app), nothing is generated: the "
    "project is exported as the app's Export does, its composite (the results shown, with the "
    "original put back) or with --layer one result.\n"
    "\n"
    "INPUT - reads the image from standard input; -o - writes the result to standard output "
    "(PNG unless --format says otherwise). Every output carries the XMP metadata of the app's "
    "Export, with the IPTC \"AI-generated\" marker.\n"
    "\n"
    "Key: BFL_API_KEY, else the key stored in the system keychain.\n"
    "Exit codes: 0 done; 2 invalid arguments or input (nothing was sent); 3 refused by the "
    "service (key, credits, validation, moderation, task error); 4 network or service failure "
    "after retries, or timeout; 130 interrupted (SIGINT); 143 terminated (SIGTERM).");

std::optional<int> parseInt(const QString &text, bool *ok)
{
    const int value = text.trimmed().toInt(ok);
    return *ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

CliParse CliOptionsParser::parse(const QStringList &arguments)
{
    CliParse result;
    const auto fail = [&](const QString &message) {
        result.action = CliParse::Action::Error;
        result.text = message;
        return result;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(kDescription));
    const QCommandLineOption help({"h", "help"}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption output({"o", "output"},
                                    tr("Result file; the format follows its suffix (.png .jpg "
                                       ".jpeg .webp). - writes to standard output."),
                                    tr("PATH"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format png, jpeg or webp, for -o - (a file's "
                                       "suffix must agree)."),
                                    "png|jpeg|webp");
    const QCommandLineOption width(
        {"W", "width"}, tr("Canvas width in px (required unless INPUT is a project)."), "N");
    const QCommandLineOption height(
        {"H", "height"}, tr("Canvas height in px (required unless INPUT is a project)."), "N");
    const QCommandLineOption offsetX({"x", "offset-x"},
                                     tr("Reference left edge on the canvas; omit to centre."), "N");
    const QCommandLineOption offsetY({"y", "offset-y"},
                                     tr("Reference top edge on the canvas; omit to centre."), "N");
    const QCommandLineOption autoCrop(QStringLiteral("auto-crop"),
                                      tr("Crop the part of the reference outside the canvas."));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        tr("Resample the reference by F (0.01 to 4) before placing it (default 1)."), "F",
        QStringLiteral("1"));
    const QCommandLineOption prompt(QStringLiteral("prompt"),
                                    tr("Guidance for the new region (experimental)."), tr("TEXT"));
    const QCommandLineOption mode(QStringLiteral("mode"), tr("high (default) or fast."),
                                  "high|fast", QStringLiteral("high"));
    const QCommandLineOption safety(QStringLiteral("safety-tolerance"),
                                    tr("0 (strictest) to 5; default 2."), "0-5",
                                    QStringLiteral("2"));
    const QCommandLineOption engine(QStringLiteral("engine"),
                                    tr("flux or local; default: flux when a key is available, "
                                       "else local."),
                                    "flux|local");
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
                                     tr("Service base URL; default https://api.bfl.ai, or "
                                        "BFL_API_BASE."),
                                     "URL");
    const QCommandLineOption noKeep(QStringLiteral("no-keep-original"),
                                    tr("Take the model's pixels inside the reference area too."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Overall limit for the job (default 600)."), tr("SECONDS"),
                                     QStringLiteral("600"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print one JSON object per job on stdout, every key always "
                                     "present, null when absent or unknown: status "
                                     "(done|failed|interrupted), exit_code, error, id (task id), "
                                     "engine (flux|local; null for a project), cost (credits), "
                                     "input_mp, output_mp, output (absolute path, or -), saved "
                                     "(the raw result in the results folder), layer (project "
                                     "layer id), elapsed_s, seed (the offline engine's)."));
    const QCommandLineOption layer(QStringLiteral("layer"),
                                   tr("With a project: export this layer instead of the "
                                      "composite."),
                                   tr("ID"));
    const QCommandLineOption resume(QStringLiteral("resume"),
                                    tr("Finish every unfinished task in the journal (each to the "
                                       "output path it was given), then exit."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        tr("Also print the warnings of Qt and the image libraries (for bug reports)."));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the offline engine: the same seed gives the same "
                                     "fill (default: a fresh one, reported)."),
                                  "N");
    const QCommandLineOption plan(
        QStringLiteral("plan"),
        tr("Print how the canvas would be made and what it would cost, and send nothing. A "
           "canvas over 4,194,304 px is made by several jobs, each growing what is known (up "
           "to 16384 px a side)."));
    const QCommandLineOption extend(
        QStringLiteral("extend"),
        tr("Instead of -W/-H: grow sides of the canvas beyond the image, in px or % of the "
           "image (left=25%,right=500)."),
        tr("SIDES"));
    const QCommandLineOption aspect(
        QStringLiteral("aspect"),
        tr("Instead of -W/-H: the largest canvas of this ratio (16:9) within one job that holds "
           "the image; see --anchor."),
        "W:H");
    const QCommandLineOption formats(
        QStringLiteral("formats"),
        tr("Instead of -W/-H: one output per ratio (1:1,4:5,9:16,16:9,3:2,21:9 or your own), "
           "each the largest canvas of its ratio within one job that holds the image, written "
           "as NAME-4x5.EXT."),
        tr("LIST"));
    const QCommandLineOption anchor(
        QStringLiteral("anchor"),
        tr("With --aspect or --formats: where the image sits, centre (default), left, right, "
           "top or bottom."),
        "centre|left|right|top|bottom", QStringLiteral("centre"));
    const QCommandLineOption jobs(
        QStringLiteral("jobs"),
        tr("How many jobs run at once, 1 to %1 (default: the app's setting).")
            .arg(JobQueue::kMaxConcurrentLimit),
        "N");
    const QCommandLineOption variations(
        QStringLiteral("variations"),
        tr("Make N results of each output, NAME-1.EXT to NAME-N.EXT (1 to %1); with --seed S "
           "the offline engine's seeds are S, S+1, ...")
            .arg(JobQueue::kMaxConcurrentLimit),
        "N");
    parser.addOptions({variations, help,     version, output, format, width,  height,  offsetX,
                       offsetY,    autoCrop, scale,   prompt, mode,   safety, engine,  apiBase,
                       noKeep,     timeout,  json,    resume, layer,  seed,   verbose, plan,
                       extend,     aspect,   formats, anchor, jobs});
    parser.addPositionalArgument(
        QStringLiteral("INPUT"),
        tr("The reference image, or a project (.outframe) to export. Several inputs, a folder "
           "of images, or - for a list of paths on standard input (with -o DIR/) make a "
           "batch: one output per input (and per format) in DIR, and --resume finishes a "
           "batch that was stopped."),
        tr("INPUT..."));

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        result.action = CliParse::Action::ShowHelp;
        result.text = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CliParse::Action::ShowVersion;
        result.text =
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion();
        return result;
    }

    CliOptions &o = result.options;
    o.json = parser.isSet(json);
    o.resume = parser.isSet(resume);
    o.verbose = parser.isSet(verbose);
    bool ok = false;
    const double timeoutValue = parser.value(timeout).toDouble(&ok);
    if (!ok || !(timeoutValue > 0) || timeoutValue > 86'400)
        return fail(tr("--timeout must be a number of seconds between 1 and 86400."));
    o.timeoutS = int(std::ceil(timeoutValue));
    if (parser.isSet(apiBase)) {
        o.apiBase = QUrl(parser.value(apiBase), QUrl::StrictMode);
        if (!o.apiBase.isValid() || o.apiBase.scheme().isEmpty() || o.apiBase.host().isEmpty())
            return fail(tr("--api-base must be a URL such as https://api.bfl.ai."));
    } else if (const auto env = ServiceSettings::environmentBaseUrl()) {
        o.apiBase = *env;
    }
    if (parser.isSet(engine)) {
        o.engine = resultEngineFromName(parser.value(engine));
        if (!o.engine)
            return fail(tr("--engine must be flux or local."));
    }
    // Refused here, before any input is read; the offline engine contacts nothing.
    if (!o.apiBase.isEmpty() && o.engine != ResultEngine::Local)
        if (const QString problem = KeyPolicy::baseUrlProblem(o.apiBase); !problem.isEmpty())
            return fail(problem);
    if (parser.isSet(seed)) {
        o.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return fail(tr("--seed must be a whole number from 0 to 18446744073709551615."));
        if (o.engine == ResultEngine::Flux)
            return fail(tr("--seed applies to the offline engine only (--engine local)."));
    }
    const QStringList positional = parser.positionalArguments();
    if (o.resume) {
        if (!positional.isEmpty() || parser.isSet(output))
            return fail(tr("--resume takes no input or output: each task goes to the output it "
                           "was given."));
        return result;
    }

    if (positional.isEmpty())
        return fail(tr("Give an input image."));
    o.inputs = positional;
    o.planOnly = parser.isSet(plan);
    if (!parser.isSet(output) && !o.planOnly)
        return fail(tr("Give the output file with -o PATH."));
    o.output = parser.value(output); // empty with --plan alone: nothing is written
    if (parser.isSet(jobs)) {
        const auto n = parseInt(parser.value(jobs), &ok);
        if (!n || *n < 1 || *n > JobQueue::kMaxConcurrentLimit)
            return fail(tr("--jobs must be a whole number from 1 to %1.")
                            .arg(JobQueue::kMaxConcurrentLimit));
        o.jobs = *n;
    }
    if (parser.isSet(variations)) {
        const auto n = parseInt(parser.value(variations), &ok);
        if (!n || *n < 1 || *n > JobQueue::kMaxConcurrentLimit)
            return fail(tr("--variations must be a whole number from 1 to %1.")
                            .arg(JobQueue::kMaxConcurrentLimit));
        o.variations = *n;
    }
    if (parser.isSet(formats)) {
        QString error;
        const auto ratios = parseAspectRatios(parser.value(formats), &error);
        if (!ratios)
            return fail(tr("--formats: %1").arg(error));
        o.formats = *ratios;
    }
    o.outputIsFolder =
        !o.output.isEmpty() && (o.output.endsWith(u'/') || QFileInfo(o.output).isDir());
    const bool toFolder = o.outputIsFolder;
    o.batch = positional.size() > 1 || !o.formats.isEmpty() || o.variations > 1 || toFolder;
    std::optional<ImageFormat> chosen;
    if (parser.isSet(format)) {
        chosen = imageFormatFromName(parser.value(format).trimmed().toLower());
        if (!chosen)
            return fail(tr("--format must be png, jpeg or webp."));
    }
    if (o.batch) {
        if (o.planOnly)
            return fail(tr("--plan takes one input and one output."));
        if (o.outputIsStdout())
            return fail(tr("A batch writes several files: give a folder with -o DIR/."));
        if (!toFolder && positional.size() > 1)
            return fail(tr("Several inputs need a folder for the outputs: -o DIR/ (“%1” is not "
                           "a folder).")
                            .arg(o.output));
        if (parser.isSet(layer))
            return fail(tr("--layer picks a layer of one project (.outframe) to export."));
    }
    if (o.outputIsStdout()) {
        // Standard output carries the image, so it cannot carry the summary too.
        if (o.json)
            return fail(tr("--json and -o - both write to standard output; give an output "
                           "file."));
        o.outputFormat = chosen.value_or(ImageFormat::Png);
    } else if (o.batch && toFolder) {
        o.outputFormat = chosen.value_or(ImageFormat::Png);
    } else if (!o.output.isEmpty()) {
        const auto suffixFormat = imageFormatFromPath(o.output);
        if (!suffixFormat)
            return fail(
                tr("The output “%1” must end in .png, .jpg, .jpeg or .webp.").arg(o.output));
        if (chosen && *chosen != *suffixFormat)
            return fail(tr("--format %1 does not match the output “%2”.")
                            .arg(parser.value(format), o.output));
        o.outputFormat = *suffixFormat;
    }
    o.generation.outputFormat = o.outputFormat;

    o.project = !o.batch && QFileInfo(o.input()).suffix().compare(
                                QLatin1String(ProjectFile::kSuffix), Qt::CaseInsensitive) == 0;
    if (parser.isSet(layer)) {
        if (!o.project)
            return fail(tr("--layer picks a layer of a project (.outframe) to export."));
        const qulonglong id = parser.value(layer).trimmed().toULongLong(&ok);
        if (!ok || id == 0)
            return fail(tr("--layer must be a layer id, a whole number above 0."));
        o.layerId = id;
    }
    if (o.project) {
        // The project brings its own canvas, placement and results: silently ignoring one of
        // these would export something other than what the user asked for.
        for (const QCommandLineOption *generationOnly :
             {&width, &height, &offsetX, &offsetY, &autoCrop, &scale, &prompt, &mode, &safety,
              &engine, &noKeep, &extend, &aspect, &formats, &anchor}) {
            if (parser.isSet(*generationOnly))
                return fail(tr("--%1 does not apply when exporting a project.")
                                .arg(generationOnly->names().constLast()));
        }
        return result;
    }

    // One way of sizing the canvas: a fixed size, a growth of the sides, or ratios.
    const bool fixed = parser.isSet(width) || parser.isSet(height);
    const int ways = int(fixed) + int(parser.isSet(extend)) + int(parser.isSet(aspect)) +
                     int(parser.isSet(formats));
    if (ways == 0)
        return fail(tr("Give the canvas size with -W WIDTH and -H HEIGHT (in px), or "
                       "--extend, --aspect or --formats."));
    if (ways > 1)
        return fail(tr("Give one of -W/-H, --extend, --aspect and --formats."));
    if (!fixed)
        for (const QCommandLineOption *fixedOnly : {&offsetX, &offsetY, &autoCrop})
            if (parser.isSet(*fixedOnly))
                return fail(
                    tr("--%1 applies with -W/-H only.").arg(fixedOnly->names().constLast()));
    if (parser.isSet(anchor) && !parser.isSet(aspect) && !parser.isSet(formats))
        return fail(tr("--anchor applies with --aspect or --formats."));
    FrameRule &frame = o.frame;
    frame.scale = parser.value(scale).toDouble(&ok);
    if (!ok || Placement::clampReferenceScale(frame.scale) != frame.scale)
        return fail(tr("--scale must be a number from %1 to %2 (1 keeps the size).")
                        .arg(Placement::kMinReferenceScale)
                        .arg(Placement::kMaxReferenceScale));
    frame.shrinkToOneJob = !parser.isSet(scale);
    if (fixed) {
        if (!parser.isSet(width) || !parser.isSet(height))
            return fail(tr("Give the canvas size with -W WIDTH and -H HEIGHT (in px)."));
        const auto w = parseInt(parser.value(width), &ok);
        if (!w)
            return fail(tr("-W/--width must be a whole number of pixels."));
        const auto h = parseInt(parser.value(height), &ok);
        if (!h)
            return fail(tr("-H/--height must be a whole number of pixels."));
        frame.kind = FrameRule::Kind::Fixed;
        frame.canvas = QSize(*w, *h);
        if (parser.isSet(offsetX)) {
            frame.offsetX = parseInt(parser.value(offsetX), &ok);
            if (!frame.offsetX)
                return fail(tr("-x/--offset-x must be a whole number of pixels."));
        }
        if (parser.isSet(offsetY)) {
            frame.offsetY = parseInt(parser.value(offsetY), &ok);
            if (!frame.offsetY)
                return fail(tr("-y/--offset-y must be a whole number of pixels."));
        }
        frame.autoCrop = parser.isSet(autoCrop);
    } else if (parser.isSet(extend)) {
        QString error;
        const auto extension = parseExtension(parser.value(extend), &error);
        if (!extension)
            return fail(tr("--extend: %1").arg(error));
        frame.kind = FrameRule::Kind::Extend;
        frame.extension = *extension;
    } else {
        const auto where = formatAnchorFromName(parser.value(anchor));
        if (!where)
            return fail(tr("--anchor must be centre, left, right, top or bottom."));
        frame.kind = FrameRule::Kind::Aspect;
        frame.anchor = *where;
        if (parser.isSet(aspect)) {
            const auto ratio = parseAspectRatio(parser.value(aspect));
            if (!ratio)
                return fail(tr("--aspect must be a ratio such as 16:9 (whole numbers from 1 to "
                               "100)."));
            frame.ratio = *ratio;
        } else {
            frame.ratio = o.formats.first();
        }
    }
    o.generation.prompt = parser.value(prompt);
    const auto m = generationModeFromName(parser.value(mode));
    if (!m)
        return fail(tr("--mode must be high or fast."));
    o.generation.mode = *m;
    const auto tolerance = parseInt(parser.value(safety), &ok);
    if (!tolerance || *tolerance < OutpaintOptions::kMinSafetyTolerance ||
        *tolerance > OutpaintOptions::kMaxSafetyTolerance)
        return fail(tr("--safety-tolerance must be a whole number from 0 to 5."));
    o.generation.safetyTolerance = *tolerance;
    o.keepOriginal = !parser.isSet(noKeep);
    return result;
}

} // namespace outframe
