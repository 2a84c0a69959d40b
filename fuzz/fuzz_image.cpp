// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Image import: every byte string an artist might drop, through the format allow-list, the
// header checks and the memory budget to the decoders.
#include "imageio.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace outframe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Image plugins (WebP, TIFF) are found through a core application.
    static int argc = 1;
    static char name[] = "fuzz_image";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    ImageIO::loadData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
                      QStringLiteral("fuzz"));
    return 0;
}
