// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "generationcontroller.h"
#include "projectactions.h"
#include "projectcontroller.h"
#include "servicesettings.h"
#include "studio.h"

#include <QStandardPaths>

#include <memory>

namespace outframe {

// The app as main() builds it, with the key in memory (`credentials`, taken over; an empty
// store when null) and the start-up work begun (the key lookup), but no recovery offer.
inline std::unique_ptr<Studio> startStudio(CredentialStore *credentials = nullptr)
{
    Studio::Options options;
    options.credentials = credentials ? credentials : new MemoryCredentialStore;
    auto studio = std::make_unique<Studio>(options);
    studio->start(false);
    return studio;
}

} // namespace outframe
