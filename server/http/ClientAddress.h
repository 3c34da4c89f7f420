#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <httplib.h>

namespace ov::server {

// Who is calling, for throttles and logs: the peer address, or — when the peer is one of the
// trusted proxies (--trusted-proxy, an address or a CIDR block) — the address it says it
// forwards for, the rightmost one in X-Forwarded-For that is not itself a trusted proxy. An
// X-Forwarded-For from anyone else is ignored: a client cannot pick its own address.
class ClientAddress
{
public:
    // Entries it cannot read are left out and reported in `invalid`.
    explicit ClientAddress(const QStringList &trustedProxies = {}, QStringList *invalid = nullptr);

    QString of(const httplib::Request &req) const;
    // The block an address belongs to, for a throttle one step wider: /24 for IPv4, /48 for
    // IPv6 ("203.0.113.0/24").
    static QString blockOf(const QString &address);

private:
    bool trusted(const QHostAddress &address) const;

    QList<QPair<QHostAddress, int>> m_trusted;
};

} // namespace ov::server
