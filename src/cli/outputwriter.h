#pragma once

#include "backend.h"
#include "outpaintoptions.h"

#include <QString>

namespace outframe {

// Writes a job's final image to the path a front end asked for (the CLI's -o): with
// `keepOriginal`, the sent reference pixels are put back exactly where they were sent
// (paste-back); the format follows the path's suffix. Atomic: an existing file is replaced
// only by a complete one. Slow for big images: call it off the GUI thread.
class OutputWriter
{
public:
    static bool write(const JobResult &result, const QString &path, bool keepOriginal,
                      QString *error);
};

} // namespace outframe
