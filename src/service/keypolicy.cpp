// SPDX-FileCopyrightText: 2026 Outframe developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keypolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace outframe {

bool KeyPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool KeyPolicy::isUnderBflAi(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("bfl.ai") || h.endsWith(QLatin1String(".bfl.ai"));
}

bool KeyPolicy::isTransportAllowed(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    return scheme == QLatin1String("http") && isLoopbackHost(url.host());
}

QString KeyPolicy::baseUrlProblem(const QUrl &url)
{
    if (isTransportAllowed(url) && !url.hasQuery())
        return QString();
    return QCoreApplication::translate("outframe::KeyPolicy",
                                       "The service address “%1” is not allowed: use an "
                                       "https:// address (http:// only on this computer) "
                                       "with no query.")
        .arg(url.toDisplayString());
}

bool KeyPolicy::mayCarryKey(const QUrl &url, Purpose purpose) const
{
    if (purpose == Purpose::Download || !isTransportAllowed(url))
        return false;
    const bool https = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (https && isUnderBflAi(url.host()))
        return true;
    // The configured origin: scheme, host and port (isTransportAllowed already limits http to
    // loopback). Another port on the same host is another service: on a shared machine,
    // anyone may listen there.
    const auto port = [](const QUrl &u) {
        return u.port(u.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443
                                                                                           : 80);
    };
    return m_base.isValid() && !m_base.host().isEmpty() &&
           url.host().compare(m_base.host(), Qt::CaseInsensitive) == 0 &&
           url.scheme().compare(m_base.scheme(), Qt::CaseInsensitive) == 0 &&
           port(url) == port(m_base);
}

} // namespace outframe
