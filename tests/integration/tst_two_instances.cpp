// Integration: past one machine. Two ov-server processes on one PostgreSQL database behind
// nginx as the load balancer (all on loopback; nginx with a throwaway configuration). A session
// made on one instance is refreshed on the other, a change written while one served a sync
// position arrives through the other, a lockout counts attempts made on both, the client core
// syncs through the balancer, and wrk through nginx sees no errors.

#include "ServerProcess.h"
#include "TestDatabase.h"

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace ov;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestTwoInstances : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TestDatabase> m_db;
    QString m_url;
    test::ServerProcess m_a;
    test::ServerProcess m_b;
    QTemporaryDir m_nginxDir;
    QProcess m_nginx;
    int m_nginxPort = 0;
    QNetworkAccessManager m_nam;

    QString at(const test::ServerProcess &s) { return s.baseUrl().toString(); }
    QString balancer() { return QStringLiteral("http://127.0.0.1:%1").arg(m_nginxPort); }

    Answer call(const QString &base, const QByteArray &method, const QString &path,
                const QJsonObject &body = {}, const QString &token = {})
    {
        QNetworkRequest request(QUrl(base + QStringLiteral("/api/v1") + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson()));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object()};
    }
    QJsonObject signIn(const QString &base, const QString &login, const QString &password)
    {
        return call(base, "POST", QStringLiteral("/sessions"),
                    {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}})
            .json;
    }
    static QString field(const QJsonObject &o, const char *name)
    {
        return o.value(QLatin1StringView(name)).toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(test::TestDatabase::usePostgres(),
                 "run with OV_TEST_BACKEND=postgres and OV_TEST_POSTGRES_URL (scripts/test)");
        m_db = std::make_unique<test::TestDatabase>();
        QVERIFY2(m_db->isValid(), qPrintable(m_db->error()));
        const QString url = m_url = m_db->url();
        m_db->close(); // the servers have the database to themselves
        QString error;
        // One after the other: the first one migrates and seeds, the second finds it done.
        m_a.setExtraArguments({QStringLiteral("--database"), url});
        QVERIFY2(m_a.start(&error), qPrintable(error));
        m_b.setExtraArguments({QStringLiteral("--database"), url});
        QVERIFY2(m_b.start(&error), qPrintable(error));

        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_nginxPort = probe.serverPort();
        probe.close();
        const QString dir = m_nginxDir.path();
        QDir(dir).mkpath(QStringLiteral("logs"));
        QFile conf(QDir(dir).filePath(QStringLiteral("nginx.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral(
                       "daemon off;\nworker_processes 1;\nerror_log %1/logs/error.log;\n"
                       "pid %1/nginx.pid;\nevents { worker_connections 256; }\n"
                       "http {\n  access_log off;\n"
                       "  client_body_temp_path %1/body; proxy_temp_path %1/proxy;\n"
                       "  upstream ov { server 127.0.0.1:%2; server 127.0.0.1:%3; keepalive 16; }\n"
                       "  server { listen 127.0.0.1:%4;\n"
                       "    location / { proxy_pass http://ov; proxy_http_version 1.1;\n"
                       "      proxy_set_header Connection \"\"; proxy_set_header Host $host;\n"
                       "      proxy_set_header X-Forwarded-For $remote_addr; } } }\n")
                       .arg(dir)
                       .arg(m_a.port())
                       .arg(m_b.port())
                       .arg(m_nginxPort)
                       .toUtf8());
        conf.close();
        m_nginx.setProcessChannelMode(QProcess::ForwardedChannels);
        m_nginx.start(
            QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")}),
            {QStringLiteral("-p"), dir, QStringLiteral("-c"), conf.fileName(), QStringLiteral("-e"),
             QDir(dir).filePath(QStringLiteral("logs/error.log"))});
        QVERIFY2(m_nginx.waitForStarted(10000), "nginx (Debian's package) is needed");
        QTRY_COMPARE_WITH_TIMEOUT(call(balancer(), "GET", QStringLiteral("/health")).status, 200,
                                  10000);
    }
    void cleanupTestCase()
    {
        m_nginx.terminate();
        m_nginx.waitForFinished(5000);
        m_a.stop();
        m_b.stop();
    }

    void aSessionFromOneInstanceIsRefreshedOnTheOther()
    {
        const QJsonObject first =
            signIn(at(m_a), QStringLiteral("demo"), QStringLiteral("Demo-2026"));
        QVERIFY(!field(first, "refreshToken").isEmpty());
        QCOMPARE(call(at(m_b), "GET", QStringLiteral("/contracts"), {}, field(first, "accessToken"))
                     .status,
                 200);
        const Answer refreshed =
            call(at(m_b), "POST", QStringLiteral("/sessions/refresh"),
                 {{QStringLiteral("refreshToken"), field(first, "refreshToken")}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(
            call(at(m_a), "GET", QStringLiteral("/me"), {}, field(refreshed.json, "accessToken"))
                .status,
            200);
        // The rotated-out refresh token is spent for both: replayed on the first instance, it
        // ends the session everywhere.
        QCOMPARE(call(at(m_a), "POST", QStringLiteral("/sessions/refresh"),
                      {{QStringLiteral("refreshToken"), field(first, "refreshToken")}})
                     .status,
                 401);
        QTRY_COMPARE_WITH_TIMEOUT(
            call(at(m_b), "GET", QStringLiteral("/me"), {}, field(refreshed.json, "accessToken"))
                .status,
            401, 10000); // within the token cache's trust window
    }

    void aChangeWrittenMeanwhileArrivesThroughTheOtherInstance()
    {
        const QString access = field(
            signIn(at(m_a), QStringLiteral("demo"), QStringLiteral("Demo-2026")), "accessToken");
        // A full sync in small pages, alternating instances: each continues the other's run.
        QString token;
        QString unpaid;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            QString path = QStringLiteral("/sync?limit=40");
            if (!token.isEmpty())
                path +=
                    QStringLiteral("&token=") + QString::fromLatin1(QUrl::toPercentEncoding(token));
            const Answer page = call(pages % 2 ? at(m_b) : at(m_a), "GET", path, {}, access);
            QCOMPARE(page.status, 200);
            for (const QJsonValue &i : page.json[QLatin1StringView("changes")][QLatin1StringView(
                     "invoices")][QLatin1StringView("upserted")]
                                           .toArray())
                if (i[QLatin1StringView("status")].toString() != QLatin1StringView("paid"))
                    unpaid = i[QLatin1StringView("number")].toString();
            token = field(page.json, "token");
            more = page.json.value(QLatin1StringView("more")).toBool();
        }
        QVERIFY(pages > 3);
        QVERIFY(!unpaid.isEmpty());
        // The back office records a payment (a third process on the same database)…
        QProcess admin;
        admin.start(QStringLiteral(OV_SERVER_BIN),
                    {QStringLiteral("admin"), QStringLiteral("record-payment"), unpaid,
                     QStringLiteral("--database"), m_url});
        QVERIFY(admin.waitForFinished(30000));
        QCOMPARE(admin.exitCode(), 0);
        // …and whichever instance answers next brings it, from the position the other gave.
        for (const test::ServerProcess *instance : {&m_b, &m_a}) {
            const Answer next = call(at(*instance), "GET",
                                     QStringLiteral("/sync?token=") +
                                         QString::fromLatin1(QUrl::toPercentEncoding(token)),
                                     {}, access);
            QCOMPARE(next.status, 200);
            const QJsonArray invoices =
                next.json[QLatin1StringView("changes")][QLatin1StringView("invoices")]
                         [QLatin1StringView("upserted")]
                             .toArray();
            QCOMPARE(invoices.size(), 1);
            QCOMPARE(invoices.first()[QLatin1StringView("number")].toString(), unpaid);
            QCOMPARE(invoices.first()[QLatin1StringView("status")].toString(),
                     QStringLiteral("paid"));
        }
    }

    void aLockoutCountsAttemptsOnBothInstances()
    {
        for (int i = 0; i < 4; ++i)
            QCOMPARE(call(i % 2 ? at(m_b) : at(m_a), "POST", QStringLiteral("/sessions"),
                          {{QStringLiteral("login"), QStringLiteral("empresa")},
                           {QStringLiteral("password"), QStringLiteral("wrong-%1").arg(i)}})
                         .status,
                     401);
        QCOMPARE(call(at(m_b), "POST", QStringLiteral("/sessions"),
                      {{QStringLiteral("login"), QStringLiteral("empresa")},
                       {QStringLiteral("password"), QStringLiteral("wrong-4")}})
                     .status,
                 423);
        // Locked on both, even with the right password.
        for (const test::ServerProcess *instance : {&m_a, &m_b})
            QCOMPARE(call(at(*instance), "POST", QStringLiteral("/sessions"),
                          {{QStringLiteral("login"), QStringLiteral("empresa")},
                           {QStringLiteral("password"), QStringLiteral("Empresa-2026")}})
                         .status,
                     423);
    }

    void theClientCoreSyncsThroughTheBalancer()
    {
        ApiClient api(&m_nam);
        UtilityProfile profile;
        profile.id = QStringLiteral("balanced");
        profile.baseUrl = QUrl(balancer());
        api.setProfile(profile);
        api.setAccessToken(
            field(signIn(balancer(), QStringLiteral("demo"), QStringLiteral("Demo-2026")),
                  "accessToken"));
        QTemporaryDir dir;
        Cache cache(dir.filePath(QStringLiteral("cache.sqlite")));
        SyncEngine sync(&api, &cache);
        sync.setPageSize(50); // several pages, spread over both instances
        for (int run = 0; run < 2; ++run) {
            QSignalSpy finished(&sync, &SyncEngine::finished);
            sync.syncNow();
            QVERIFY(finished.wait(30000));
            QVERIFY(finished.first().first().toBool());
        }
        QCOMPARE(sync.lastRun().requests, 1); // the second run: nothing new
        QCOMPARE(cache.run([&] { return cache.count(QStringLiteral("contracts")); }).result(), 3);
        QCOMPARE(cache.run([&] { return cache.count(QStringLiteral("invoices")); }).result(),
                 3 * 36);
    }

    void wrkThroughNginxSeesNoErrors()
    {
        const QString access = field(
            signIn(balancer(), QStringLiteral("demo"), QStringLiteral("Demo-2026")), "accessToken");
        const QString contract = call(balancer(), "GET", QStringLiteral("/contracts"), {}, access)
                                     .json[QLatin1StringView("items")]
                                     .toArray()
                                     .first()[QLatin1StringView("id")]
                                     .toString();
        QProcess wrk;
        wrk.start(QStringLiteral("wrk"),
                  {QStringLiteral("-t2"), QStringLiteral("-c8"), QStringLiteral("-d2s"),
                   QStringLiteral("-H"), QStringLiteral("Authorization: Bearer ") + access,
                   balancer() + QStringLiteral("/api/v1/contracts/%1/invoices").arg(contract)});
        QVERIFY2(wrk.waitForFinished(30000), "wrk (Debian's package) is needed");
        const QString out = QString::fromUtf8(wrk.readAllStandardOutput());
        const auto done = QRegularExpression(QStringLiteral("([0-9]+) requests in")).match(out);
        QVERIFY2(done.hasMatch() && done.captured(1).toInt() > 100, qPrintable(out));
        QVERIFY2(!out.contains(QLatin1StringView("Non-2xx")), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1StringView("Socket errors")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTwoInstances)
#include "tst_two_instances.moc"
