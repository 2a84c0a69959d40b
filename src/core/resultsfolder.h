#pragma once

#include <QString>

namespace outframe {

// Where results are saved unless the artist chose another folder, and where History looks:
// the user's Pictures/Outframe (~/Pictures/Outframe when the system names no Pictures folder).
QString defaultResultsDirectory();

} // namespace outframe
