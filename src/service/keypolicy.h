// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace outframe {

// Decides which URLs the API key may travel to, and which URLs may be contacted at all.
//
// The key (header `x-key`) goes only
//  - over https to a host that is bfl.ai or lies under it (api.eu2.bfl.ai, ...), or
//  - to the configured base URL's origin: its scheme, host and port (https, or http when
//    that host is loopback, so tests can run against a local fake server);
// and never with a result download, whatever its host: pre-signed sample URLs need no key
// and may be logged by delivery networks.
//
// Plain http is refused everywhere except on loopback.
class KeyPolicy
{
public:
    enum class Purpose {
        Api,      // submit, poll, credits: carries the key when the host is trusted
        Download, // result.sample: never carries the key
    };

    KeyPolicy() = default;
    explicit KeyPolicy(const QUrl &configuredBase) : m_base(configuredBase) {}

    QUrl configuredBase() const { return m_base; }

    // Whether a request to `url` for `purpose` may carry the API key.
    bool mayCarryKey(const QUrl &url, Purpose purpose) const;
    // Whether `url` may be contacted at all: https anywhere, http only on loopback.
    static bool isTransportAllowed(const QUrl &url);
    // Why `url` cannot be the service's base URL (isTransportAllowed, and no query, which a
    // base URL that paths are appended to would break), or an empty string when it can.
    // The one message for this rule, wherever a base URL is entered: settings, the CLI's
    // --api-base and BFL_API_BASE.
    static QString baseUrlProblem(const QUrl &url);
    static bool isLoopbackHost(const QString &host);
    static bool isUnderBflAi(const QString &host);

private:
    QUrl m_base;
};

} // namespace outframe
