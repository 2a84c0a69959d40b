// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The service's answers as Outframe parses them: submit (AsyncResponse), poll
// (ResultResponse), credits, HTTP error bodies (a 422's detail list), Retry-After.
// The first byte picks the parser so one target covers them all (CI time is per target).
#include "fluxprotocol.h"

#include <cstddef>
#include <cstdint>

using namespace outframe;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QString error;
    switch (data[0] % 6) {
    case 0:
        FluxProtocol::parseSubmitted(body, &error);
        break;
    case 1:
        if (const auto state = FluxProtocol::parseTaskState(body); state && state->isTerminal())
            FluxProtocol::errorForTaskState(*state);
        break;
    case 2:
        FluxProtocol::parseCredits(body);
        break;
    case 3:
        FluxProtocol::forbiddenOptionalFields(body);
        FluxProtocol::errorForHttpStatus(422, body, ApiCall::Submit);
        break;
    case 4:
        FluxProtocol::errorForHttpStatus(400 + (size % 200), body, ApiCall::Poll);
        break;
    default:
        FluxProtocol::retryAfterMs(body);
        break;
    }
    return 0;
}
