#pragma once

#include "db/Database.h"
#include "domain/Clock.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace ov::server {

// Single-use, expiring secrets sent to people or held by a client between two steps:
// activation (24 h), password reset (30 min), contact-email confirmation (24 h) and the token
// between the password and the second factor at sign-in (5 min). Only their SHA-256 is kept.
class OneTimeCodes
{
public:
    enum class Purpose
    {
        Activation,
        PasswordReset,
        ContactEmail,
        BillingEmail, // a contract's new billing email; payload: contract id
        Mfa
    };
    enum class Outcome
    {
        Redeemed,
        Invalid,
        Expired
    };
    struct Redemption
    {
        Outcome outcome = Outcome::Invalid;
        QString userId;
        QString payload;
    };

    // Every call runs on the caller's connection (its transaction): no database of its own.
    explicit OneTimeCodes(std::shared_ptr<const Clock> clock);

    // 160 random bits as grouped base32 ("K7M2-Q9XD-…"), easy to read aloud and to paste.
    static QString newCode();
    static QString normalize(const QString &code); // upper case, no spaces or dashes
    static int lifetimeSeconds(Purpose purpose);

    // Stores `code` (or a new one) for the user; earlier unused codes of the same purpose stop
    // working. Runs on `conn` (the caller's transaction). Empty string on failure.
    QString issue(QSqlDatabase &conn, Purpose purpose, const QString &userId,
                  const QString &payload = {}, const QString &code = {});
    // Checks and (when `consume`) spends a code, on `conn`.
    Redemption redeem(QSqlDatabase &conn, Purpose purpose, const QString &code,
                      bool consume = true);
    void revokeAll(QSqlDatabase &conn, Purpose purpose, const QString &userId);

private:
    static QString purposeName(Purpose purpose);

    std::shared_ptr<const Clock> m_clock;
};

} // namespace ov::server
