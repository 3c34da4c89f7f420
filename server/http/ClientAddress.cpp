#include "ClientAddress.h"

#include <QAbstractSocket>

namespace ov::server {

namespace {

QHostAddress parse(const QString &text)
{
    QHostAddress a(text.trimmed());
    // "::ffff:203.0.113.7" is the IPv4 address it carries.
    bool ok = false;
    const quint32 v4 = a.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : a;
}

} // namespace

ClientAddress::ClientAddress(const QStringList &trustedProxies, QStringList *invalid)
{
    for (const QString &entry : trustedProxies) {
        const auto subnet = QHostAddress::parseSubnet(
            entry.contains(QLatin1Char('/'))
                ? entry
                : entry + (entry.contains(QLatin1Char(':')) ? QStringLiteral("/128")
                                                            : QStringLiteral("/32")));
        if (subnet.first.isNull()) {
            if (invalid)
                invalid->append(entry);
            continue;
        }
        m_trusted.append(subnet);
    }
}

bool ClientAddress::trusted(const QHostAddress &address) const
{
    for (const auto &subnet : m_trusted)
        if (address.isInSubnet(subnet))
            return true;
    return false;
}

QString ClientAddress::of(const httplib::Request &req) const
{
    const QHostAddress peer = parse(QString::fromStdString(req.remote_addr));
    if (m_trusted.isEmpty() || !trusted(peer))
        return peer.isNull() ? QString::fromStdString(req.remote_addr) : peer.toString();
    // From the right: the proxies we trust appended what they saw; the first entry that is not
    // one of them is the client. Anything further left was written by the client itself.
    QStringList hops;
    for (const auto &[name, value] : req.headers)
        if (QString::fromStdString(name).compare(QLatin1StringView("X-Forwarded-For"),
                                                 Qt::CaseInsensitive) == 0)
            hops += QString::fromStdString(value).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop = parse(*it);
        if (hop.isNull())
            break; // garbage: stop at the last proxy we trust
        if (!trusted(hop))
            return hop.toString();
    }
    return peer.toString();
}

QString ClientAddress::blockOf(const QString &address)
{
    const QHostAddress a = parse(address);
    if (a.protocol() == QAbstractSocket::IPv4Protocol)
        return QHostAddress(a.toIPv4Address() & 0xffffff00u).toString() + QStringLiteral("/24");
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        Q_IPV6ADDR bytes = a.toIPv6Address();
        for (int i = 6; i < 16; ++i)
            bytes[i] = 0;
        return QHostAddress(bytes).toString() + QStringLiteral("/48");
    }
    return address;
}

} // namespace ov::server
