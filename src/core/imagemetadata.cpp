// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagemetadata.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QtEndian>

#include <zlib.h>

namespace outframe {

namespace {

constexpr int kMaxPromptInXmp = 8000;
const QByteArray kXmpPngKeyword = QByteArrayLiteral("XML:com.adobe.xmp");
const QByteArray kXmpJpegHeader = QByteArray("http://ns.adobe.com/xap/1.0/\0", 29);
const QString kOutframeNs = QStringLiteral("https://outframe.invalid/ns/1.0/");
const QString kIptcExtNs = QStringLiteral("http://iptc.org/std/Iptc4xmpExt/2008-02-29/");
const QString kXmpNs = QStringLiteral("http://ns.adobe.com/xap/1.0/");
const QString kDcNs = QStringLiteral("http://purl.org/dc/elements/1.1/");

QString attr(const QString &name, const QString &value)
{
    return QStringLiteral("\n    %1=\"%2\"").arg(name, value.toHtmlEscaped());
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

quint32 readBe32(const QByteArray &d, qsizetype at)
{
    return qFromBigEndian<quint32>(d.constData() + at);
}

quint32 readLe32(const QByteArray &d, qsizetype at)
{
    return qFromLittleEndian<quint32>(d.constData() + at);
}

// ---- PNG: an iTXt chunk right after IHDR -------------------------------------------------

const QByteArray kPngSignature = QByteArray("\x89PNG\r\n\x1a\n", 8);

QByteArray embedPng(const QByteArray &png, const QByteArray &xmp, QString *error)
{
    if (!png.startsWith(kPngSignature) || png.size() < 33 || png.mid(12, 4) != "IHDR") {
        *error =
            QCoreApplication::translate("outframe::ImageMetadata", "The PNG data is not valid.");
        return {};
    }
    QByteArray data = kXmpPngKeyword;
    data.append('\0').append('\0').append('\0'); // keyword end, uncompressed, method
    data.append('\0').append('\0');              // no language tag, no translated keyword
    data.append(xmp);
    const QByteArray type = QByteArrayLiteral("iTXt");
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(type.constData()), uInt(type.size()));
    crc = crc32(crc, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    const QByteArray chunk = be32(quint32(data.size())) + type + data + be32(quint32(crc));
    const qsizetype afterIhdr = 8 + 8 + readBe32(png, 8) + 4;
    QByteArray out = png;
    out.insert(afterIhdr, chunk);
    return out;
}

QByteArray extractPng(const QByteArray &png)
{
    qsizetype at = 8;
    while (at + 12 <= png.size()) {
        const quint32 length = readBe32(png, at);
        if (length > quint32(png.size() - at - 12))
            return {};
        const QByteArray type = png.mid(at + 4, 4);
        if (type == "iTXt") {
            const QByteArray data = png.mid(at + 8, length);
            if (data.startsWith(kXmpPngKeyword + '\0') && data.size() > kXmpPngKeyword.size() + 3 &&
                data.at(kXmpPngKeyword.size() + 1) == 0) { // uncompressed
                qsizetype p = kXmpPngKeyword.size() + 3;
                p = data.indexOf('\0', p); // language tag
                if (p >= 0)
                    p = data.indexOf('\0', p + 1); // translated keyword
                if (p >= 0)
                    return data.mid(p + 1);
            }
        }
        if (type == "IEND")
            return {};
        at += 12 + length;
    }
    return {};
}

// ---- JPEG: an APP1 segment after SOI and any APP0 (JFIF) ---------------------------------

QByteArray embedJpeg(const QByteArray &jpeg, const QByteArray &xmp, QString *error)
{
    if (jpeg.size() < 4 || quint8(jpeg[0]) != 0xFF || quint8(jpeg[1]) != 0xD8) {
        *error =
            QCoreApplication::translate("outframe::ImageMetadata", "The JPEG data is not valid.");
        return {};
    }
    const QByteArray payload = kXmpJpegHeader + xmp;
    if (payload.size() + 2 > 0xFFFF) {
        *error = QCoreApplication::translate("outframe::ImageMetadata",
                                             "The metadata is too large for a JPEG segment.");
        return {};
    }
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && quint8(jpeg[at]) == 0xFF && quint8(jpeg[at + 1]) == 0xE0)
        at += 2 + ((quint8(jpeg[at + 2]) << 8) | quint8(jpeg[at + 3]));
    QByteArray segment("\xFF\xE1", 2);
    const int length = int(payload.size()) + 2;
    segment.append(char(length >> 8)).append(char(length & 0xFF)).append(payload);
    QByteArray out = jpeg;
    out.insert(qMin(at, jpeg.size()), segment);
    return out;
}

QByteArray extractJpeg(const QByteArray &jpeg)
{
    qsizetype at = 2;
    while (at + 4 <= jpeg.size()) {
        if (quint8(jpeg[at]) != 0xFF)
            return {};
        const quint8 marker = quint8(jpeg[at + 1]);
        if (marker == 0xDA || marker == 0xD9) // start of scan / end: no more metadata
            return {};
        const int length = (quint8(jpeg[at + 2]) << 8) | quint8(jpeg[at + 3]);
        if (length < 2 || at + 2 + length > jpeg.size())
            return {};
        if (marker == 0xE1) {
            const QByteArray payload = jpeg.mid(at + 4, length - 2);
            if (payload.startsWith(kXmpJpegHeader))
                return payload.mid(kXmpJpegHeader.size());
        }
        at += 2 + length;
    }
    return {};
}

// ---- WebP: an "XMP " chunk, which needs the extended (VP8X) layout ----------------------

QByteArray riffChunk(const QByteArray &fourcc, const QByteArray &data)
{
    QByteArray c = fourcc + le32(quint32(data.size())) + data;
    if (data.size() % 2)
        c.append('\0');
    return c;
}

QByteArray embedWebp(const QByteArray &webp, QSize size, const QByteArray &xmp, QString *error)
{
    if (webp.size() < 20 || !webp.startsWith("RIFF") || webp.mid(8, 4) != "WEBP") {
        *error =
            QCoreApplication::translate("outframe::ImageMetadata", "The WebP data is not valid.");
        return {};
    }
    constexpr char kXmpFlag = 0x04;
    constexpr char kAlphaFlag = 0x10;
    QByteArray body = webp.mid(12);
    const QByteArray first = body.left(4);
    if (first == "VP8X") {
        body[8] = char(body[8] | kXmpFlag);
    } else if (first == "VP8 " || first == "VP8L") {
        char flags = kXmpFlag;
        // A lossless bitstream says whether it uses alpha: bit 28 after the 0x2f signature.
        if (first == "VP8L" && body.size() >= 13 && (quint8(body[8 + 4]) & 0x10))
            flags = char(flags | kAlphaFlag);
        QByteArray vp8x(10, '\0');
        vp8x[0] = flags;
        const quint32 w = quint32(size.width() - 1), h = quint32(size.height() - 1);
        for (int i = 0; i < 3; ++i) {
            vp8x[4 + i] = char((w >> (8 * i)) & 0xFF);
            vp8x[7 + i] = char((h >> (8 * i)) & 0xFF);
        }
        body.prepend(riffChunk("VP8X", vp8x));
    } else {
        *error = QCoreApplication::translate("outframe::ImageMetadata",
                                             "The WebP data has an unknown layout.");
        return {};
    }
    // Readers differ on whether a chunk's pad byte belongs to it (ImageMagick hands it to its
    // XML parser); XML allows trailing white space, so make the packet even-sized instead.
    body.append(riffChunk("XMP ", xmp.size() % 2 ? xmp + '\n' : xmp));
    return QByteArray("RIFF") + le32(quint32(body.size() + 4)) + QByteArray("WEBP") + body;
}

QByteArray extractWebp(const QByteArray &webp)
{
    if (webp.size() < 12 || !webp.startsWith("RIFF") || webp.mid(8, 4) != "WEBP")
        return {};
    qsizetype at = 12;
    while (at + 8 <= webp.size()) {
        const quint32 length = readLe32(webp, at + 4);
        if (length > quint32(webp.size() - at - 8))
            return {};
        if (webp.mid(at, 4) == "XMP ")
            return webp.mid(at + 8, length);
        at += 8 + length + (length % 2);
    }
    return {};
}

} // namespace

QByteArray buildXmp(const ExportMetadata &m)
{
    QString attrs;
    if (m.aiGenerated)
        attrs += attr(QStringLiteral("Iptc4xmpExt:DigitalSourceType"),
                      QString::fromLatin1(ExportMetadata::kDigitalSourceType));
    if (!m.software.isEmpty())
        attrs += attr(QStringLiteral("xmp:CreatorTool"), m.software);
    if (m.created.isValid())
        attrs += attr(QStringLiteral("xmp:CreateDate"), m.created.toUTC().toString(Qt::ISODate));
    const auto add = [&attrs](const char *name, const QString &value) {
        if (!value.isEmpty())
            attrs += attr(QStringLiteral("outframe:") + QLatin1String(name), value);
    };
    add("Engine", m.engine);
    add("TaskId", m.taskId);
    add("Mode", m.mode);
    if (m.canvasSize.isValid()) {
        add("CanvasWidth", QString::number(m.canvasSize.width()));
        add("CanvasHeight", QString::number(m.canvasSize.height()));
    }
    if (m.referenceRect.isValid()) {
        add("ReferenceX", QString::number(m.referenceRect.x()));
        add("ReferenceY", QString::number(m.referenceRect.y()));
        add("ReferenceWidth", QString::number(m.referenceRect.width()));
        add("ReferenceHeight", QString::number(m.referenceRect.height()));
    }
    add("ReferenceScale", QString::number(m.referenceScale, 'g', 10));
    add("AutoCrop", m.autoCrop ? QStringLiteral("True") : QStringLiteral("False"));

    QString description;
    if (!m.prompt.isEmpty())
        description = QStringLiteral("\n   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
                                     "%1</rdf:li></rdf:Alt></dc:description>")
                          .arg(m.prompt.left(kMaxPromptInXmp).toHtmlEscaped());

    const QString xml =
        QStringLiteral("<?xpacket begin=\"%7\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                       "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                       " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                       "  <rdf:Description rdf:about=\"\"\n"
                       "    xmlns:dc=\"%1\"\n    xmlns:xmp=\"%2\"\n    xmlns:Iptc4xmpExt=\"%3\"\n"
                       "    xmlns:outframe=\"%4\"%5>%6\n"
                       "  </rdf:Description>\n"
                       " </rdf:RDF>\n"
                       "</x:xmpmeta>\n"
                       "<?xpacket end=\"w\"?>")
            .arg(kDcNs, kXmpNs, kIptcExtNs, kOutframeNs, attrs, description,
                 QString(QChar(0xFEFF))); // the byte-order mark XMP readers expect
    return xml.toUtf8();
}

std::optional<ExportMetadata> parseXmp(const QByteArray &xmp)
{
    if (xmp.isEmpty())
        return std::nullopt;
    QXmlStreamReader reader(xmp);
    ExportMetadata m;
    m.aiGenerated = false;
    m.referenceScale = 1.0;
    bool sawDescription = false;
    bool inDcDescription = false;
    bool sawPrompt = false;
    int canvasW = -1, canvasH = -1, refX = 0, refY = 0, refW = -1, refH = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("description") && reader.namespaceUri() == kDcNs)
                inDcDescription = true;
            if (inDcDescription && reader.name() == QLatin1String("li") && !sawPrompt) {
                m.prompt = reader.readElementText();
                sawPrompt = true;
            }
            if (reader.name() != QLatin1String("Description"))
                continue;
            sawDescription = true;
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                const QString ns = a.namespaceUri().toString();
                const QString name = a.name().toString();
                const QString value = a.value().toString();
                if (ns == kIptcExtNs && name == QLatin1String("DigitalSourceType"))
                    m.aiGenerated = value == QLatin1String(ExportMetadata::kDigitalSourceType);
                else if (ns == kXmpNs && name == QLatin1String("CreatorTool"))
                    m.software = value;
                else if (ns == kXmpNs && name == QLatin1String("CreateDate"))
                    m.created = QDateTime::fromString(value, Qt::ISODate);
                else if (ns != kOutframeNs)
                    continue;
                else if (name == QLatin1String("Engine"))
                    m.engine = value;
                else if (name == QLatin1String("TaskId"))
                    m.taskId = value;
                else if (name == QLatin1String("Mode"))
                    m.mode = value;
                else if (name == QLatin1String("CanvasWidth"))
                    canvasW = value.toInt();
                else if (name == QLatin1String("CanvasHeight"))
                    canvasH = value.toInt();
                else if (name == QLatin1String("ReferenceX"))
                    refX = value.toInt();
                else if (name == QLatin1String("ReferenceY"))
                    refY = value.toInt();
                else if (name == QLatin1String("ReferenceWidth"))
                    refW = value.toInt();
                else if (name == QLatin1String("ReferenceHeight"))
                    refH = value.toInt();
                else if (name == QLatin1String("ReferenceScale"))
                    m.referenceScale = value.toDouble();
                else if (name == QLatin1String("AutoCrop"))
                    m.autoCrop = value == QLatin1String("True");
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("description")) {
            inDcDescription = false;
        }
    }
    if (reader.hasError() || !sawDescription)
        return std::nullopt;
    if (canvasW >= 0 && canvasH >= 0)
        m.canvasSize = QSize(canvasW, canvasH);
    if (refW >= 0 && refH >= 0)
        m.referenceRect = QRect(refX, refY, refW, refH);
    return m;
}

QByteArray embedXmp(const QByteArray &encoded, ImageFormat format, QSize size,
                    const QByteArray &xmp, QString *error)
{
    QString localError;
    QString *err = error ? error : &localError;
    switch (format) {
    case ImageFormat::Png:
        return embedPng(encoded, xmp, err);
    case ImageFormat::Jpeg:
        return embedJpeg(encoded, xmp, err);
    case ImageFormat::Webp:
        return embedWebp(encoded, size, xmp, err);
    }
    return {};
}

QByteArray extractXmp(const QByteArray &encoded)
{
    if (encoded.startsWith(kPngSignature))
        return extractPng(encoded);
    if (encoded.size() > 2 && quint8(encoded[0]) == 0xFF && quint8(encoded[1]) == 0xD8)
        return extractJpeg(encoded);
    return extractWebp(encoded);
}

} // namespace outframe
