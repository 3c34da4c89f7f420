#include "AuthSession.h"

#include "core/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ov {

AuthSession::AuthSession(ApiClient *api, TokenStore *store, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    m_api->setRefresher([this](std::function<void(bool)> done) { refresh(std::move(done)); });
}

bool AuthSession::acceptTokens(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString access = o.value(QLatin1StringView("accessToken")).toString();
    const QString refresh = o.value(QLatin1StringView("refreshToken")).toString();
    const QString user = o.value(QLatin1StringView("userId")).toString();
    if (access.isEmpty() || refresh.isEmpty() || user.isEmpty())
        return false;
    m_api->setAccessToken(access);
    m_refreshToken = refresh;
    m_userId = user;
    return true;
}

void AuthSession::storeRefreshToken()
{
    if (!m_remember)
        return;
    m_store->write(key(), m_refreshToken, this, [this](TokenStore::Status s) {
        if (s == TokenStore::Status::NoBackend || s == TokenStore::Status::Failed) {
            qCWarning(lcAuth) << "the refresh token could not be stored in the keychain";
            m_remember = false;
            emit keychainUnavailable();
        }
    });
}

void AuthSession::post(const QString &path, const QJsonObject &body, bool remember, Done done)
{
    ApiCall call = ApiCall::post(path, QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    m_api->send(call, this, [this, remember, done](const ApiResult &r) {
        if (r.error)
            return done({r.error, {}});
        const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
        if (answer.value(QLatin1StringView("mfaRequired")).toBool()) {
            const QString token = answer.value(QLatin1StringView("mfaToken")).toString();
            if (!token.isEmpty())
                return done({std::nullopt, token});
        }
        if (!acceptTokens(r.body))
            return done({ApiError{ApiError::Kind::InvalidResponse,
                                  r.status,
                                  {},
                                  QStringLiteral("an answer without tokens"),
                                  -1},
                         {}});
        m_remember = remember;
        qCInfo(lcAuth) << "signed in as" << m_userId << (remember ? "(kept)" : "");
        storeRefreshToken();
        done({});
    });
}

void AuthSession::signIn(const QString &login, const QString &password, bool remember, Done done)
{
    post(QStringLiteral("/sessions"),
         {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}}, remember,
         std::move(done));
}

void AuthSession::completeMfa(const QString &mfaToken, const QString &code, bool remember,
                              Done done)
{
    post(QStringLiteral("/sessions/mfa"),
         {{QStringLiteral("mfaToken"), mfaToken}, {QStringLiteral("code"), code}}, remember,
         std::move(done));
}

void AuthSession::activate(const QString &code, const QString &password, bool remember, Done done)
{
    post(QStringLiteral("/activations"),
         {{QStringLiteral("code"), code}, {QStringLiteral("password"), password}}, remember,
         std::move(done));
}

void AuthSession::restore(const QString &userId, std::function<void(RestoreOutcome)> done)
{
    m_userId = userId;
    m_store->read(key(), this, [this, done](TokenStore::Status s, const QString &token) {
        if (s != TokenStore::Status::Ok || token.isEmpty()) {
            m_userId.clear();
            return done(RestoreOutcome::NoToken);
        }
        m_refreshToken = token;
        m_remember = true;
        refresh([this, done](bool ok) {
            if (ok)
                return done(RestoreOutcome::SignedIn);
            // Refresh clears the user when the server said no; otherwise we are offline.
            done(isSignedIn() ? RestoreOutcome::Offline : RestoreOutcome::Rejected);
        });
    });
}

void AuthSession::refresh(std::function<void(bool)> done)
{
    if (m_refreshToken.isEmpty())
        return done(false);
    m_waiting.append(std::move(done));
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QJsonObject body{{QStringLiteral("refreshToken"), m_refreshToken}};
    ApiCall call = ApiCall::post(QStringLiteral("/sessions/refresh"),
                                 QJsonDocument(body).toJson(QJsonDocument::Compact), false);
    m_api->send(call, this, [this](const ApiResult &r) {
        m_refreshing = false;
        bool ok = false;
        if (!r.error && acceptTokens(r.body)) {
            ok = true;
            storeRefreshToken(); // the server rotated it
        } else if (r.error && r.error->kind == ApiError::Kind::Http && r.status == 401) {
            qCInfo(lcAuth) << "the server no longer accepts this session";
            const QString staleKey = key();
            m_api->setAccessToken({});
            m_refreshToken.clear();
            m_userId.clear();
            m_store->remove(staleKey, this, [](TokenStore::Status) {});
            emit sessionExpired();
        }
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &callback : waiting)
            callback(ok);
    });
}

void AuthSession::signOut(std::function<void()> done)
{
    const QString staleKey = key();
    auto forget = [this, staleKey, done] {
        m_api->setAccessToken({});
        m_refreshToken.clear();
        m_userId.clear();
        m_remember = false;
        m_store->remove(staleKey, this, [done](TokenStore::Status) { done(); });
    };
    if (!m_api->hasAccessToken())
        return forget();
    ApiCall call;
    call.method = "DELETE";
    call.path = QStringLiteral("/sessions/current");
    call.timeoutMs = 5000;
    // Revoke on the server when it can be reached; forget locally in any case.
    m_api->send(call, this, [forget](const ApiResult &) { forget(); });
}

} // namespace ov
