// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace outframe {

// Keeps the warnings of Qt and the libraries under it ("libpng warning: iCCP: known incorrect
// sRGB profile", "QIODevice::seek ... sequential device") off the user's terminal: they say
// nothing the user can act on, and the CLI reports every real failure in its own words.
// Outframe's own warnings ("Outframe: ...") and critical messages still show; with `verbose`
// everything does.
void installTerminalMessageFilter(bool verbose);

// Whether a message of this type and text reaches the terminal (the filter's rule).
bool isShownOnTerminal(int type, const char *text, bool verbose);

} // namespace outframe
