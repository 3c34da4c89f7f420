// Benchmark 7 (docs/performance.md): requests per second that ov-server answers for the
// invoice list of one contract, with a bearer token, against nginx (Debian's package) serving
// the same bytes as a static file — both measured with wrk on loopback, in the same run, for
// a bounded time. On SQLite, and on PostgreSQL when OV_TEST_POSTGRES_URL names a server (a
// throwaway database is created on it and dropped afterwards).

#include "BenchReport.h"
#include "ServerProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrlQuery>

using namespace ov;
using namespace ov::bench;

namespace {

struct Wrk
{
    double rps = -1;
    int errors = 0; // socket errors plus non-2xx answers
};

QByteArray fetch(QNetworkAccessManager &nam, const QNetworkRequest &request,
                 const QByteArray &post = {})
{
    QEventLoop loop;
    QNetworkReply *reply = post.isEmpty() ? nam.get(request) : nam.post(request, post);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
}

Wrk wrk(const QString &url, const QStringList &headers, int connections, int seconds)
{
    QStringList args{QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections),
                     QStringLiteral("-d%1s").arg(seconds)};
    for (const QString &h : headers)
        args << QStringLiteral("-H") << h;
    args << url;
    QProcess p;
    p.start(QStringLiteral("wrk"), args);
    p.waitForFinished((seconds + 30) * 1000);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    Wrk w;
    const auto rps = QRegularExpression(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).match(out);
    if (rps.hasMatch())
        w.rps = rps.captured(1).toDouble();
    const auto bad =
        QRegularExpression(QStringLiteral("Non-2xx or 3xx responses:\\s+([0-9]+)")).match(out);
    if (bad.hasMatch())
        w.errors += bad.captured(1).toInt();
    const auto sock =
        QRegularExpression(QStringLiteral("connect ([0-9]+), read ([0-9]+), write ([0-9]+), "
                                          "timeout ([0-9]+)"))
            .match(out);
    if (sock.hasMatch())
        for (int i = 1; i <= 4; ++i)
            w.errors += sock.captured(i).toInt();
    return w;
}

int freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

// ov-server on `databaseUrl` (empty: SQLite) against nginx serving the same body.
bool measure(const QString &backend, const QString &databaseUrl, QTextStream &err)
{
    test::ServerProcess server;
    if (!databaseUrl.isEmpty())
        server.setExtraArguments({QStringLiteral("--database"), databaseUrl});
    QString error;
    if (!server.start(&error)) {
        err << "bench_server: " << error << "\n";
        return false;
    }
    QNetworkAccessManager nam;
    const QString base = server.baseUrl().toString() + QStringLiteral("/api/v1");
    QNetworkRequest signIn(QUrl(base + QStringLiteral("/sessions")));
    signIn.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    const QString token = QJsonDocument::fromJson(
                              fetch(nam, signIn, "{\"login\":\"demo\",\"password\":\"Demo-2026\"}"))
                              .object()
                              .value(QLatin1StringView("accessToken"))
                              .toString();
    const QByteArray bearer = "Bearer " + token.toLatin1();
    QNetworkRequest contracts(QUrl(base + QStringLiteral("/contracts")));
    contracts.setRawHeader("Authorization", bearer);
    const QString contract = QJsonDocument::fromJson(fetch(nam, contracts))
                                 .object()
                                 .value(QLatin1StringView("items"))
                                 .toArray()
                                 .first()[QLatin1StringView("id")]
                                 .toString();
    const QString path = QStringLiteral("/contracts/%1/invoices").arg(contract);
    QNetworkRequest invoices(QUrl(base + path));
    invoices.setRawHeader("Authorization", bearer);
    invoices.setRawHeader("Accept-Encoding", "identity");
    const QByteArray body = fetch(nam, invoices);
    if (token.isEmpty() || contract.isEmpty() || body.isEmpty()) {
        err << "bench_server: could not read the invoice list\n";
        return false;
    }

    // nginx, with a throwaway prefix and configuration, serving the same bytes.
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("root"));
    QDir(dir.path()).mkpath(QStringLiteral("logs"));
    QFile file(dir.filePath(QStringLiteral("root/invoices.json")));
    file.open(QIODevice::WriteOnly);
    file.write(body);
    file.close();
    const int nginxPort = freePort();
    QFile conf(dir.filePath(QStringLiteral("nginx.conf")));
    conf.open(QIODevice::WriteOnly);
    conf.write(QStringLiteral("daemon off;\nworker_processes auto;\nerror_log %1/logs/error.log;\n"
                              "pid %1/nginx.pid;\nevents { worker_connections 1024; }\n"
                              "http { access_log off; default_type application/json;\n"
                              "  server { listen 127.0.0.1:%2; root %1/root; } }\n")
                   .arg(dir.path())
                   .arg(nginxPort)
                   .toUtf8());
    conf.close();
    QProcess nginx;
    nginx.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString nginxBin =
        QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    nginx.start(nginxBin, {QStringLiteral("-p"), dir.path(), QStringLiteral("-c"), conf.fileName(),
                           QStringLiteral("-e"), dir.filePath(QStringLiteral("logs/error.log"))});
    if (!nginx.waitForStarted(10000)) {
        err << "bench_server: nginx did not start\n";
        return false;
    }
    QNetworkRequest staticFile(
        QUrl(QStringLiteral("http://127.0.0.1:%1/invoices.json").arg(nginxPort)));
    for (int i = 0; i < 100 && fetch(nam, staticFile) != body; ++i)
        QThread::msleep(50);

    const bool quick = qEnvironmentVariableIntValue("OV_BENCH_QUICK");
    const int seconds = quick ? 1 : 5;
    bool ok = true;
    for (const int connections : quick ? QList<int>{8} : QList<int>{2, 8, 32}) {
        const Wrk ours =
            wrk(base + path, {QStringLiteral("Authorization: ") + QString::fromLatin1(bearer)},
                connections, seconds);
        const Wrk theirs = wrk(staticFile.url().toString(), {}, connections, seconds);
        if (ours.rps < 0 || theirs.rps < 0) {
            err << "bench_server: wrk printed no figure\n";
            ok = false;
            break;
        }
        report(QStringLiteral("7"),
               QStringLiteral("ov-server on %1: invoice list of one contract, bearer token "
                              "(%2 B; wrk -t2 -c%3, %4 s; %5 errors)")
                   .arg(backend)
                   .arg(body.size())
                   .arg(connections)
                   .arg(seconds)
                   .arg(ours.errors),
               QStringLiteral("%1 req/s").arg(ours.rps, 0, 'f', 0),
               QStringLiteral("nginx, same bytes: %1 req/s").arg(theirs.rps, 0, 'f', 0),
               times(ours.rps / theirs.rps), QStringLiteral("≥ 0.5×"),
               ours.errors == 0 && ours.rps >= 0.5 * theirs.rps);
    }
    nginx.terminate();
    nginx.waitForFinished(5000);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (QStandardPaths::findExecutable(QStringLiteral("wrk")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")})
            .isEmpty()) {
        err << "bench_server: needs wrk and nginx (scripts/deps test installs them)\n";
        return 1;
    }
    bool ok = measure(QStringLiteral("SQLite"), {}, err);
    const QString pg = qEnvironmentVariable("OV_TEST_POSTGRES_URL");
    if (pg.isEmpty()) {
        err << "bench_server: OV_TEST_POSTGRES_URL not set: PostgreSQL not measured\n";
        return ok ? 0 : 1;
    }
    // A database of its own on that server, dropped afterwards.
    const QString name = QStringLiteral("ov_bench_%1").arg(QCoreApplication::applicationPid());
    auto psql = [&](const QString &sql) {
        QProcess p;
        p.start(QStringLiteral("psql"), {pg, QStringLiteral("-q"), QStringLiteral("-c"), sql});
        p.waitForFinished(60000);
        return p.exitCode() == 0;
    };
    if (!psql(QStringLiteral("CREATE DATABASE ") + name)) {
        err << "bench_server: cannot create a database on " << pg << "\n";
        return 1;
    }
    QUrl url(pg);
    url.setPath(QLatin1Char('/') + name);
    ok = measure(QStringLiteral("PostgreSQL"), url.toString(), err) && ok;
    psql(QStringLiteral("DROP DATABASE ") + name + QStringLiteral(" WITH (FORCE)"));
    return ok ? 0 : 1;
}
