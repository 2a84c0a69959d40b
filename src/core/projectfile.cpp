// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfile.h"

#include "imageio.h"

#include "numberformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

#include <zip.h>

#include <future>
#include <memory>
#include <optional>
#include <vector>

namespace outframe {

namespace {

constexpr qint64 kMaxManifestBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxImageBytes = 1024LL * 1024 * 1024; // a 200 MP PNG stays well below
constexpr int kMaxLayers = 1000;
constexpr qint64 kMaxFileBytes = 8LL * 1024 * 1024 * 1024;
const char *const kManifest = "project.json";
const char *const kReference = "reference.png";

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("outframe::ProjectFile", text, disambiguation, n);
}

// ---- writing -------------------------------------------------------------------------

QJsonValue optionalInt(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject rectJson(const QRect &r)
{
    return {{"x", r.x()}, {"y", r.y()}, {"width", r.width()}, {"height", r.height()}};
}

QJsonObject placementJson(const Placement &p)
{
    return {{"canvas_width", p.canvasSize().width()},
            {"canvas_height", p.canvasSize().height()},
            {"reference_width", p.referenceNativeSize().width()},
            {"reference_height", p.referenceNativeSize().height()},
            {"reference_scale", p.referenceScale()},
            {"reference_offset_x", optionalInt(p.offsetX())},
            {"reference_offset_y", optionalInt(p.offsetY())},
            {"auto_crop", p.autoCrop()}};
}

QJsonObject optionsJson(const OutpaintOptions &o)
{
    return {{"prompt", o.prompt},
            {"mode", generationModeName(o.mode)},
            {"output_format", imageFormatName(o.outputFormat)},
            {"safety_tolerance", o.safetyTolerance},
            {"disable_pup", o.disablePromptUpsampling}};
}

QString layerFile(quint64 id)
{
    return QStringLiteral("layers/%1.png").arg(id);
}

QJsonObject layerJson(const ResultLayer &l)
{
    return {{"id", QString::number(l.id)},
            {"name", l.name},
            {"file", layerFile(l.id)},
            {"width", l.image.width()},
            {"height", l.image.height()},
            {"engine", resultEngineName(l.engine)},
            {"task_id", l.taskId},
            {"options", optionsJson(l.options)},
            {"placement", placementJson(l.placement)},
            {"reference_rect", rectJson(l.referenceRect)},
            {"cost", l.cost ? QJsonValue(*l.cost) : QJsonValue(QJsonValue::Null)},
            {"created",
             l.created.isValid() ? l.created.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {"elapsed_s", l.elapsedSeconds},
            {"source_path", l.sourcePath},
            // A string: a 64-bit seed is not exact as a JSON number.
            {"seed", l.seed ? QJsonValue(QString::number(*l.seed)) : QJsonValue(QJsonValue::Null)},
            {"visible", l.visible},
            {"opacity", l.opacity},
            {"starred", l.starred},
            {"seam", QJsonObject{{"keep_original", l.seam.keepOriginal},
                                 {"feather_px", l.seam.featherPx},
                                 {"colour_match", l.seam.colourMatch}}}};
}

QByteArray encodePng(const QImage &image)
{
    // zlib level 1: fast, as projects are saved and autosaved often. Lossless either way.
    return ImageIO::encode(image, ImageFormat::Png, 100, nullptr, 1);
}

struct ZipSourceDeleter
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};
using ZipSource = std::unique_ptr<zip_source_t, ZipSourceDeleter>;

// ---- reading -------------------------------------------------------------------------

class Reader
{
public:
    explicit Reader(const QString &name) : m_name(name) {}
    QString error;

    bool fail(const QString &why)
    {
        if (error.isEmpty())
            error = QCoreApplication::translate("outframe::ProjectFile",
                                                "Cannot open the project “%1”: %2")
                        .arg(m_name, why);
        return false;
    }

    QJsonObject object(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isObject())
            fail(QCoreApplication::translate("outframe::ProjectFile",
                                             "the entry “%1” is missing or not an object.")
                     .arg(QLatin1String(key)));
        return v.toObject();
    }
    double number(const QJsonObject &o, const char *key, double lo, double hi)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble() || v.toDouble() < lo || v.toDouble() > hi) {
            fail(QCoreApplication::translate("outframe::ProjectFile",
                                             "the value “%1” is missing or out of range.")
                     .arg(QLatin1String(key)));
            return lo;
        }
        return v.toDouble();
    }
    int integer(const QJsonObject &o, const char *key, int lo, int hi)
    {
        const double d = number(o, key, lo, hi);
        if (d != std::floor(d))
            fail(QCoreApplication::translate("outframe::ProjectFile",
                                             "the value “%1” is not a whole number.")
                     .arg(QLatin1String(key)));
        return int(d);
    }
    std::optional<int> optionalInteger(const QJsonObject &o, const char *key)
    {
        if (o.value(QLatin1String(key)).isNull())
            return std::nullopt;
        return integer(o, key, -1'000'000, 1'000'000);
    }
    bool boolean(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isBool())
            fail(QCoreApplication::translate("outframe::ProjectFile",
                                             "the value “%1” is missing or not true/false.")
                     .arg(QLatin1String(key)));
        return v.toBool();
    }
    QString string(const QJsonObject &o, const char *key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString())
            fail(QCoreApplication::translate("outframe::ProjectFile",
                                             "the value “%1” is missing or not text.")
                     .arg(QLatin1String(key)));
        return v.toString();
    }

    double referenceScale(const QJsonObject &o)
    {
        const QJsonValue v = o.value(QLatin1String("reference_scale"));
        const double scale = v.toDouble();
        if (!v.isDouble() || Placement::clampReferenceScale(scale) != scale) {
            fail(QCoreApplication::translate(
                     "outframe::ProjectFile",
                     "the reference scale %1 is outside the range Outframe supports (%2 to "
                     "%3).")
                     .arg(v.isDouble() ? QString::number(scale) : v.toVariant().toString())
                     .arg(NumberFormat::percent(Placement::kMinReferenceScale * 100, -1),
                          NumberFormat::percent(Placement::kMaxReferenceScale * 100, -1)));
            return 1.0;
        }
        return scale;
    }

    Placement placement(const QJsonObject &o)
    {
        // -1 is an unset size (a session with no image yet).
        constexpr int kMax = 1'000'000;
        Placement p(
            QSize(integer(o, "canvas_width", -1, kMax), integer(o, "canvas_height", -1, kMax)),
            QSize(integer(o, "reference_width", -1, kMax),
                  integer(o, "reference_height", -1, kMax)));
        p.setReferenceScale(referenceScale(o));
        p.setOffsetX(optionalInteger(o, "reference_offset_x"));
        p.setOffsetY(optionalInteger(o, "reference_offset_y"));
        p.setAutoCrop(boolean(o, "auto_crop"));
        return p;
    }

    OutpaintOptions options(const QJsonObject &o)
    {
        OutpaintOptions opt;
        opt.prompt = string(o, "prompt");
        const auto mode = generationModeFromName(string(o, "mode"));
        const auto format = imageFormatFromName(string(o, "output_format"));
        if (!mode || !format)
            fail(QCoreApplication::translate(
                "outframe::ProjectFile",
                "the generation settings name an unknown mode or format."));
        opt.mode = mode.value_or(GenerationMode::High);
        opt.outputFormat = format.value_or(ImageFormat::Png);
        opt.safetyTolerance = integer(o, "safety_tolerance", OutpaintOptions::kMinSafetyTolerance,
                                      OutpaintOptions::kMaxSafetyTolerance);
        opt.disablePromptUpsampling = boolean(o, "disable_pup");
        return opt;
    }

    QRect rect(const QJsonObject &o)
    {
        constexpr int kMax = 1'000'000;
        return QRect(integer(o, "x", -kMax, kMax), integer(o, "y", -kMax, kMax),
                     integer(o, "width", 0, kMax), integer(o, "height", 0, kMax));
    }

private:
    QString m_name;
};

struct ZipArchive
{
    zip_t *zip = nullptr;
    ~ZipArchive()
    {
        if (zip)
            zip_discard(zip);
    }
};

// Reads one entry whole, refusing anything larger than `limit` before inflating it.
QByteArray readEntry(zip_t *zip, const QString &name, qint64 limit, Reader &reader)
{
    const QByteArray utf8 = name.toUtf8();
    const zip_int64_t index = zip_name_locate(zip, utf8.constData(), ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        reader.fail(
            QCoreApplication::translate("outframe::ProjectFile", "the part “%1” is missing.")
                .arg(name));
        return {};
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, zip_uint64_t(index), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
        reader.fail(
            QCoreApplication::translate("outframe::ProjectFile", "the part “%1” is damaged.")
                .arg(name));
        return {};
    }
    if (st.size > zip_uint64_t(limit)) {
        reader.fail(QCoreApplication::translate("outframe::ProjectFile",
                                                "the part “%1” is implausibly large.")
                        .arg(name));
        return {};
    }
    zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(index), 0);
    if (!file) {
        reader.fail(QCoreApplication::translate("outframe::ProjectFile",
                                                "the part “%1” cannot be read (%2).")
                        .arg(name, QString::fromUtf8(zip_strerror(zip))));
        return {};
    }
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    qint64 got = 0;
    while (got < qint64(st.size)) {
        const zip_int64_t n = zip_fread(file, data.data() + got, st.size - zip_uint64_t(got));
        if (n <= 0)
            break;
        got += n;
    }
    // The CRC is checked once the entry has been read to its end.
    char extra;
    const bool crcOk = got == qint64(st.size) && zip_fread(file, &extra, 1) == 0;
    const QString why = QString::fromUtf8(zip_file_strerror(file));
    zip_fclose(file);
    if (!crcOk) {
        reader.fail(
            QCoreApplication::translate("outframe::ProjectFile", "the part “%1” is damaged (%2).")
                .arg(name, why));
        return {};
    }
    return data;
}

QImage readPng(zip_t *zip, const QString &name, QSize expected, Reader &reader)
{
    const QByteArray bytes = readEntry(zip, name, kMaxImageBytes, reader);
    if (bytes.isEmpty())
        return {};
    // The session budget was checked against the manifest's sizes: hold the image to them
    // before decoding, or a lying manifest would get round it.
    QByteArray format;
    const QSize declared = ImageIO::headerSize(bytes, &format);
    if (format == "png" && declared.isValid() && declared != expected) {
        reader.fail(QCoreApplication::translate(
                        "outframe::ProjectFile",
                        "the image “%1” does not have the size the project records.")
                        .arg(name));
        return {};
    }
    const LoadedImage loaded = ImageIO::loadData(bytes, name);
    if (!loaded.ok()) {
        reader.fail(loaded.error);
        return {};
    }
    if (loaded.format != "png") {
        reader.fail(
            QCoreApplication::translate("outframe::ProjectFile", "the image “%1” is not a PNG.")
                .arg(name));
        return {};
    }
    if (loaded.image.size() != expected) {
        reader.fail(QCoreApplication::translate(
                        "outframe::ProjectFile",
                        "the image “%1” does not have the size the project records.")
                        .arg(name));
        return {};
    }
    return loaded.image;
}

// The memory the reference and the layers will take once loaded, from the manifest's sizes
// (each image is held to them before it is decoded): over the session budget, nothing is
// decoded at all.
bool withinSessionBudget(const QJsonObject &manifest, Reader &reader)
{
    const auto sizeOf = [](const QJsonObject &o) {
        const auto side = [&](const char *key) {
            return qBound(qint64(0), qint64(o.value(QLatin1String(key)).toDouble()),
                          qint64(1000000));
        };
        return side("width") * side("height") * 4;
    };
    qint64 bytes = sizeOf(manifest.value("reference").toObject());
    const QJsonArray layers = manifest.value("layers").toArray();
    const QJsonArray staged = manifest.value("staged").toArray();
    for (const QJsonValue &layer : layers + staged)
        bytes += sizeOf(layer.toObject());
    if (bytes <= ImageIO::kSessionBudgetBytes)
        return true;
    reader.fail(
        QCoreApplication::translate(
            "outframe::ProjectFile",
            "its images need %1 of memory (the reference and %n layer(s)), more than "
            "the %2 Outframe allows for one session.",
            nullptr, int(layers.size() + staged.size()))
            .arg(NumberFormat::bytes(bytes), NumberFormat::bytes(ImageIO::kSessionBudgetBytes)));
    return false;
}

// One layer record and its image; nothing (and `reader`'s error) when either is unusable.
// `ids` collects the ids read so far: each must be new.
std::optional<ResultLayer> readLayer(const QJsonValue &v, zip_t *zip, QSet<quint64> &ids,
                                     Reader &reader)
{
    if (!v.isObject()) {
        reader.fail(QCoreApplication::translate("outframe::ProjectFile",
                                                "a layer record is not an object."));
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    ResultLayer l;
    bool ok = false;
    l.id = reader.string(o, "id").toULongLong(&ok);
    if (!ok || l.id == 0 || ids.contains(l.id))
        reader.fail(QCoreApplication::translate("outframe::ProjectFile",
                                                "a layer has a missing or repeated id."));
    ids.insert(l.id);
    l.name = reader.string(o, "name");
    const auto engine = resultEngineFromName(reader.string(o, "engine"));
    if (!engine)
        reader.fail(QCoreApplication::translate("outframe::ProjectFile",
                                                "a layer names an unknown engine."));
    l.engine = engine.value_or(ResultEngine::Flux);
    l.taskId = reader.string(o, "task_id");
    l.options = reader.options(reader.object(o, "options"));
    l.placement = reader.placement(reader.object(o, "placement"));
    l.referenceRect = reader.rect(reader.object(o, "reference_rect"));
    if (o.value("cost").isDouble())
        l.cost = o.value("cost").toDouble();
    const QString created = reader.string(o, "created");
    if (!created.isEmpty())
        l.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    l.elapsedSeconds = reader.number(o, "elapsed_s", 0, 1e9);
    l.sourcePath = reader.string(o, "source_path");
    if (o.value("seed").isString()) {
        l.seed = o.value("seed").toString().toULongLong(&ok);
        if (!ok)
            reader.fail(QCoreApplication::translate("outframe::ProjectFile",
                                                    "a layer's seed is not a whole number."));
    }
    l.visible = reader.boolean(o, "visible");
    l.opacity = reader.number(o, "opacity", 0, 1);
    l.starred = reader.boolean(o, "starred");
    const QJsonObject seam = reader.object(o, "seam");
    l.seam.keepOriginal = reader.boolean(seam, "keep_original");
    l.seam.featherPx = reader.integer(seam, "feather_px", 0, SeamSettings::kMaxFeather);
    l.seam.colourMatch = reader.boolean(seam, "colour_match");
    const QSize size(reader.integer(o, "width", 1, 1'000'000),
                     reader.integer(o, "height", 1, 1'000'000));
    // The file name is ours to decide, never the manifest's: nothing outside the
    // archive's own layout is ever opened.
    if (reader.string(o, "file") != layerFile(l.id))
        reader.fail(QCoreApplication::translate("outframe::ProjectFile",
                                                "a layer record names an unexpected file."));
    if (!reader.error.isEmpty())
        return std::nullopt;
    l.image = readPng(zip, layerFile(l.id), size, reader);
    if (!reader.error.isEmpty())
        return std::nullopt;
    return l;
}

} // namespace

QByteArray ProjectFile::serialize(const DocumentState &original, QString *error,
                                  const QString &sessionPath)
{
    // Each layer's part is named by its id: ids that repeat would make the save fail.
    DocumentState state = original;
    normaliseLayerIds(state);

    const auto fail = [error](const QString &why) {
        if (error)
            *error = tr("Could not save the project: %1").arg(why);
        return QByteArray();
    };

    // Encode every image at once on the machine's cores: PNG is the slow part of a save.
    struct Part
    {
        QString name;
        QByteArray data;
        bool compress;
    };
    std::vector<std::future<QByteArray>> encodings;
    if (!state.reference.isNull())
        encodings.push_back(std::async(std::launch::async, encodePng, state.reference));
    const QList<ResultLayer> all = state.layers + state.staged;
    for (const ResultLayer &l : all)
        encodings.push_back(std::async(std::launch::async, encodePng, l.image));

    QJsonObject manifest{{"format", "outframe-project"},
                         {"version", kVersion},
                         {"saved", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                         {"placement", placementJson(state.placement)},
                         {"options", optionsJson(state.options)},
                         {"active_layer", QString::number(state.activeLayerId)},
                         {"next_layer_id", QString::number(state.nextLayerId)}};
    if (!state.reference.isNull())
        manifest.insert("reference", QJsonObject{{"file", kReference},
                                                 {"width", state.reference.width()},
                                                 {"height", state.reference.height()},
                                                 {"source_path", state.referencePath}});
    QJsonArray layers;
    for (const ResultLayer &l : state.layers)
        layers.append(layerJson(l));
    manifest.insert("layers", layers);
    if (!state.staged.isEmpty()) {
        QJsonArray staged;
        for (const ResultLayer &l : state.staged)
            staged.append(layerJson(l));
        manifest.insert("staged", staged);
        manifest.insert("shown_staged", QString::number(state.shownStagedId));
    }
    if (!sessionPath.isEmpty())
        manifest.insert("session", QJsonObject{{"project_path", sessionPath}});

    QList<Part> parts;
    parts.append({QStringLiteral("mimetype"), QByteArray(kMimeType), false});
    parts.append({QLatin1String(kManifest), QJsonDocument(manifest).toJson(), true});
    int next = 0;
    if (!state.reference.isNull())
        parts.append({QLatin1String(kReference), encodings[size_t(next++)].get(), false});
    for (const ResultLayer &l : all)
        parts.append({layerFile(l.id), encodings[size_t(next++)].get(), false});
    for (const Part &p : parts)
        if (p.data.isEmpty())
            return fail(tr("the image %1 could not be encoded.").arg(p.name));

    zip_error_t zerr;
    zip_error_init(&zerr);
    ZipSource target(zip_source_buffer_create(nullptr, 0, 0, &zerr));
    if (!target)
        return fail(QString::fromUtf8(zip_error_strerror(&zerr)));
    zip_t *zip = zip_open_from_source(target.get(), ZIP_TRUNCATE, &zerr);
    if (!zip)
        return fail(QString::fromUtf8(zip_error_strerror(&zerr)));
    zip_source_keep(target.get()); // the archive's bytes are read back from it after close
    for (const Part &p : parts) {
        zip_source_t *src =
            zip_source_buffer(zip, p.data.constData(), zip_uint64_t(p.data.size()), 0);
        const zip_int64_t index =
            src ? zip_file_add(zip, p.name.toUtf8().constData(), src, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (src)
                zip_source_free(src);
            const QString why = QString::fromUtf8(zip_strerror(zip));
            zip_discard(zip);
            return fail(why);
        }
        // PNG is already compressed: deflating it again only costs time.
        zip_set_file_compression(zip, zip_uint64_t(index),
                                 p.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
    }
    if (zip_close(zip) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(zip));
        zip_discard(zip);
        return fail(why);
    }

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_source_stat(target.get(), &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        zip_source_open(target.get()) != 0)
        return fail(tr("the archive could not be assembled."));
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t n = zip_source_read(target.get(), out.data(), st.size);
    zip_source_close(target.get());
    if (n != zip_int64_t(st.size))
        return fail(tr("the archive could not be assembled."));
    return out;
}

bool ProjectFile::save(const DocumentState &state, const QString &path, QString *error,
                       const QString &sessionPath)
{
    const QByteArray bytes = serialize(state, error, sessionPath);
    if (bytes.isEmpty())
        return false;
    return ImageIO::writeFileAtomically(path, bytes, error);
}

ProjectFile::Loaded ProjectFile::load(const QString &path)
{
    Loaded out;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        out.error = tr("Cannot open the project “%1”: the file does not exist.").arg(name);
        return out;
    }
    if (file.size() > kMaxFileBytes) {
        out.error = tr("Cannot open the project “%1”: the file is implausibly large.").arg(name);
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = tr("Cannot open the project “%1”: %2").arg(name, file.errorString());
        return out;
    }
    return loadData(file.readAll(), name);
}

ProjectFile::Loaded ProjectFile::loadData(const QByteArray &data, const QString &name)
{
    Loaded out;
    Reader reader(name);
    const auto finish = [&]() {
        out.error = reader.error;
        if (!out.ok())
            out.state = DocumentState{};
        return out;
    };
    if (data.isEmpty()) {
        reader.fail(tr("the file is empty."));
        return finish();
    }
    if (!data.startsWith("PK")) {
        reader.fail(tr("this is not an Outframe project."));
        return finish();
    }

    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t *src =
        zip_source_buffer_create(data.constData(), zip_uint64_t(data.size()), 0, &zerr);
    if (!src) {
        reader.fail(QString::fromUtf8(zip_error_strerror(&zerr)));
        return finish();
    }
    ZipArchive archive;
    archive.zip = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
    if (!archive.zip) {
        zip_source_free(src);
        reader.fail(tr("the file is truncated or damaged (%1).")
                        .arg(QString::fromUtf8(zip_error_strerror(&zerr))));
        return finish();
    }

    const QByteArray mime = readEntry(archive.zip, QStringLiteral("mimetype"), 256, reader);
    if (!reader.error.isEmpty() || mime != kMimeType) {
        reader.error.clear();
        reader.fail(tr("this is not an Outframe project."));
        return finish();
    }
    const QByteArray manifestBytes =
        readEntry(archive.zip, QLatin1String(kManifest), kMaxManifestBytes, reader);
    if (!reader.error.isEmpty())
        return finish();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &parseError);
    if (!doc.isObject()) {
        reader.fail(tr("the project description is damaged (%1).").arg(parseError.errorString()));
        return finish();
    }
    const QJsonObject m = doc.object();
    if (m.value("format").toString() != QLatin1String("outframe-project")) {
        reader.fail(tr("this is not an Outframe project."));
        return finish();
    }
    const QJsonValue version = m.value("version");
    if (!version.isDouble() || version.toDouble() < 1) {
        reader.fail(tr("the format version is missing."));
        return finish();
    }
    if (version.toDouble() > kVersion) {
        reader.fail(tr("it was saved by a newer Outframe (project format %1; this version reads "
                       "up to %2). Update Outframe to open it.")
                        .arg(version.toInt())
                        .arg(kVersion));
        return finish();
    }

    if (!withinSessionBudget(m, reader))
        return finish();

    DocumentState &s = out.state;
    s.placement = reader.placement(reader.object(m, "placement"));
    s.options = reader.options(reader.object(m, "options"));
    bool idOk = false;
    s.activeLayerId = reader.string(m, "active_layer").toULongLong(&idOk);
    s.nextLayerId = reader.string(m, "next_layer_id").toULongLong(&idOk);
    if (!reader.error.isEmpty())
        return finish();
    if (m.contains("reference")) {
        const QJsonObject ref = reader.object(m, "reference");
        const QSize size(reader.integer(ref, "width", 1, 1'000'000),
                         reader.integer(ref, "height", 1, 1'000'000));
        s.referencePath = reader.string(ref, "source_path");
        if (reader.string(ref, "file") != QLatin1String(kReference))
            reader.fail(tr("the reference entry is invalid."));
        if (!reader.error.isEmpty())
            return finish();
        s.reference = readPng(archive.zip, QLatin1String(kReference), size, reader);
        if (!reader.error.isEmpty())
            return finish();
    }
    const QJsonValue layersValue = m.value("layers");
    if (!layersValue.isArray() || layersValue.toArray().size() > kMaxLayers) {
        reader.fail(tr("the list of layers is missing or too long."));
        return finish();
    }
    QSet<quint64> ids;
    for (const QJsonValue &v : layersValue.toArray()) {
        std::optional<ResultLayer> l = readLayer(v, archive.zip, ids, reader);
        if (!l)
            return finish();
        s.layers.append(*l);
    }
    // Results still waiting in the staging strip (absent in projects saved without any).
    const QJsonValue stagedValue = m.value("staged");
    if (!stagedValue.isUndefined() &&
        (!stagedValue.isArray() || stagedValue.toArray().size() > kMaxLayers)) {
        reader.fail(tr("the list of results to choose from is not a list or too long."));
        return finish();
    }
    for (const QJsonValue &v : stagedValue.toArray()) {
        std::optional<ResultLayer> l = readLayer(v, archive.zip, ids, reader);
        if (!l)
            return finish();
        s.staged.append(*l);
    }
    s.shownStagedId = m.value("shown_staged").toString().toULongLong();
    if (m.value("session").isObject())
        out.sessionPath = m.value("session").toObject().value("project_path").toString();
    // Ids near the 64-bit end, or a next id an existing layer already has, would make a new
    // layer share an id (and a layers/<id>.png name) with another: renumber them now.
    normaliseLayerIds(s);
    return finish();
}

} // namespace outframe
