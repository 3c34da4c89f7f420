#include "TwoFactorService.h"

#include "auth/OneTimeCodes.h"
#include "auth/PasswordHasher.h"
#include "auth/TokenGenerator.h"
#include "data/UserRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "domain/Base32.h"
#include "domain/Totp.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <sodium.h>

namespace ov::server {

TwoFactorService::TwoFactorService(Database &db, std::shared_ptr<const Clock> clock, QString issuer,
                                   RateLimiter &limiter)
    : m_db(db)
    , m_clock(std::move(clock))
    , m_issuer(std::move(issuer))
    , m_limiter(limiter)
{}

QString TwoFactorService::newRecoveryCode()
{
    QByteArray raw(10, Qt::Uninitialized); // 80 bits
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString plain = Base32::encode(raw); // 16 characters
    return plain.left(8) + QLatin1Char('-') + plain.mid(8);
}

ServiceResult TwoFactorService::setup(const QString &userId)
{
    QSqlDatabase conn = m_db.connection();
    const auto user = UserRepository::byId(conn, userId);
    if (!user)
        return ServiceResult::internalError();
    if (user->hasTwoFactor())
        return ServiceResult::problem(409, QStringLiteral("totp_already_enabled"));
    QByteArray secret(20, Qt::Uninitialized); // 160 bits, as RFC 4226 recommends
    randombytes_buf(secret.data(), size_t(secret.size()));
    const QString base32 = Base32::encode(secret);
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral(
                       "UPDATE users SET totp_pending_secret = :s, updated_at = :t WHERE id = :u"),
                   {{":s", base32}, {":t", sql::timeText(m_clock->now())}, {":u", userId}}))
        return ServiceResult::internalError();
    return ServiceResult::ok(
        201, {{QStringLiteral("secret"), base32},
              {QStringLiteral("otpauthUri"), Totp::uri(m_issuer, user->username, secret)}});
}

bool TwoFactorService::verifyTotp(QSqlDatabase &conn, const QString &userId,
                                  const QString &secretBase32, qint64 lastStep, const QString &code)
{
    const auto secret = Base32::decode(secretBase32);
    if (!secret)
        return false;
    const qint64 step = Totp::matchingStep(*secret, code, m_clock->now());
    if (step < 0 || step <= lastStep)
        return false; // wrong, or already used (replay)
    QSqlQuery q(conn);
    // Conditional update: two requests racing with the same code cannot both win.
    return sql::exec(q,
                     QStringLiteral("UPDATE users SET totp_last_step = :s WHERE id = :u AND"
                                    " (totp_last_step IS NULL OR totp_last_step < :s2)"),
                     {{":s", step}, {":u", userId}, {":s2", step}}) &&
           q.numRowsAffected() == 1;
}

bool TwoFactorService::useRecoveryCode(QSqlDatabase &conn, const QString &userId,
                                       const QString &code)
{
    const QString normalized = OneTimeCodes::normalize(code);
    if (normalized.size() != 16)
        return false;
    QSqlQuery q(conn);
    return sql::exec(q,
                     QStringLiteral("UPDATE recovery_codes SET used_at = :t WHERE code_hash = :h"
                                    " AND user_id = :u AND used_at IS NULL"),
                     {{":t", sql::timeText(m_clock->now())},
                      {":h", TokenGenerator::hash(normalized)},
                      {":u", userId}}) &&
           q.numRowsAffected() == 1;
}

bool TwoFactorService::verify(QSqlDatabase &conn, const User &user, const QString &code)
{
    if (!user.hasTwoFactor())
        return false;
    return verifyTotp(conn, user.id, user.totpSecret, user.totpLastStep, code) ||
           useRecoveryCode(conn, user.id, code);
}

ServiceResult TwoFactorService::confirm(const QString &userId, const QString &code)
{
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn, m_db.dialect());
    const auto user = UserRepository::byId(conn, userId);
    if (!user)
        return ServiceResult::internalError();
    if (user->hasTwoFactor())
        return ServiceResult::problem(409, QStringLiteral("totp_already_enabled"));
    if (user->totpPendingSecret.isEmpty())
        return ServiceResult::problem(409, QStringLiteral("totp_not_set_up"));
    if (!verifyTotp(conn, userId, user->totpPendingSecret, -1, code))
        return ServiceResult::invalid({{QStringLiteral("code"), QStringLiteral("invalid")}});
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE users SET totp_secret = totp_pending_secret,"
                                  " totp_pending_secret = NULL, updated_at = :t WHERE id = :u"),
                   {{":t", sql::timeText(m_clock->now())}, {":u", userId}}) ||
        !sql::exec(q, QStringLiteral("DELETE FROM recovery_codes WHERE user_id = :u"),
                   {{":u", userId}}))
        return ServiceResult::internalError();
    QJsonArray codes;
    for (int i = 0; i < kRecoveryCodes; ++i) {
        const QString c = newRecoveryCode();
        if (!sql::exec(
                q,
                QStringLiteral("INSERT INTO recovery_codes (code_hash, user_id) VALUES (:h, :u)"),
                {{":h", TokenGenerator::hash(OneTimeCodes::normalize(c))}, {":u", userId}}))
            return ServiceResult::internalError();
        codes.append(c);
    }
    if (!tx.commit())
        return ServiceResult::internalError();
    return ServiceResult::ok(200, {{QStringLiteral("recoveryCodes"), codes}});
}

ServiceResult TwoFactorService::disable(const QString &userId, const QString &password,
                                        const QString &code)
{
    QSqlDatabase conn = m_db.connection();
    const auto user = UserRepository::byId(conn, userId);
    if (!user)
        return ServiceResult::internalError();
    if (!user->hasTwoFactor())
        return ServiceResult::problem(409, QStringLiteral("totp_not_enabled"));
    if (const int wait = m_limiter.hit(QStringLiteral("password-check:") + userId, 5, 15 * 60))
        return ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);
    // Hash outside the transaction: it takes tens of milliseconds.
    if (!PasswordHasher::verify(user->passwordHash, password))
        return ServiceResult::invalid({{QStringLiteral("password"), QStringLiteral("incorrect")}});
    Transaction tx(conn, m_db.dialect());
    if (!verify(conn, *user, code))
        return ServiceResult::invalid({{QStringLiteral("code"), QStringLiteral("invalid")}});
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL,"
                                  " totp_last_step = NULL, updated_at = :t WHERE id = :u"),
                   {{":t", sql::timeText(m_clock->now())}, {":u", userId}}) ||
        !sql::exec(q, QStringLiteral("DELETE FROM recovery_codes WHERE user_id = :u"),
                   {{":u", userId}}) ||
        !tx.commit())
        return ServiceResult::internalError();
    return ServiceResult::ok(204);
}

} // namespace ov::server
