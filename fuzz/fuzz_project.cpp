// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The project loader. An odd first byte: the rest is the raw file. Even: the rest is the
// manifest, put into a valid ZIP with the mimetype and a small reference.png and layer, so
// the fuzzer reaches the manifest's rules instead of failing on the container.
#include "projectfile.h"

#include <QBuffer>
#include <QImage>

#include <zip.h>

#include <cstddef>
#include <cstdint>

using namespace outframe;

namespace {

QByteArray png(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(0xff3366aa);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray zipWithManifest(const QByteArray &manifest)
{
    static const QByteArray reference = png(QSize(8, 6));
    static const QByteArray layer = png(QSize(16, 12));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *zip = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    zip_source_keep(target);
    const auto add = [&](const char *name, const QByteArray &data) {
        zip_file_add(zip, name,
                     zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0),
                     ZIP_FL_ENC_UTF_8);
    };
    const QByteArray mime("application/x-outframe-project");
    add("mimetype", mime);
    add("project.json", manifest);
    add("reference.png", reference);
    add("layers/1.png", layer);
    zip_close(zip);
    QByteArray out;
    zip_stat_t st;
    if (zip_source_stat(target, &st) == 0 && zip_source_open(target) == 0) {
        out.resize(qsizetype(st.size));
        zip_source_read(target, out.data(), st.size);
        zip_source_close(target);
    }
    zip_source_free(target);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray file = (data[0] & 1) ? rest : zipWithManifest(rest);
    ProjectFile::loadData(file, QStringLiteral("fuzz.outframe"));
    return 0;
}
