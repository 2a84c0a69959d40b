// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreport.h"

#include "qtbridge.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace outframe::bench {
namespace {

constexpr int kCell = 176;   // width of a column
constexpr int kThumbH = 110; // height of a thumbnail or crop
constexpr int kLabelH = 16;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString f2(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

QImage drawContactSheet(const QList<SheetRow> &rows)
{
    if (rows.isEmpty())
        return {};
    const int columns = int(rows.first().titles.size());
    const int rowH = kLabelH + 2 * (kThumbH + 4) + 6;
    QImage sheet(8 + columns * (kCell + 4), kLabelH + 4 + rowH * int(rows.size()),
                 QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter p(&sheet);
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int c = 0; c < columns; ++c)
        p.drawText(8 + c * (kCell + 4), 13, rows.first().titles.value(c));
    for (int r = 0; r < rows.size(); ++r) {
        const SheetRow &row = rows[r];
        const int top = kLabelH + 4 + r * rowH;
        p.drawText(8, top + 12,
                   QString("%1, %2 MP, %3 — below: %4")
                       .arg(row.spec.image)
                       .arg(row.spec.megapixels)
                       .arg(row.spec.shape, row.spec.note));
        for (int c = 0; c < row.images.size(); ++c) {
            const QImage &full = row.images[c];
            const int x = 8 + c * (kCell + 4);
            const QImage thumb =
                full.scaled(kCell, kThumbH, Qt::KeepAspectRatio, Qt::SmoothTransformation);
            p.drawImage(x, top + kLabelH, thumb);
            const QRectF f = row.spec.crop;
            const QRect crop(int(f.x() * full.width()), int(f.y() * full.height()),
                             int(f.width() * full.width()), int(f.height() * full.height()));
            p.drawImage(x, top + kLabelH + kThumbH + 4,
                        full.copy(crop).scaled(kCell, kThumbH, Qt::KeepAspectRatio,
                                               Qt::SmoothTransformation));
            // Where the crop comes from, on the thumbnail.
            p.setPen(QColor(255, 220, 0));
            p.drawRect(QRectF(x + f.x() * thumb.width(), top + kLabelH + f.y() * thumb.height(),
                              f.width() * thumb.width(), f.height() * thumb.height()));
            p.setPen(Qt::black);
        }
    }
    p.end();
    return sheet;
}

void writePhotoTable(QTextStream &out, const QList<PhotoScores> &photos, const QString &ours,
                     const QString &before)
{
    out << "| photograph (ring 2/3) | layout dB: replicate | Telea | before | ours | ours - "
           "replicate | detail: truth's ring / border | before | ours | PSNR dB: replicate | "
           "before | ours |\n";
    out << "|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    QList<double> deltas, details, beforeDeltas, beforeDetails, psnrOurs, psnrBefore, psnrRep;
    QList<double> continuedDetails;
    QStringList notContinued;
    for (const PhotoScores &ph : photos) {
        const FillScores rep = ph.byMethod.value("replicate");
        const FillScores tel = ph.byMethod.value("OpenCV Telea");
        const FillScores now = ph.byMethod.value(ours);
        const FillScores old = ph.byMethod.value(before);
        const double delta = now.layoutPsnr - rep.layoutPsnr;
        deltas << delta;
        beforeDeltas << old.layoutPsnr - rep.layoutPsnr;
        details << now.detailRatio;
        if (ph.holeOverBorder <= kContinuesBorder)
            continuedDetails << now.detailRatio;
        else
            notContinued << QString("%1 (%2)").arg(ph.photo, f2(ph.holeOverBorder));
        beforeDetails << old.detailRatio;
        psnrOurs << now.psnr;
        psnrBefore << old.psnr;
        psnrRep << rep.psnr;
        out << "| " << ph.photo << " (" << ph.megapixels << " MP) | " << f2(rep.layoutPsnr) << " | "
            << (ph.byMethod.contains("OpenCV Telea") ? f2(tel.layoutPsnr) : "—") << " | "
            << f2(old.layoutPsnr) << " | " << f2(now.layoutPsnr) << " | " << (delta >= 0 ? "+" : "")
            << f2(delta) << " | " << f2(ph.holeOverBorder) << " | " << f2(old.detailRatio) << " | "
            << f2(now.detailRatio) << " | " << f2(rep.psnr) << " | " << f2(old.psnr) << " | "
            << f2(now.psnr) << " |\n";
    }
    auto mean = [](const QList<double> &v) {
        return v.isEmpty() ? 0.0 : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    };
    auto minOf = [](const QList<double> &v) {
        return v.isEmpty() ? 0.0 : *std::min_element(v.begin(), v.end());
    };
    out << "\n"
        << photos.size() << " photographs. Layout, ours - replicate: mean " << f2(mean(deltas))
        << " dB, worst " << f2(minOf(deltas)) << " dB (before: mean " << f2(mean(beforeDeltas))
        << ", worst " << f2(minOf(beforeDeltas)) << "). Detail ratio, ours: median "
        << f2(median(details)) << ", min " << f2(minOf(details)) << " (before: median "
        << f2(median(beforeDetails)) << ", min " << f2(minOf(beforeDetails)) << "); min over the "
        << continuedDetails.size() << " photographs whose ring continues its border (truth's ring "
        << "/ border detail at most " << f2(kContinuesBorder) << ") " << f2(minOf(continuedDetails))
        << (notContinued.isEmpty() ? QString() : ", not those: " + notContinued.join(", "))
        << ". Pixel PSNR mean: replicate " << f2(mean(psnrRep)) << ", before "
        << f2(mean(psnrBefore)) << ", ours " << f2(mean(psnrOurs)) << " dB.\n";
}

} // namespace outframe::bench
