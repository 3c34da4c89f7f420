#include "SessionService.h"

#include "OneTimeCodes.h"
#include "PasswordHasher.h"
#include "TokenGenerator.h"

#include "RateLimiter.h"

#include "accounts/TwoFactorService.h"
#include "data/UserRepository.h"
#include "http/ClientAddress.h"

#include "db/Sql.h"
#include "db/Transaction.h"

#include <QLoggingCategory>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcServerAuth, "ov.server.auth")

namespace ov::server {

namespace {
const QString kAccess = QStringLiteral("access");
const QString kRefresh = QStringLiteral("refresh");
} // namespace

SessionService::SessionService(Database &db, std::shared_ptr<const Clock> clock,
                               OneTimeCodes &codes, TwoFactorService &twoFactor,
                               RateLimiter &limiter, AddressLimits limits)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_codes(codes)
    , m_twoFactor(twoFactor)
    , m_limiter(limiter)
    , m_limits(limits)
{}

int SessionService::addressWait(const QString &clientAddress)
{
    if (clientAddress.isEmpty())
        return 0;
    const int address = m_limiter.wait(QStringLiteral("signin-address:") + clientAddress,
                                       m_limits.perAddress, m_limits.windowSeconds);
    const int block =
        m_limiter.wait(QStringLiteral("signin-block:") + ClientAddress::blockOf(clientAddress),
                       m_limits.perBlock, m_limits.windowSeconds);
    return std::max(address, block);
}

void SessionService::recordAddressFailure(const QString &clientAddress)
{
    if (clientAddress.isEmpty())
        return;
    m_limiter.hit(QStringLiteral("signin-address:") + clientAddress, m_limits.perAddress,
                  m_limits.windowSeconds);
    m_limiter.hit(QStringLiteral("signin-block:") + ClientAddress::blockOf(clientAddress),
                  m_limits.perBlock, m_limits.windowSeconds);
}

void SessionService::pruneThrottlesIfDue(QSqlDatabase &conn)
{
    const QDateTime now = m_clock->now();
    const qint64 ms = now.toMSecsSinceEpoch();
    qint64 last = m_lastPrune.load();
    if ((ms - last < 60000 && last <= ms) || !m_lastPrune.compare_exchange_strong(last, ms))
        return;
    // Failures stop counting 15 minutes after the last one; a lock ends when it ends.
    QSqlQuery q(conn);
    sql::exec(q,
              QStringLiteral("DELETE FROM login_throttle WHERE updated_at < :t AND"
                             " (locked_until IS NULL OR locked_until < :now)"),
              {{":t", sql::timeText(now.addSecs(-kLockSeconds))}, {":now", sql::timeText(now)}});
}

int SessionService::lockedSeconds(QSqlDatabase &conn, const QString &key)
{
    QSqlQuery q(conn);
    if (!sql::exec(
            q, QStringLiteral("SELECT locked_until FROM login_throttle WHERE throttle_key = :k"),
            {{":k", key}}) ||
        !q.next())
        return 0;
    const QDateTime until = sql::parseTime(q.value(0));
    if (!until.isValid())
        return 0;
    const qint64 ms = m_clock->now().msecsTo(until);
    return ms > 0 ? int(std::ceil(double(ms) / 1000.0)) : 0;
}

int SessionService::recordFailure(QSqlDatabase &conn, const QString &key)
{
    Transaction tx(conn, m_db.dialect());
    QSqlQuery q(conn);
    int failures = 0;
    if (sql::exec(q,
                  QStringLiteral("SELECT failures, locked_until, updated_at FROM login_throttle"
                                 " WHERE throttle_key = :k"),
                  {{":k", key}}) &&
        q.next()) {
        const QDateTime until = sql::parseTime(q.value(1));
        const QDateTime last = sql::parseTime(q.value(2));
        // A lock that has run out starts a fresh count, and so do failures 15 minutes old.
        const bool stale = !last.isValid() || last.secsTo(m_clock->now()) >= kLockSeconds;
        failures = (until.isValid() && until <= m_clock->now()) || (stale && !until.isValid())
                       ? 0
                       : q.value(0).toInt();
    }
    ++failures;
    QVariant lockedUntil = sql::nullText();
    int lockSeconds = 0;
    if (failures >= kMaxFailures) {
        lockSeconds = kLockSeconds;
        lockedUntil = sql::timeText(m_clock->now().addSecs(kLockSeconds));
        qCInfo(lcServerAuth) << "login locked after" << failures << "failures";
    }
    sql::exec(
        q,
        QStringLiteral("INSERT INTO login_throttle (throttle_key, failures, locked_until,"
                       " updated_at) VALUES (:k, :f, :l, :t) ON CONFLICT (throttle_key) DO UPDATE"
                       " SET failures = excluded.failures, locked_until = excluded.locked_until,"
                       " updated_at = excluded.updated_at"),
        {{":k", key},
         {":f", failures >= kMaxFailures ? 0 : failures},
         {":l", lockedUntil},
         {":t", sql::timeText(m_clock->now())}});
    tx.commit();
    return lockSeconds;
}

void SessionService::clearFailures(QSqlDatabase &conn, const QString &key)
{
    QSqlQuery q(conn);
    sql::exec(q, QStringLiteral("DELETE FROM login_throttle WHERE throttle_key = :k"),
              {{":k", key}});
}

LoginResult SessionService::login(const QString &login, const QString &password,
                                  const QString &userAgent, const QString &clientAddress)
{
    QSqlDatabase conn = m_db.connection();
    pruneThrottlesIfDue(conn);
    // Before anything is checked: an address that failed too often waits, whatever the login
    // (a known one or not: both count the same).
    if (const int wait = addressWait(clientAddress); wait > 0)
        return {LoginResult::Outcome::Throttled, {}, wait, {}, {}};
    const auto user = UserRepository::byLogin(conn, login);
    // Unknown logins are throttled under their own key, exactly like real ones.
    const QString key =
        user ? QString(QStringLiteral("user:") + user->id)
             : QString(QStringLiteral("login:") + normalize(login)); // one type for ?: (Qt 6.8)
    if (const int locked = lockedSeconds(conn, key); locked > 0)
        return {LoginResult::Outcome::Locked, {}, locked, {}, {}};

    bool ok = false;
    if (!user || user->passwordHash.isEmpty())
        PasswordHasher::verifyDummy(password);
    else
        ok = PasswordHasher::verify(user->passwordHash, password);
    if (!ok) {
        recordAddressFailure(clientAddress);
        if (const int lock = recordFailure(conn, key); lock > 0)
            return {LoginResult::Outcome::Locked, {}, lock, {}, {}};
        return {LoginResult::Outcome::InvalidCredentials, {}, 0, {}, {}};
    }
    if (!user->isActive())
        return {LoginResult::Outcome::NotActivated, {}, 0, {}, {}};
    if (user->hasTwoFactor()) {
        // The count of failures is cleared only once the second factor is right too: a right
        // password must not buy another round of code guesses.
        Transaction tx(conn, m_db.dialect());
        const QString token = m_codes.issue(conn, OneTimeCodes::Purpose::Mfa, user->id, {},
                                            TokenGenerator::token(QStringLiteral("ovm_")));
        if (token.isEmpty() || !tx.commit())
            return {LoginResult::Outcome::Error, {}, 0, {}, {}};
        return {LoginResult::Outcome::MfaRequired,
                {},
                0,
                token,
                m_clock->now().addSecs(OneTimeCodes::lifetimeSeconds(OneTimeCodes::Purpose::Mfa))};
    }
    clearFailures(conn, key);
    const auto tokens = createSession(user->id, userAgent);
    if (!tokens)
        return {LoginResult::Outcome::Error, {}, 0, {}, {}};
    return {LoginResult::Outcome::SignedIn, *tokens, 0, {}, {}};
}

LoginResult SessionService::completeMfa(const QString &mfaToken, const QString &code,
                                        const QString &userAgent, const QString &clientAddress)
{
    QSqlDatabase conn = m_db.connection();
    if (const int wait = addressWait(clientAddress); wait > 0)
        return {LoginResult::Outcome::Throttled, {}, wait, {}, {}};
    const auto pending = m_codes.redeem(conn, OneTimeCodes::Purpose::Mfa, mfaToken, false);
    if (pending.outcome != OneTimeCodes::Outcome::Redeemed)
        return {LoginResult::Outcome::InvalidMfaToken, {}, 0, {}, {}};
    const QString key = QStringLiteral("user:") + pending.userId;
    if (const int locked = lockedSeconds(conn, key); locked > 0)
        return {LoginResult::Outcome::Locked, {}, locked, {}, {}};
    bool verified = false;
    {
        Transaction tx(conn, m_db.dialect());
        const auto user = UserRepository::byId(conn, pending.userId);
        verified = user && m_twoFactor.verify(conn, *user, code) &&
                   m_codes.redeem(conn, OneTimeCodes::Purpose::Mfa, mfaToken, true).outcome ==
                       OneTimeCodes::Outcome::Redeemed;
        if (verified && !tx.commit())
            return {LoginResult::Outcome::Error, {}, 0, {}, {}};
    }
    if (!verified) {
        recordAddressFailure(clientAddress);
        if (const int lock = recordFailure(conn, key); lock > 0)
            return {LoginResult::Outcome::Locked, {}, lock, {}, {}};
        return {LoginResult::Outcome::InvalidMfaCode, {}, 0, {}, {}};
    }
    clearFailures(conn, key);
    const auto tokens = createSession(pending.userId, userAgent);
    if (!tokens)
        return {LoginResult::Outcome::Error, {}, 0, {}, {}};
    return {LoginResult::Outcome::SignedIn, *tokens, 0, {}, {}};
}

std::optional<SessionTokens> SessionService::createSession(const QString &userId,
                                                           const QString &userAgent)
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn, m_db.dialect());
    QSqlQuery q(conn);
    SessionTokens tokens;
    tokens.userId = userId;
    tokens.sessionId = TokenGenerator::id(QStringLiteral("ses_"));
    const QString now = sql::timeText(m_clock->now());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO sessions (id, user_id, created_at, last_used_at,"
                                  " user_agent) VALUES (:id, :u, :now, :now2, :ua)"),
                   {{":id", tokens.sessionId},
                    {":u", userId},
                    {":now", now},
                    {":now2", now},
                    {":ua", userAgent.left(200)}}) ||
        !issueTokens(conn, tokens) || !tx.commit())
        return std::nullopt;
    qCInfo(lcServerAuth) << "signed in" << userId << tokens.sessionId;
    return tokens;
}

bool SessionService::revokeAllForUser(const QString &userId, const QString &keepSessionId)
{
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    const bool ok =
        sql::exec(q,
                  QStringLiteral("UPDATE sessions SET revoked_at = :t WHERE user_id = :u"
                                 " AND revoked_at IS NULL AND id <> :keep"),
                  {{":t", sql::timeText(m_clock->now())},
                   {":u", userId},
                   {":keep", sql::notNull(keepSessionId)}});
    // After the revocation is committed: a check that read the session before it cannot
    // be remembered any more (AccessTokenCache::epoch).
    m_checked.forgetUser(userId);
    return ok;
}

bool SessionService::clearLockout(const QString &userId)
{
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    return sql::exec(q, QStringLiteral("DELETE FROM login_throttle WHERE throttle_key = :k"),
                     {{":k", QString(QStringLiteral("user:") + userId)}});
}

bool SessionService::issueTokens(QSqlDatabase &conn, SessionTokens &tokens)
{
    const QDateTime now = m_clock->now();
    tokens.accessToken = TokenGenerator::token(QStringLiteral("ova_"));
    tokens.accessExpiresAt = now.addSecs(kAccessSeconds);
    tokens.refreshToken = TokenGenerator::token(QStringLiteral("ovr_"));
    tokens.refreshExpiresAt = now.addSecs(kRefreshSeconds);
    QSqlQuery q(conn);
    const QString insert = QStringLiteral("INSERT INTO session_tokens (token_hash, session_id,"
                                          " kind, expires_at) VALUES (:h, :s, :k, :e)");
    return sql::exec(q, insert,
                     {{":h", TokenGenerator::hash(tokens.accessToken)},
                      {":s", tokens.sessionId},
                      {":k", kAccess},
                      {":e", sql::timeText(tokens.accessExpiresAt)}}) &&
           sql::exec(q, insert,
                     {{":h", TokenGenerator::hash(tokens.refreshToken)},
                      {":s", tokens.sessionId},
                      {":k", kRefresh},
                      {":e", sql::timeText(tokens.refreshExpiresAt)}});
}

std::optional<SessionTokens> SessionService::refresh(const QString &refreshToken)
{
    if (!refreshToken.startsWith(QLatin1StringView("ovr_")))
        return std::nullopt;
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn, m_db.dialect());
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT t.session_id, t.expires_at, t.used_at, s.user_id,"
                                  " s.revoked_at FROM session_tokens t JOIN sessions s"
                                  " ON s.id = t.session_id WHERE t.token_hash = :h"
                                  " AND t.kind = :k"),
                   {{":h", TokenGenerator::hash(refreshToken)}, {":k", kRefresh}}) ||
        !q.next())
        return std::nullopt;
    SessionTokens tokens;
    tokens.sessionId = q.value(0).toString();
    const QDateTime expires = sql::parseTime(q.value(1));
    const bool used = !q.value(2).isNull();
    tokens.userId = q.value(3).toString();
    const bool revoked = !q.value(4).isNull();
    const QDateTime now = m_clock->now();
    if (revoked || expires <= now)
        return std::nullopt;
    if (used) {
        // A refresh token is good once: seeing it again means someone else has a copy.
        qCWarning(lcServerAuth) << "refresh token replayed; revoking session" << tokens.sessionId;
        sql::exec(q, QStringLiteral("UPDATE sessions SET revoked_at = :t WHERE id = :s"),
                  {{":t", sql::timeText(now)}, {":s", tokens.sessionId}});
        tx.commit();
        m_checked.forgetSession(tokens.sessionId);
        return std::nullopt;
    }
    if (!sql::exec(q,
                   QStringLiteral("UPDATE session_tokens SET used_at = :t WHERE token_hash = :h"),
                   {{":t", sql::timeText(now)}, {":h", TokenGenerator::hash(refreshToken)}}) ||
        !sql::exec(q,
                   QStringLiteral("DELETE FROM session_tokens WHERE session_id = :s"
                                  " AND expires_at < :t"),
                   {{":s", tokens.sessionId}, {":t", sql::timeText(now)}}) ||
        !sql::exec(q, QStringLiteral("UPDATE sessions SET last_used_at = :t WHERE id = :s"),
                   {{":t", sql::timeText(now)}, {":s", tokens.sessionId}}) ||
        !issueTokens(conn, tokens) || !tx.commit())
        return std::nullopt;
    return tokens;
}

std::optional<Principal> SessionService::authenticate(const QString &accessToken)
{
    if (!accessToken.startsWith(QLatin1StringView("ova_")) || accessToken.size() > 200)
        return std::nullopt;
    const QString hash = TokenGenerator::hash(accessToken);
    const QDateTime now = m_clock->now();
    if (auto known = m_checked.find(hash, now))
        return known;
    const quint64 epoch = m_checked.epoch();
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT s.id, s.user_id, t.expires_at FROM session_tokens t"
                                  " JOIN sessions s ON s.id = t.session_id WHERE t.token_hash = :h"
                                  " AND t.kind = :k AND t.expires_at > :now"
                                  " AND s.revoked_at IS NULL"),
                   {{":h", hash}, {":k", kAccess}, {":now", sql::timeText(now)}}) ||
        !q.next())
        return std::nullopt;
    const Principal principal{q.value(1).toString(), q.value(0).toString()};
    m_checked.remember(hash, principal, sql::parseTime(q.value(2)), now, epoch);
    return principal;
}

bool SessionService::revoke(const QString &sessionId)
{
    QSqlDatabase conn = m_db.connection();
    QSqlQuery q(conn);
    const bool ok = sql::exec(q,
                              QStringLiteral("UPDATE sessions SET revoked_at = :t WHERE id = :s"
                                             " AND revoked_at IS NULL"),
                              {{":t", sql::timeText(m_clock->now())}, {":s", sessionId}});
    m_checked.forgetSession(sessionId); // after the commit, as in revokeAllForUser
    return ok;
}

} // namespace ov::server
