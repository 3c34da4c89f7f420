#pragma once

#include "ServerFixture.h"
#include "TcpProxy.h"

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "sync/SyncEngine.h"

#include <QNetworkAccessManager>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace ov::test {

// The client core (ApiClient, Cache, SyncEngine) signed in as one demo user and talking to an
// in-process ov-server (ServerFixture) through a TcpProxy: what the fault-injection and
// sync-convergence tests misbehave around. The refresher signs in again, so the tests may move
// the server's clock past the tokens' lifetime; the sync engine never retries on its own.
class ProxiedClientCore
{
public:
    struct Options
    {
        QString login = QStringLiteral("demo");
        QString password = QStringLiteral("Demo-2026");
        QString profileId = QStringLiteral("proxied");
        int timeoutMs = 10000;
        QString tlsCert; // with tlsKey: the server speaks HTTPS (the client must trust it)
        QString tlsKey;
    };

    explicit ProxiedClientCore(Options options);
    ~ProxiedClientCore();
    ProxiedClientCore(const ProxiedClientCore &) = delete;
    ProxiedClientCore &operator=(const ProxiedClientCore &) = delete;

    bool start(QString *error);

    ServerFixture &server() { return *m_server; }
    TcpProxy &proxy() { return *m_proxy; }
    QNetworkAccessManager &nam() { return *m_nam; }
    ApiClient &api() { return *m_api; }
    Cache &cache() { return *m_cache; }
    SyncEngine &sync() { return *m_sync; }
    QString accessToken(); // a new sign-in as the user
    QString userId() const { return m_userId; }

private:
    Options m_options;
    QTemporaryDir m_dir;
    // Declared in the order they are built; destroyed the other way round.
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<TcpProxy> m_proxy;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncEngine> m_sync;
    QString m_userId;
};

} // namespace ov::test
