#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>

namespace ov::server {

// How the HTTP side of ov-server runs (the data side is Database + Utility).
struct ServerSettings
{
    // Each connection holds a worker while it is open (cpp-httplib), and each worker its own
    // database connection: put nginx in front (packaging/nginx/) rather than raise this far.
    int threads = 32;
    int notificationPollSeconds = 5; // how often pending notification emails are sent
    std::size_t maxBodyBytes = 16u * 1024u * 1024u; // attachments are the largest bodies
    QString tlsCertPath;
    QString tlsKeyPath;
    QString accessLogPath; // "" / "-": stderr; "off": none
    QString outboxDir;     // where emails go as .eml files (when smtpUrl is empty)
    QString smtpUrl;       // smtp://user:password@host:587 (STARTTLS) or smtps://…
    QString smtpCaFile;    // PEM CA bundle for the relay's certificate (default: the system's)
    QString mailFrom = QStringLiteral("Oficina Virtual <no-reply@oficina-virtual.invalid>");
    int readTimeoutSeconds = 15;
    int writeTimeoutSeconds = 15;
    // Proxies whose X-Forwarded-For is believed (addresses or CIDR blocks): a load balancer.
    QStringList trustedProxies;
    // Failed sign-ins (any login) accepted from one address, and from its /24 (IPv4) or /48
    // (IPv6) block, per window, before 429: what stops password spraying.
    int signInFailuresPerAddress = 20;
    int signInFailuresPerBlock = 100;
    int signInWindowSeconds = 15 * 60;
};

} // namespace ov::server
