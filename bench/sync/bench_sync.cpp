// Benchmarks 1–4 (docs/performance.md): the sync of the large-account fixture (200 contracts ×
// 10 years) through the client core, against a real `ov-server --demo --scale large` on
// loopback, through a TcpProxy that counts bytes and adds latency for the slow-link runs.
//
//  1. full first sync vs curl fetching the same pages from the same server in the same run;
//  2. a sync in which nothing changed: requests (must be 1) and time vs the full sync;
//  3. a sync after one invoice was paid at the back office: requests and bytes;
//  4. the three again with 50 ms added each way: round trips and seconds.

#include "BenchReport.h"
#include "FakeNetworkAccessManager.h"
#include "ServerProcess.h"
#include "TcpProxy.h"

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

using namespace ov;
using namespace ov::bench;

namespace {

struct Outcome
{
    bool ok = false;
    double ms = 0;
    int requests = 0;
    int connections = 0;
    qint64 wireBytes = 0; // both ways, as the proxy saw them
    QList<QUrl> urls;
};

class Bench
{
public:
    bool setUp(QString *error)
    {
        m_server.setExtraArguments({QStringLiteral("--scale"), QStringLiteral("large")});
        if (!m_server.start(error))
            return false;
        m_proxy = std::make_unique<test::TcpProxy>("127.0.0.1", m_server.port());
        std::string e;
        if (!m_proxy->start(&e)) {
            *error = QString::fromStdString(e);
            return false;
        }
        UtilityProfile profile;
        profile.id = QStringLiteral("bench");
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
        m_api.setProfile(profile);
        m_api.setTimeoutMs(120000);
        // Sign in (not measured).
        QEventLoop loop;
        m_api.send(ApiCall::post(QStringLiteral("/sessions"),
                                 QJsonDocument(QJsonObject{{QStringLiteral("login"),
                                                            QStringLiteral("corporativo")},
                                                           {QStringLiteral("password"),
                                                            QStringLiteral("Corporativo-2026")}})
                                     .toJson(),
                                 false),
                   &loop, [&](const ApiResult &r) {
                       m_access = QJsonDocument::fromJson(r.body)
                                      .object()
                                      .value(QLatin1StringView("accessToken"))
                                      .toString();
                       loop.quit();
                   });
        loop.exec();
        if (m_access.isEmpty()) {
            *error = QStringLiteral("cannot sign in as corporativo");
            return false;
        }
        m_api.setAccessToken(m_access);
        return true;
    }

    void setDelay(int ms) { m_proxy->setDelay(std::chrono::milliseconds(ms)); }

    // A cache from nothing (a first sync) or the one the last full sync filled.
    void freshCache()
    {
        m_engine.reset();
        m_cache.reset();
        m_cache = std::make_unique<Cache>(
            m_dir.filePath(QStringLiteral("cache-%1.sqlite").arg(++m_caches)));
        m_engine = std::make_unique<SyncEngine>(&m_api, m_cache.get());
    }

    Outcome sync()
    {
        Outcome o;
        m_nam.clearRequests();
        m_proxy->resetCounters();
        QEventLoop loop;
        QObject::connect(m_engine.get(), &SyncEngine::finished, &loop,
                         [&](bool ok) { o.ok = ok, loop.quit(); });
        QElapsedTimer timer;
        timer.start();
        m_engine->syncNow();
        loop.exec();
        o.ms = double(timer.nsecsElapsed()) / 1e6;
        o.requests = m_engine->lastRun().requests;
        o.connections = m_proxy->connections();
        o.wireBytes = m_proxy->bytesToClient() + m_proxy->bytesToServer();
        for (const QNetworkRequest &r : m_nam.requests())
            o.urls << r.url();
        return o;
    }

    // curl fetching exactly the URLs the client fetched, one after the other on one connection,
    // through the same proxy, decompressing as the client does.
    double curl(const QList<QUrl> &urls)
    {
        QStringList args{QStringLiteral("-s"), QStringLiteral("--compressed"), QStringLiteral("-H"),
                         QStringLiteral("Authorization: Bearer ") + m_access};
        for (const QUrl &u : urls)
            args << QStringLiteral("-o") << QStringLiteral("/dev/null")
                 << u.toString(QUrl::FullyEncoded);
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(QStringLiteral("curl"), args);
        p.waitForFinished(300000);
        return p.exitCode() == 0 ? double(timer.nsecsElapsed()) / 1e6 : -1;
    }

    // Pays one unpaid invoice through `ov-server admin` on the same database.
    bool payOneInvoice()
    {
        const QString number = m_cache
                                   ->run([c = m_cache.get()] {
                                       for (const Contract &k : c->contracts())
                                           for (const Invoice &i : c->invoices(k.id))
                                               if (i.status != InvoiceStatus::Paid)
                                                   return i.number;
                                       return QString();
                                   })
                                   .result();
        QProcess p;
        p.start(QStringLiteral(OV_SERVER_BIN),
                {QStringLiteral("admin"), QStringLiteral("record-payment"), number,
                 QStringLiteral("--data-dir"), m_server.dataDir()});
        p.waitForFinished(30000);
        return !number.isEmpty() && p.exitCode() == 0;
    }

private:
    QTemporaryDir m_dir;
    test::ServerProcess m_server;
    std::unique_ptr<test::TcpProxy> m_proxy;
    test::FakeNetworkAccessManager m_nam; // records the requests; the network is real
    ApiClient m_api{&m_nam};
    QString m_access;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncEngine> m_engine;
    int m_caches = 0;
};

QString kib(qint64 bytes)
{
    return bytes < 10240 ? QStringLiteral("%1 B").arg(bytes)
                         : QStringLiteral("%1 KiB").arg(double(bytes) / 1024, 0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    Bench bench;
    QString error;
    if (!bench.setUp(&error)) {
        err << "bench_sync: " << error << "\n";
        return 1;
    }
    const int reps = repetitions(3);

    // 1. Full first sync vs curl.
    QList<double> client, curl;
    Outcome full;
    for (int i = 0; i < reps; ++i) {
        bench.freshCache();
        full = bench.sync();
        if (!full.ok) {
            err << "bench_sync: the full sync failed\n";
            return 1;
        }
        client << full.ms;
        curl << bench.curl(full.urls);
    }
    const double fullMs = median(client);
    report(QStringLiteral("1"),
           QStringLiteral("Full first sync, 200 contracts × 10 years (%1 requests, %2 on the wire)")
               .arg(full.requests)
               .arg(kib(full.wireBytes)),
           ms(fullMs), QStringLiteral("curl, same pages: ") + ms(median(curl)),
           times(fullMs / median(curl)), QStringLiteral("≤ 1.5×"), fullMs <= 1.5 * median(curl));

    // 2. Nothing changed.
    QList<double> none;
    Outcome idle;
    for (int i = 0; i < reps; ++i) {
        idle = bench.sync();
        none << idle.ms;
    }
    report(QStringLiteral("2"),
           QStringLiteral("No-change re-sync (%1 request, %2)")
               .arg(idle.requests)
               .arg(kib(idle.wireBytes)),
           ms(median(none)), QStringLiteral("full sync: ") + ms(fullMs),
           QString::number(100 * median(none) / fullMs, 'f', 2) + QStringLiteral(" %"),
           QStringLiteral("1 request, ≤ 5 %"), idle.requests == 1 && median(none) <= 0.05 * fullMs);

    // 3. One invoice paid.
    if (!bench.payOneInvoice()) {
        err << "bench_sync: could not pay an invoice through ov-server admin\n";
        return 1;
    }
    const Outcome one = bench.sync();
    report(QStringLiteral("3"),
           QStringLiteral("One invoice paid: %1 requests, %2 on the wire")
               .arg(one.requests)
               .arg(kib(one.wireBytes)),
           ms(one.ms), QStringLiteral("full sync: ") + kib(full.wireBytes),
           QString::number(100.0 * double(one.wireBytes) / double(full.wireBytes), 'f', 3) +
               QStringLiteral(" % of the bytes"),
           QStringLiteral("≤ 3 requests"), one.ok && one.requests <= 3);

    // 4. The same over a slow link: 50 ms each way (100 ms a round trip).
    constexpr int kDelay = 50;
    const double rtt = 2 * kDelay;
    bench.setDelay(kDelay);
    QList<double> slowFull, slowIdle;
    Outcome sf, si;
    for (int i = 0; i < reps; ++i) {
        bench.freshCache();
        sf = bench.sync();
        slowFull << sf.ms;
        si = bench.sync();
        slowIdle << si.ms;
    }
    bench.payOneInvoice();
    const Outcome so = bench.sync();
    bench.setDelay(0);
    // A round trip per request; "transfer time" is what the same sync takes without the delay.
    const double fullBound = 10 * rtt + fullMs;
    report(QStringLiteral("4a"),
           QStringLiteral("Slow link, full sync: %1 round trips, %2 new connection(s)")
               .arg(sf.requests)
               .arg(sf.connections),
           ms(median(slowFull)), QStringLiteral("10 × RTT + transfer: ") + ms(fullBound),
           times(median(slowFull) / fullBound), QStringLiteral("≤ 10 round trips + transfer"),
           sf.ok && sf.requests <= 10 && median(slowFull) <= fullBound);
    report(QStringLiteral("4b"),
           QStringLiteral("Slow link, no-change sync: %1 round trip").arg(si.requests),
           ms(median(slowIdle)), QStringLiteral("1 RTT + 20 ms: ") + ms(rtt + 20),
           times(median(slowIdle) / (rtt + 20)), QStringLiteral("≤ 1 round trip + 20 ms"),
           si.ok && si.requests == 1 && median(slowIdle) <= rtt + 20);
    report(QStringLiteral("4c"),
           QStringLiteral("Slow link, one invoice paid: %1 round trip(s), %2")
               .arg(so.requests)
               .arg(kib(so.wireBytes)),
           ms(so.ms), QStringLiteral("1 RTT + 20 ms: ") + ms(rtt + 20), times(so.ms / (rtt + 20)),
           QStringLiteral("≤ 3 round trips"), so.ok && so.requests <= 3);
    return 0;
}
