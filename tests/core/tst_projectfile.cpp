// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "projectfile.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "diskfull.h"
#include <zip.h>

using namespace outframe;

class TestProjectFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIsLossless();
    void stagedResultsRoundTrip();
    void emptyDocumentRoundTrips();
    void badFiles_data();
    void badFiles();
    void failedSaveKeepsTheOldProject();
    void formatVersion1FixtureOpens();
    void layerIdsAtTheLimitKeepSaving_data();
    void layerIdsAtTheLimitKeepSaving();
    void repeatedIdsNeverStopASave();
    void scaledReferenceRoundTrips_data();
    void scaledReferenceRoundTrips();
    void scaleOutsideTheRangeIsRefused_data();
    void scaleOutsideTheRangeIsRefused();

private:
    QTemporaryDir m_dir;
};

using Entries = QList<std::pair<QString, QByteArray>>;

// Test-side ZIP helpers, so bad files can be made part by part.
static QByteArray zipUp(const Entries &entries)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &err);
    zip_t *z = zip_open_from_source(target, ZIP_TRUNCATE, &err);
    zip_source_keep(target);
    for (const auto &[name, data] : entries) {
        zip_source_t *s = zip_source_buffer(z, data.constData(), zip_uint64_t(data.size()), 0);
        zip_file_add(z, name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8);
    }
    zip_close(z);
    zip_stat_t st;
    zip_source_stat(target, &st);
    zip_source_open(target);
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    zip_source_read(target, out.data(), st.size);
    zip_source_close(target);
    zip_source_free(target);
    return out;
}

static Entries unzip(const QByteArray &bytes)
{
    Entries out;
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *src =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &err);
    zip_t *z = zip_open_from_source(src, ZIP_RDONLY, &err);
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(z, zip_uint64_t(i), 0, &st);
        zip_file_t *f = zip_fopen_index(z, zip_uint64_t(i), 0);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        out.append({QString::fromUtf8(st.name), data});
    }
    zip_discard(z);
    return out;
}

static QImage noise(QSize size, bool alpha, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage img(size, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            img.setPixel(x, y, alpha ? rng.generate() : (0xff000000u | rng.generate()));
    return img;
}

static DocumentState richState()
{
    DocumentState s;
    s.reference = noise({90, 70}, true, 1); // translucent pixels must survive as well
    s.referencePath = QStringLiteral("/home/ärtist/photos/beach “1”.png");
    s.placement = Placement(QSize(200, 150), s.reference.size());
    s.placement.setReferenceScale(0.875);
    s.placement.setOffsetX(-3);
    s.placement.setAutoCrop(true);
    s.options.prompt = QStringLiteral("stormy sky, \"quotes\" & <brackets>\nline two");
    s.options.mode = GenerationMode::Fast;
    s.options.outputFormat = ImageFormat::Webp;
    s.options.safetyTolerance = 4;
    s.options.disablePromptUpsampling = true;
    for (int i = 0; i < 3; ++i) {
        ResultLayer l;
        l.id = quint64(10 + i);
        l.name = QStringLiteral("Layer %1 ✓").arg(i);
        l.image = noise({200, 150}, false, quint32(20 + i));
        l.engine = i == 1 ? ResultEngine::Local : ResultEngine::Flux;
        l.taskId = i == 1 ? QString() : QStringLiteral("3f2a-%1").arg(i);
        l.options = s.options;
        l.placement = s.placement;
        l.referenceRect = QRect(0, 40, 76, 61);
        if (i != 1)
            l.cost = 5.5 + i;
        l.created = QDateTime(QDate(2026, 11, 24), QTime(22, 10, 5, 250 + i), Qt::UTC);
        l.elapsedSeconds = 12.25 * (i + 1);
        l.sourcePath = QStringLiteral("/results/r%1.png").arg(i);
        l.visible = i != 2;
        l.opacity = 0.25 * (i + 1);
        l.starred = i == 0;
        l.seam.keepOriginal = i != 1;
        l.seam.featherPx = 4 * i;
        l.seam.colourMatch = i == 2;
        if (l.engine == ResultEngine::Local)
            l.seed = 18'446'744'073'709'551'557ULL; // beyond a double's exact integers
        s.layers << l;
    }
    s.activeLayerId = 11;
    s.nextLayerId = 13;
    return s;
}

// Equal pixels and fields; loaded images carry an sRGB tag, which is not a change.
static void compareStates(DocumentState a, DocumentState b)
{
    const auto untag = [](QImage &img) {
        if (!img.isNull())
            img.setColorSpace(QColorSpace());
    };
    for (DocumentState *s : {&a, &b}) {
        untag(s->reference);
        for (ResultLayer &l : s->layers)
            untag(l.image);
        for (ResultLayer &l : s->staged)
            untag(l.image);
    }
    QCOMPARE(a.reference, b.reference);
    QCOMPARE(a.referencePath, b.referencePath);
    QCOMPARE(a.placement, b.placement);
    QCOMPARE(a.options, b.options);
    QCOMPARE(a.layers.size(), b.layers.size());
    for (qsizetype i = 0; i < a.layers.size(); ++i)
        QVERIFY2(a.layers[i] == b.layers[i], qPrintable(QStringLiteral("layer %1 differs").arg(i)));
    QCOMPARE(a.activeLayerId, b.activeLayerId);
    QCOMPARE(a.staged.size(), b.staged.size());
    for (qsizetype i = 0; i < a.staged.size(); ++i)
        QVERIFY2(a.staged[i] == b.staged[i],
                 qPrintable(QStringLiteral("staged result %1 differs").arg(i)));
    QCOMPARE(a.shownStagedId, b.shownStagedId);
    QCOMPARE(a.nextLayerId, b.nextLayerId);
}

void TestProjectFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProjectFile::roundTripIsLossless()
{
    const DocumentState state = richState();
    const QString path = m_dir.filePath(QStringLiteral("session.outframe"));
    QString error;
    QVERIFY2(ProjectFile::save(state, path, &error), qPrintable(error));
    const ProjectFile::Loaded loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    compareStates(loaded.state, state);
    QVERIFY(loaded.sessionPath.isEmpty());

    // A recovery file remembers which project the session was editing.
    const QByteArray bytes = ProjectFile::serialize(state, &error, QStringLiteral("/p/x.outframe"));
    QCOMPARE(ProjectFile::loadData(bytes, QStringLiteral("r")).sessionPath,
             QStringLiteral("/p/x.outframe"));
    // The archive opens in any ZIP tool: mimetype first, the rest by name.
    const Entries entries = unzip(bytes);
    QCOMPARE(entries.first().first, QStringLiteral("mimetype"));
    QCOMPARE(entries.first().second, QByteArray("application/x-outframe-project"));
    QCOMPARE(entries.size(), 2 + 1 + 3);
}

void TestProjectFile::stagedResultsRoundTrip()
{
    // Results still waiting in the staging strip are part of the session: a save, an
    // autosave or a crash keeps them, with their seeds and the one shown.
    DocumentState state = richState();
    for (int i = 0; i < 2; ++i) {
        ResultLayer l = state.layers.at(1);
        l.id = quint64(13 + i);
        l.name = QStringLiteral("Variation %1").arg(13 + i);
        l.image = noise({200, 150}, false, quint32(40 + i));
        l.seed = quint64(7 + i);
        state.staged << l;
    }
    state.shownStagedId = 14;
    state.nextLayerId = 15;
    QString error;
    const QByteArray bytes = ProjectFile::serialize(state, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const ProjectFile::Loaded loaded = ProjectFile::loadData(bytes, QStringLiteral("staged"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    compareStates(loaded.state, state);
    QCOMPARE(unzip(bytes).size(), 2 + 1 + 3 + 2);

    // A staged result sharing a layer's id (a hand-edited file) is renumbered, not lost.
    DocumentState clash = state;
    clash.staged[0].id = 10;
    const ProjectFile::Loaded renumbered =
        ProjectFile::loadData(ProjectFile::serialize(clash, &error), QStringLiteral("clash"));
    QVERIFY2(renumbered.ok(), qPrintable(renumbered.error));
    QCOMPARE(renumbered.state.layers.size() + renumbered.state.staged.size(), 5);
    QSet<quint64> ids;
    for (const auto *list : {&renumbered.state.layers, &renumbered.state.staged})
        for (const ResultLayer &l : *list)
            ids.insert(l.id);
    QCOMPARE(ids.size(), 5);
    QCOMPARE(renumbered.state.shownStagedId, renumbered.state.staged.at(1).id);
}

void TestProjectFile::emptyDocumentRoundTrips()
{
    QString error;
    const QByteArray bytes = ProjectFile::serialize(DocumentState{}, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const ProjectFile::Loaded loaded = ProjectFile::loadData(bytes, QStringLiteral("empty"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    compareStates(loaded.state, DocumentState{});
}

void TestProjectFile::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");

    QString error;
    const QByteArray good = ProjectFile::serialize(richState(), &error);
    const Entries parts = unzip(good);
    const auto manifest = [&]() {
        for (const auto &[n, d] : parts)
            if (n == QLatin1String("project.json"))
                return QJsonDocument::fromJson(d).object();
        return QJsonObject();
    };
    // The good archive with its manifest replaced.
    const auto withManifest = [&](const QJsonObject &m) {
        Entries e = parts;
        for (auto &[n, d] : e)
            if (n == QLatin1String("project.json"))
                d = QJsonDocument(m).toJson();
        return zipUp(e);
    };
    const auto withLayer0 = [&](const char *key, const QJsonValue &v) {
        QJsonObject m = manifest();
        QJsonArray layers = m.value("layers").toArray();
        QJsonObject l = layers.at(0).toObject();
        l.insert(QLatin1String(key), v);
        layers.replace(0, l);
        m.insert("layers", layers);
        return withManifest(m);
    };

    // Six layers of 14000 x 14000 px (the review's 5.3 GB bomb): refused from the manifest,
    // before a single image is decoded, with what it needs and what is allowed.
    QJsonObject bomb = manifest();
    {
        QJsonArray layers;
        for (int i = 0; i < 6; ++i) {
            QJsonObject l = manifest().value("layers").toArray().at(0).toObject();
            l.insert("id", QString::number(100 + i));
            l.insert("file", QStringLiteral("layers/%1.png").arg(100 + i));
            l.insert("width", 14000);
            l.insert("height", 14000);
            layers.append(l);
        }
        bomb.insert("layers", layers);
    }
    QTest::newRow("over the session's memory budget")
        << withManifest(bomb)
        << "need 4.7 GB of memory (the reference and 6 layer(s)), more "
           "than the 1.1 GB";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("not a zip") << QByteArray("\x89PNG\r\n\x1a\nrest", 12)
                               << "not an Outframe project";
    QTest::newRow("truncated") << good.left(good.size() / 2) << "truncated or damaged";
    QTest::newRow("cut at the end") << good.left(good.size() - 10) << "truncated or damaged";
    QTest::newRow("another zip") << zipUp({{"readme.txt", "hello"}}) << "not an Outframe project";
    QTest::newRow("no manifest") << zipUp({{"mimetype", "application/x-outframe-project"}})
                                 << "“project.json” is missing";
    QTest::newRow("manifest not json")
        << zipUp({{"mimetype", "application/x-outframe-project"}, {"project.json", "{oops"}})
        << "description is damaged";
    QJsonObject newer = manifest();
    newer.insert("version", 7);
    QTest::newRow("newer version") << withManifest(newer) << "newer Outframe (project format 7";
    QJsonObject noVersion = manifest();
    noVersion.remove("version");
    QTest::newRow("no version") << withManifest(noVersion) << "version is missing";
    QJsonObject wrongType = manifest();
    wrongType.insert("placement", QStringLiteral("centre"));
    QTest::newRow("placement not an object") << withManifest(wrongType) << "“placement”";
    QTest::newRow("layer file outside the archive")
        << withLayer0("file", QStringLiteral("../../etc/passwd")) << "unexpected file";
    QTest::newRow("layer size lies") << withLayer0("width", 9999) << "does not have the size";
    QTest::newRow("opacity out of range") << withLayer0("opacity", 3) << "“opacity”";
    QTest::newRow("unknown engine")
        << withLayer0("engine", QStringLiteral("dalle")) << "unknown engine";
    QJsonObject dup = manifest();
    QJsonArray layers = dup.value("layers").toArray();
    layers.append(layers.at(0));
    dup.insert("layers", layers);
    QTest::newRow("repeated layer id") << withManifest(dup) << "repeated id";
    Entries missingImage;
    for (const auto &p : parts)
        if (!p.first.startsWith(QLatin1String("layers/")))
            missingImage.append(p);
    QTest::newRow("layer image missing") << zipUp(missingImage) << "“layers/10.png” is missing";
    Entries notPng = parts;
    for (auto &[n, d] : notPng)
        if (n == QLatin1String("reference.png"))
            d = "GIF89a not really";
    QTest::newRow("reference not an image") << zipUp(notPng) << "reference.png";
    // A flipped byte inside a stored PNG: the ZIP's CRC catches it.
    QByteArray flipped = good;
    const qsizetype at = flipped.indexOf("IDAT");
    flipped[at + 40] = char(flipped[at + 40] ^ 0x5a);
    QTest::newRow("flipped byte") << flipped << "damaged";
}

void TestProjectFile::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const ProjectFile::Loaded loaded = ProjectFile::loadData(bytes, QStringLiteral("bad.outframe"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QStringLiteral("bad.outframe")), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(message), qPrintable(loaded.error));
    QVERIFY(loaded.state.layers.isEmpty()); // nothing half-loaded
    QVERIFY(loaded.state.reference.isNull());
}

void TestProjectFile::failedSaveKeepsTheOldProject()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.outframe"));
    QString error;
    QVERIFY(ProjectFile::save(richState(), path, &error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();

    DocumentState bigger = richState();
    bigger.layers.append(bigger.layers.first());
    bigger.layers.last().id = 99;
    const bool saved =
        testing::withDiskFullAfter(4096, [&] { return ProjectFile::save(bigger, path, &error); });
    QVERIFY(!saved);
    QVERIFY2(error.contains(QStringLiteral("keep.outframe")), qPrintable(error));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
    QVERIFY(ProjectFile::load(path).ok());
    QVERIFY(!ProjectFile::load(m_dir.filePath(QStringLiteral("none.outframe"))).ok());
}

// The canvas lets the artist scale the image from 1 % to 400 %: every such project reopens.
void TestProjectFile::scaledReferenceRoundTrips_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("200 %") << 2.0;
    QTest::newRow("400 %") << 4.0;
    QTest::newRow("1 %") << 0.01;
}

void TestProjectFile::scaledReferenceRoundTrips()
{
    QFETCH(double, scale);
    DocumentState state = richState();
    state.placement.setReferenceScale(scale);
    state.layers[0].placement.setReferenceScale(scale);
    const QString path = m_dir.filePath(QStringLiteral("scaled.outframe"));
    QString error;
    QVERIFY2(ProjectFile::save(state, path, &error), qPrintable(error));
    const ProjectFile::Loaded loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.placement, state.placement);
    QCOMPARE(loaded.state.placement.referenceScale(), scale);
    QCOMPARE(loaded.state.layers[0].placement, state.layers[0].placement);
}

void TestProjectFile::scaleOutsideTheRangeIsRefused_data()
{
    QTest::addColumn<QJsonValue>("scale");
    QTest::newRow("401 %") << QJsonValue(4.01);
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("negative") << QJsonValue(-1);
    QTest::newRow("text") << QJsonValue(QStringLiteral("big"));
}

void TestProjectFile::scaleOutsideTheRangeIsRefused()
{
    QFETCH(QJsonValue, scale);
    QString error;
    Entries parts = unzip(ProjectFile::serialize(richState(), &error));
    for (auto &[name, data] : parts)
        if (name == QLatin1String("project.json")) {
            QJsonObject m = QJsonDocument::fromJson(data).object();
            QJsonObject p = m.value("placement").toObject();
            p.insert("reference_scale", scale);
            m.insert("placement", p);
            data = QJsonDocument(m).toJson();
        }
    const ProjectFile::Loaded loaded = ProjectFile::loadData(zipUp(parts), QStringLiteral("s"));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error.contains(QStringLiteral("reference scale")), qPrintable(loaded.error));
    QVERIFY2(loaded.error.contains(QStringLiteral("1 % to 400 %")), qPrintable(loaded.error));
}

// A project whose ids reach the end of the 64-bit range (hand-edited, or from a buggy build)
// opens, and keeps saving as results are added: ids are renumbered 1..n on loading.
void TestProjectFile::layerIdsAtTheLimitKeepSaving_data()
{
    QTest::addColumn<QString>("nextId");
    QTest::addColumn<QString>("lastLayerId");
    QTest::newRow("next id at 2^64-1") << "18446744073709551615"
                                       << "12";
    QTest::newRow("a layer at 2^64-1") << "18446744073709551615"
                                       << "18446744073709551615";
    QTest::newRow("next id below a layer's") << "11"
                                             << "12";
}

void TestProjectFile::layerIdsAtTheLimitKeepSaving()
{
    QFETCH(QString, nextId);
    QFETCH(QString, lastLayerId);
    QString error;
    Entries parts = unzip(ProjectFile::serialize(richState(), &error));
    for (auto &[name, data] : parts) {
        if (name == QLatin1String("project.json")) {
            QJsonObject m = QJsonDocument::fromJson(data).object();
            m.insert("next_layer_id", nextId);
            m.insert("active_layer", lastLayerId);
            QJsonArray layers = m.value("layers").toArray();
            QJsonObject last = layers.at(2).toObject();
            last.insert("id", lastLayerId);
            last.insert("file", QStringLiteral("layers/%1.png").arg(lastLayerId));
            layers.replace(2, last);
            m.insert("layers", layers);
            data = QJsonDocument(m).toJson();
        }
        if (name == QLatin1String("layers/12.png"))
            name = QStringLiteral("layers/%1.png").arg(lastLayerId);
    }
    const QString path = m_dir.filePath(QStringLiteral("limit.outframe"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(zipUp(parts));
    file.close();

    ProjectFile::Loaded loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(loaded.state.layers.at(i).id, quint64(i + 1));
    QCOMPARE(loaded.state.activeLayerId, quint64(3));
    QCOMPARE(loaded.state.nextLayerId, quint64(4));
    Document doc;
    doc.restore(loaded.state);
    QVERIFY2(ProjectFile::save(doc.state(), path, &error), qPrintable(error));
    loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    doc.restore(loaded.state);
    QCOMPARE(doc.layerCount(), 3);
    QCOMPARE(doc.layer(2).name, richState().layers.at(2).name);
    QCOMPARE(doc.activeLayerIndex(), 2); // the active layer stays the same layer

    // New results keep arriving; every save works and every layer keeps its own image.
    for (int i = 0; i < 3; ++i) {
        ResultLayer added = richState().layers.at(0);
        added.id = 0;
        added.name.clear();
        added.image = noise({200, 150}, false, quint32(100 + i));
        doc.addResult(added);
        QVERIFY2(ProjectFile::save(doc.state(), path, &error), qPrintable(error));
    }
    loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.layers.size(), 6);
    QSet<quint64> ids;
    for (const ResultLayer &l : std::as_const(loaded.state.layers)) {
        QVERIFY(l.id > 0 && l.id < loaded.state.nextLayerId);
        ids.insert(l.id);
    }
    QCOMPARE(ids.size(), 6);
    for (int i = 0; i < 3; ++i) {
        const QImage expected = noise({200, 150}, false, quint32(100 + i));
        QImage got = loaded.state.layers.at(3 + i).image;
        got.setColorSpace(QColorSpace());
        QCOMPARE(got, expected);
    }
    QCOMPARE(loaded.state.layers.at(2).name, richState().layers.at(2).name);
}

// Whatever ids a session holds, saving it works and keeps every layer.
void TestProjectFile::repeatedIdsNeverStopASave()
{
    DocumentState state = richState();
    state.layers[1].id = state.layers[0].id;
    state.activeLayerId = state.layers[2].id;
    QString error;
    const QByteArray bytes = ProjectFile::serialize(state, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    const ProjectFile::Loaded loaded = ProjectFile::loadData(bytes, QStringLiteral("r"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.state.layers.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(loaded.state.layers.at(i).id, quint64(i + 1));
        QCOMPARE(loaded.state.layers.at(i).name, state.layers.at(i).name);
    }
    QCOMPARE(loaded.state.activeLayerId, quint64(3));
    QCOMPARE(loaded.state.nextLayerId, quint64(4));
}

// The pattern tests/core/makeprojectfixture.cpp drew into tests/data/project-v1.outframe.
static QRgb fixturePixel(int x, int y, int seed)
{
    return qRgba((x * 7 + seed) & 0xff, (y * 11 + seed * 3) & 0xff, ((x ^ y) * 5) & 0xff,
                 255 - ((x + y + seed) % 4) * 40);
}

static bool hasFixturePattern(const QImage &image, int seed, bool alpha)
{
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb want =
                alpha ? fixturePixel(x, y, seed) : (fixturePixel(x, y, seed) | 0xff000000u);
            if (image.pixel(x, y) != want)
                return false;
        }
    return true;
}

// A project saved by the first release (format version 1) keeps opening with every detail.
void TestProjectFile::formatVersion1FixtureOpens()
{
    const QString path = QFINDTESTDATA("../data/project-v1.outframe");
    QVERIFY(!path.isEmpty());
    const ProjectFile::Loaded loaded = ProjectFile::load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const DocumentState &s = loaded.state;

    QCOMPARE(s.reference.size(), QSize(96, 64));
    QVERIFY(s.reference.hasAlphaChannel());
    QVERIFY(hasFixturePattern(s.reference, 0, true));
    QCOMPARE(s.referencePath, QStringLiteral("/home/artist/pictures/pattern.png"));
    Placement placement(QSize(160, 112), QSize(96, 64));
    placement.setReferenceScale(0.75);
    placement.setOffsetX(20);
    placement.setOffsetY(-4);
    QCOMPARE(s.placement, placement);
    QCOMPARE(s.options.prompt, QStringLiteral("a quiet harbour at dusk"));
    QCOMPARE(s.options.mode, GenerationMode::Fast);
    QCOMPARE(s.options.outputFormat, ImageFormat::Jpeg);
    QCOMPARE(s.options.safetyTolerance, 3);
    QVERIFY(s.options.disablePromptUpsampling);
    QCOMPARE(s.activeLayerId, quint64(7));
    QCOMPARE(s.nextLayerId, quint64(8));

    QCOMPARE(s.layers.size(), 2);
    const ResultLayer &a = s.layers.at(0);
    QCOMPARE(a.id, quint64(4));
    QCOMPARE(a.name, QStringLiteral("Variation 4"));
    QCOMPARE(a.engine, ResultEngine::Flux);
    QCOMPARE(a.taskId, QStringLiteral("7c1e2d3a-0b9f-4e8d-a1c2-5f6e7d8c9b0a"));
    QCOMPARE(a.options, s.options);
    QCOMPARE(a.placement, placement);
    QCOMPARE(a.referenceRect, QRect(20, -4, 72, 48));
    QCOMPARE(a.cost, std::optional<double>(10.0));
    QCOMPARE(a.created, QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 125), Qt::UTC));
    QCOMPARE(a.elapsedSeconds, 31.5);
    QCOMPARE(a.sourcePath, QStringLiteral("/home/artist/Pictures/Outframe/pattern-1.png"));
    QVERIFY(a.visible);
    QCOMPARE(a.opacity, 1.0);
    QVERIFY(a.starred);
    QCOMPARE(a.seam, (SeamSettings{true, 12, false}));
    QCOMPARE(a.image.size(), QSize(160, 112));
    QVERIFY(hasFixturePattern(a.image, 1, false));

    const ResultLayer &b = s.layers.at(1);
    QCOMPARE(b.id, quint64(7));
    QCOMPARE(b.name, QStringLiteral("Offline try"));
    QCOMPARE(b.engine, ResultEngine::Local);
    QVERIFY(b.taskId.isEmpty());
    QVERIFY(b.options.prompt.isEmpty());
    QVERIFY(!b.cost);
    QCOMPARE(b.created, QDateTime(QDate(2026, 11, 20), QTime(9, 41, 0), Qt::UTC));
    QCOMPARE(b.elapsedSeconds, 2.25);
    QVERIFY(b.sourcePath.isEmpty());
    QVERIFY(!b.visible);
    QCOMPARE(b.opacity, 0.5);
    QVERIFY(!b.starred);
    QCOMPARE(b.seam, (SeamSettings{false, 0, true}));
    QVERIFY(hasFixturePattern(b.image, 2, false));
}

QTEST_GUILESS_MAIN(TestProjectFile)
#include "tst_projectfile.moc"
