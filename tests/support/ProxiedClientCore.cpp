#include "ProxiedClientCore.h"

#include "profiles/UtilityProfile.h"

#include <QSqlQuery>

namespace ov::test {

ProxiedClientCore::ProxiedClientCore(Options options)
    : m_options(std::move(options))
{}

ProxiedClientCore::~ProxiedClientCore() = default;

QString ProxiedClientCore::accessToken()
{
    return m_server->accessToken(m_options.login, m_options.password);
}

bool ProxiedClientCore::start(QString *error)
{
    m_server = std::make_unique<ServerFixture>(QStringLiteral("electricity-co"), true,
                                               [this](server::ServerSettings &s) {
                                                   s.tlsCertPath = m_options.tlsCert;
                                                   s.tlsKeyPath = m_options.tlsKey;
                                               });
    if (!m_server->isValid()) {
        *error = m_server->error();
        return false;
    }
    m_proxy = std::make_unique<TcpProxy>("127.0.0.1", m_server->port());
    std::string proxyError;
    if (!m_proxy->start(&proxyError)) {
        *error = QString::fromStdString(proxyError);
        return false;
    }
    QSqlQuery q(m_server->db().database().connection());
    q.prepare(QStringLiteral("SELECT id FROM users WHERE username = :u"));
    q.bindValue(QStringLiteral(":u"), m_options.login);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("no demo user ") + m_options.login;
        return false;
    }
    m_userId = q.value(0).toString();

    m_nam = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<ApiClient>(m_nam.get());
    UtilityProfile profile;
    profile.id = m_options.profileId;
    profile.baseUrl = QUrl(
        QStringLiteral("%1://127.0.0.1:%2")
            .arg(m_options.tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"))
            .arg(m_proxy->port()));
    m_api->setProfile(profile);
    m_api->setAccessToken(accessToken());
    m_api->setRefresher([this](std::function<void(bool)> done) {
        m_api->setAccessToken(accessToken());
        done(true);
    });
    m_api->setTimeoutMs(m_options.timeoutMs);
    m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    m_sync = std::make_unique<SyncEngine>(
        m_api.get(), m_cache.get(),
        std::shared_ptr<const Clock>(&m_server->clock(), [](const Clock *) {}));
    m_sync->setRetryDelays(3600, 3600); // the test decides when to sync
    return true;
}

} // namespace ov::test
