#pragma once

#include "auth/RateLimiter.h"
#include "data/User.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "http/ServiceResult.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace ov::server {

// TOTP two-factor authentication (RFC 6238: SHA-1, 6 digits, 30 s, ±1 step). Setting up gives
// a secret and an otpauth:// URI; confirming with a first code turns it on and hands out ten
// single-use recovery codes; turning it off needs the password and a code. A code is accepted
// once: after step N, codes of steps ≤ N are refused (no replay).
class TwoFactorService
{
public:
    static constexpr int kRecoveryCodes = 10;

    TwoFactorService(Database &db, std::shared_ptr<const Clock> clock, QString issuer,
                     RateLimiter &limiter);

    ServiceResult setup(const QString &userId);
    ServiceResult confirm(const QString &userId, const QString &code);
    ServiceResult disable(const QString &userId, const QString &password, const QString &code);
    // A TOTP code or an unused recovery code for this user; records what it used.
    bool verify(QSqlDatabase &conn, const User &user, const QString &code);

private:
    bool verifyTotp(QSqlDatabase &conn, const QString &userId, const QString &secretBase32,
                    qint64 lastStep, const QString &code);
    bool useRecoveryCode(QSqlDatabase &conn, const QString &userId, const QString &code);
    static QString newRecoveryCode();

    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    QString m_issuer;
    RateLimiter &m_limiter;
};

} // namespace ov::server
