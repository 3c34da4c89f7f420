#pragma once

#include "TokenStore.h"

#include "api/ApiClient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ov {

// The signed-in user of one utility. The access token lives in memory only (in ApiClient);
// the refresh token lives in memory for this run and, with "keep me signed in", in the OS
// keychain (never in settings, logs or the cache). Refreshes are coalesced: many requests that
// meet a 401 at once cause one refresh.
class AuthSession : public QObject
{
    Q_OBJECT

public:
    enum class RestoreOutcome
    {
        SignedIn, // the server accepted the stored refresh token
        Offline,  // a stored token exists but the server cannot be reached: work from the cache
        NoToken,  // nothing stored (or no keychain): sign in
        Rejected, // the server refused the stored token (expired, revoked): sign in
    };

    AuthSession(ApiClient *api, TokenStore *store, QObject *parent = nullptr);

    void setProfileId(const QString &profileId) { m_profileId = profileId; }
    QString userId() const { return m_userId; }
    bool isSignedIn() const { return !m_userId.isEmpty(); }
    bool remembers() const { return m_remember; }

    // How a sign-in step ended: signed in (no error, no token), a second factor is needed
    // (mfaToken set), or an error.
    struct Outcome
    {
        std::optional<ApiError> error;
        QString mfaToken;
    };
    using Done = std::function<void(const Outcome &)>;

    void signIn(const QString &login, const QString &password, bool remember, Done done);
    // The second step with a TOTP or recovery code, after signIn() asked for it.
    void completeMfa(const QString &mfaToken, const QString &code, bool remember, Done done);
    // Registration's last step: the emailed code and the new password sign the user in.
    void activate(const QString &code, const QString &password, bool remember, Done done);
    void restore(const QString &userId, std::function<void(RestoreOutcome)> done);
    void refresh(std::function<void(bool)> done);
    void signOut(std::function<void()> done);

signals:
    // No keychain could store the token: the user must sign in at every start.
    void keychainUnavailable();
    // The server no longer accepts this session; the user must sign in again.
    void sessionExpired();

private:
    bool acceptTokens(const QByteArray &body);
    void post(const QString &path, const QJsonObject &body, bool remember, Done done);
    void storeRefreshToken();
    QString key() const { return TokenStore::keyFor(m_profileId, m_userId); }

    ApiClient *m_api;
    TokenStore *m_store;
    QString m_profileId;
    QString m_userId;
    QString m_refreshToken;
    bool m_remember = false;
    bool m_refreshing = false;
    QList<std::function<void(bool)>> m_waiting;
};

} // namespace ov
