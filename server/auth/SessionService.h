#pragma once

#include "AccessTokenCache.h"
#include "LoginResult.h"
#include "Principal.h"
#include "SessionTokens.h"

#include "db/Database.h"
#include "domain/Clock.h"

#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace ov::server {

// Sign-in, token refresh with rotation, sign-out and access-token checks.
//
// Access tokens live 15 minutes; refresh tokens 30 days and are single-use: refreshing returns
// a new pair, and presenting a used refresh token again revokes the whole session (it was
// stolen or replayed). Five consecutive failed sign-ins lock the login for 15 minutes; unknown
// logins are throttled the same way and cost the same hashing time, so the answers never tell
// whether an account exists.
class OneTimeCodes;
class RateLimiter;
class TwoFactorService;

class SessionService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockSeconds = 15 * 60;
    static constexpr int kAccessSeconds = 15 * 60;
    static constexpr int kRefreshSeconds = 30 * 24 * 3600;

    // Failed attempts accepted from one address and from its block per window (429 beyond):
    // per-login lockout alone lets one address try one password on every login.
    struct AddressLimits
    {
        int perAddress = 20;
        int perBlock = 100;
        int windowSeconds = 15 * 60;
    };

    SessionService(Database &db, std::shared_ptr<const Clock> clock, OneTimeCodes &codes,
                   TwoFactorService &twoFactor, RateLimiter &limiter, AddressLimits limits);

    LoginResult login(const QString &login, const QString &password, const QString &userAgent,
                      const QString &clientAddress = {});
    // The second step for users with two-factor on: the token from login() and a TOTP or
    // recovery code. Wrong codes count towards the same lockout as wrong passwords.
    LoginResult completeMfa(const QString &mfaToken, const QString &code, const QString &userAgent,
                            const QString &clientAddress = {});
    // A new session for a user who proved who they are some other way (activation).
    std::optional<SessionTokens> createSession(const QString &userId, const QString &userAgent);
    // Ends every session of the user but `keepSessionId` (empty: all).
    bool revokeAllForUser(const QString &userId, const QString &keepSessionId = {});
    // Lifts a lockout (back office; a password reset).
    bool clearLockout(const QString &userId);
    std::optional<SessionTokens> refresh(const QString &refreshToken);
    std::optional<Principal> authenticate(const QString &accessToken);
    bool revoke(const QString &sessionId);

    static QString normalize(const QString &login) { return login.trimmed().toLower(); }

private:
    bool issueTokens(QSqlDatabase &conn, SessionTokens &tokens);
    int lockedSeconds(QSqlDatabase &conn, const QString &key);
    int recordFailure(QSqlDatabase &conn, const QString &key); // returns lock seconds (0: none)
    void clearFailures(QSqlDatabase &conn, const QString &key);
    // Seconds until this address (or its block) may try again; 0: now.
    int addressWait(const QString &clientAddress);
    void recordAddressFailure(const QString &clientAddress);
    void pruneThrottlesIfDue(QSqlDatabase &conn);

    Database &m_db;
    AccessTokenCache m_checked;
    std::shared_ptr<const Clock> m_clock;
    OneTimeCodes &m_codes;
    TwoFactorService &m_twoFactor;
    RateLimiter &m_limiter;
    AddressLimits m_limits;
    std::atomic<qint64> m_lastPrune = 0;
};

} // namespace ov::server
