#include "ServerOptions.h"

#include "http/ClientAddress.h"
#include "utility/Utility.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>
#include <QUrl>

namespace ov::server {

std::optional<ServerOptions> ServerOptions::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "ov-server: the reference REST server of Oficina Virtual (API under /api/v1)."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("Address to listen on."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("8080"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the SQLite database and outbox."),
                                     QStringLiteral("dir"), QStringLiteral("ov-data"));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QStringLiteral("Database URL: postgres://user:password@host:port/db or sqlite:///file."),
        QStringLiteral("url"));
    const QCommandLineOption utility(QStringLiteral("utility"),
                                     QStringLiteral("Built-in demo utility: %1.")
                                         .arg(Utility::demoIds().join(QStringLiteral(", "))),
                                     QStringLiteral("id"), QStringLiteral("electricity-co"));
    const QCommandLineOption utilityConfig(
        QStringLiteral("utility-config"),
        QStringLiteral("A utility's configuration (the GET /config document) as a JSON file."),
        QStringLiteral("file"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the demo data into an empty database."));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral("With --demo: 'standard' (default); 'large', which adds the account "
                       "'corporativo' with 200 contracts and 10 years of history; or 'load', "
                       "which adds 500 accounts carga001 to carga500 (password Carga-2026) with "
                       "one contract each, for load tests."),
        QStringLiteral("size"), QStringLiteral("standard"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Worker threads."),
                                     QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
                                     QStringLiteral("Largest request body in bytes."),
                                     QStringLiteral("bytes"), QStringLiteral("16777216"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate: serve HTTPS."),
                                     QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("PEM private key for --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption accessLog(
        QStringLiteral("access-log"),
        QStringLiteral("Access log file ('-': stderr, the default; 'off': none)."),
        QStringLiteral("file"), QStringLiteral("-"));
    const QCommandLineOption smtp(
        QStringLiteral("smtp"),
        QStringLiteral(
            "Send email through SMTP: smtp://user:password@host:587 (STARTTLS) or smtps://…; "
            "without it, emails are written to <data-dir>/outbox as .eml files."),
        QStringLiteral("url"));
    const QCommandLineOption smtpCa(
        QStringLiteral("smtp-ca-file"),
        QStringLiteral("PEM CA bundle that signed the SMTP relay's certificate."),
        QStringLiteral("file"));
    const QCommandLineOption mailFrom(QStringLiteral("mail-from"),
                                      QStringLiteral("The From: of emails."),
                                      QStringLiteral("mailbox"));
    const QCommandLineOption trustedProxy(
        QStringLiteral("trusted-proxy"),
        QStringLiteral("A proxy (address or CIDR block) whose X-Forwarded-For names the client; "
                       "repeat for several. Without one, X-Forwarded-For is ignored."),
        QStringLiteral("address"));
    const QCommandLineOption signInLimit(
        QStringLiteral("sign-in-limit"),
        QStringLiteral("Failed sign-ins accepted from one address per 15 minutes (default 20)."),
        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption signInBlockLimit(
        QStringLiteral("sign-in-block-limit"),
        QStringLiteral("Failed sign-ins accepted from one /24 (IPv4) or /48 (IPv6) per 15 "
                       "minutes (default 100)."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption portFile(
        QStringLiteral("port-file"),
        QStringLiteral("Write the port actually bound to this file once listening."),
        QStringLiteral("file"));
    p.addOptions(
        {host,   port,     dataDir,      database,    utility,          utilityConfig, demo,
         scale,  threads,  maxBody,      tlsCert,     tlsKey,           accessLog,     smtp,
         smtpCa, mailFrom, trustedProxy, signInLimit, signInBlockLimit, portFile});

    QTextStream err(stderr);
    if (!p.parse(arguments)) {
        err << p.errorText() << "\n";
        *exitCode = 2;
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << p.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "ov-server " << OV_VERSION << "\n";
        *exitCode = 0;
        return std::nullopt;
    }
    ServerOptions o;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, int low, qint64 high) {
        bool good = false;
        const qint64 v = p.value(option).toLongLong(&good);
        if (!good || v < low || v > high) {
            err << "--" << option.names().first() << ": expected a number from " << low << " to "
                << high << "\n";
            ok = false;
        }
        return v;
    };
    o.host = p.value(host);
    o.port = int(number(port, 0, 65535));
    o.dataDir = p.value(dataDir);
    o.databaseUrl = p.value(database);
    o.utilityId = p.value(utility);
    o.utilityConfigPath = p.value(utilityConfig);
    o.demo = p.isSet(demo);
    if (p.value(scale) == QLatin1StringView("large")) {
        o.largeDemo = true;
    } else if (p.value(scale) == QLatin1StringView("load")) {
        o.loadDemo = true;
    } else if (p.value(scale) != QLatin1StringView("standard")) {
        err << "--scale: expected standard, large or load\n";
        ok = false;
    }
    if ((o.largeDemo || o.loadDemo) && !o.demo) {
        err << "--scale " << p.value(scale) << " needs --demo\n";
        ok = false;
    }
    o.settings.threads = int(number(threads, 1, 256));
    o.settings.maxBodyBytes = size_t(number(maxBody, 1024, qint64(1) << 30));
    o.settings.tlsCertPath = p.value(tlsCert);
    o.settings.tlsKeyPath = p.value(tlsKey);
    o.settings.accessLogPath = p.value(accessLog);
    o.portFile = p.value(portFile);
    o.settings.trustedProxies = p.values(trustedProxy);
    o.settings.signInFailuresPerAddress = int(number(signInLimit, 1, 1000000));
    o.settings.signInFailuresPerBlock = int(number(signInBlockLimit, 1, 1000000));
    QStringList badProxies;
    ClientAddress check(o.settings.trustedProxies, &badProxies);
    if (!badProxies.isEmpty()) {
        err << "--trusted-proxy: not an address or CIDR block: "
            << badProxies.join(QStringLiteral(", ")) << "\n";
        ok = false;
    }
    o.settings.smtpUrl = p.value(smtp);
    o.settings.smtpCaFile = p.value(smtpCa);
    if (p.isSet(mailFrom))
        o.settings.mailFrom = p.value(mailFrom);
    o.settings.outboxDir = QDir(o.dataDir).absoluteFilePath(QStringLiteral("outbox"));
    if (!o.settings.smtpUrl.isEmpty()) {
        const QUrl url(o.settings.smtpUrl);
        if (!url.isValid() || (url.scheme() != QLatin1StringView("smtp") &&
                               url.scheme() != QLatin1StringView("smtps"))) {
            err << "--smtp expects smtp://host:port or smtps://host:port\n";
            ok = false;
        }
    }
    if (o.settings.tlsCertPath.isEmpty() != o.settings.tlsKeyPath.isEmpty()) {
        err << "--tls-cert and --tls-key go together\n";
        ok = false;
    }
    if (o.demo && !o.utilityConfigPath.isEmpty()) {
        err << "--demo seeds a built-in demo utility; it cannot be combined with "
               "--utility-config\n";
        ok = false;
    }
    if (!ok) {
        *exitCode = 2;
        return std::nullopt;
    }
    return o;
}

QString ServerOptions::effectiveDatabaseUrl() const
{
    if (!databaseUrl.isEmpty())
        return databaseUrl;
    return QDir(dataDir).absoluteFilePath(QStringLiteral("ov-server.sqlite"));
}

} // namespace ov::server
