#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace ov::bench {

// nginx (Debian's package) in front of an ov-server on loopback, set up as
// packaging/nginx/ov-server-site.conf sets it up (its proxy settings are included from
// packaging/nginx/ov-server-proxy.conf), without TLS. Stopped on destruction.
class NginxFront
{
public:
    ~NginxFront();
    bool start(int upstreamPort, QString *error);
    int port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_nginx;
    int m_port = 0;
};

} // namespace ov::bench
