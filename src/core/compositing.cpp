#include "compositing.h"

#include "imageio.h"

#include <QPainter>

#include <cstring>

namespace outframe {

QImage pasteBackOriginal(const QImage &generated, const QImage &reference, const QRect &canvasRect)
{
    QImage out = ImageIO::normalised(generated);
    if (reference.hasAlphaChannel() && out.format() != QImage::Format_ARGB32)
        out = out.convertToFormat(QImage::Format_ARGB32);
    const QImage ref = reference.format() == out.format() || !reference.hasAlphaChannel()
                           ? reference.convertToFormat(out.format())
                           : reference.convertToFormat(QImage::Format_ARGB32);
    const QRect target = canvasRect.intersected(out.rect());
    if (target.isEmpty())
        return out;

    if (!ref.hasAlphaChannel()) {
        // Exact copy, row by row: no painter, so no rounding of any kind.
        const int srcX = target.x() - canvasRect.x();
        const int bytes = target.width() * 4;
        for (int y = target.top(); y <= target.bottom(); ++y) {
            const uchar *src = ref.constScanLine(y - canvasRect.y()) + srcX * 4;
            std::memcpy(out.scanLine(y) + target.x() * 4, src, size_t(bytes));
        }
        return out;
    }
    QPainter painter(&out);
    painter.drawImage(canvasRect.topLeft(), ref);
    return out;
}

} // namespace outframe
