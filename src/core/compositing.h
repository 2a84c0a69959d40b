#pragma once

#include <QImage>
#include <QRect>

namespace outframe {

// Puts the original reference pixels back into a generated canvas at `canvasRect` (where they
// were sent), so the artist's pixels survive the round-trip through the model exactly.
// Opaque reference pixels replace the generated ones; translucent ones are drawn over them.
// The result has the generated image's size; parts of `canvasRect` outside it are ignored.
QImage pasteBackOriginal(const QImage &generated, const QImage &reference, const QRect &canvasRect);

} // namespace outframe
