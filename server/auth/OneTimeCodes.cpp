#include "OneTimeCodes.h"

#include "TokenGenerator.h"

#include "db/Sql.h"
#include "domain/Base32.h"

#include <QSqlQuery>

#include <sodium.h>

namespace ov::server {

OneTimeCodes::OneTimeCodes(std::shared_ptr<const Clock> clock)
    : m_clock(std::move(clock))
{}

QString OneTimeCodes::purposeName(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Activation:
        return QStringLiteral("activation");
    case Purpose::PasswordReset:
        return QStringLiteral("password_reset");
    case Purpose::ContactEmail:
        return QStringLiteral("contact_email");
    case Purpose::BillingEmail:
        return QStringLiteral("billing_email");
    case Purpose::Mfa:
        return QStringLiteral("mfa");
    }
    return {};
}

int OneTimeCodes::lifetimeSeconds(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Activation:
    case Purpose::ContactEmail:
    case Purpose::BillingEmail:
        return 24 * 3600;
    case Purpose::PasswordReset:
        return 30 * 60;
    case Purpose::Mfa:
        return 5 * 60;
    }
    return 0;
}

QString OneTimeCodes::newCode()
{
    QByteArray raw(20, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    const QString plain = Base32::encode(raw); // 32 characters
    QStringList groups;
    for (qsizetype i = 0; i < plain.size(); i += 4)
        groups << plain.mid(i, 4);
    return groups.join(QLatin1Char('-'));
}

QString OneTimeCodes::normalize(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c != QLatin1Char('-') && !c.isSpace())
            out += c.toUpper();
    return out;
}

QString OneTimeCodes::issue(QSqlDatabase &conn, Purpose purpose, const QString &userId,
                            const QString &payload, const QString &code)
{
    revokeAll(conn, purpose, userId);
    const QString secret = code.isEmpty() ? newCode() : code;
    const QDateTime now = m_clock->now();
    QSqlQuery q(conn);
    if (!sql::exec(
            q,
            QStringLiteral("INSERT INTO one_time_codes (code_hash, purpose, user_id, payload,"
                           " created_at, expires_at) VALUES (:h, :p, :u, :d, :c, :e)"),
            {{":h", TokenGenerator::hash(normalize(secret))},
             {":p", purposeName(purpose)},
             {":u", userId},
             {":d", sql::notNull(payload)},
             {":c", sql::timeText(now)},
             {":e", sql::timeText(now.addSecs(lifetimeSeconds(purpose)))}}))
        return {};
    return secret;
}

OneTimeCodes::Redemption OneTimeCodes::redeem(QSqlDatabase &conn, Purpose purpose,
                                              const QString &code, bool consume)
{
    Redemption r;
    const QString normalized = normalize(code);
    if (normalized.isEmpty() || normalized.size() > 200)
        return r;
    const QString hash = TokenGenerator::hash(normalized);
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT user_id, payload, expires_at, used_at FROM one_time_codes"
                                  " WHERE code_hash = :h AND purpose = :p"),
                   {{":h", hash}, {":p", purposeName(purpose)}}) ||
        !q.next() || !q.value(3).isNull())
        return r;
    if (sql::parseTime(q.value(2)) <= m_clock->now()) {
        r.outcome = Outcome::Expired;
        return r;
    }
    r.userId = q.value(0).toString();
    r.payload = q.value(1).toString();
    if (consume &&
        (!sql::exec(q,
                    QStringLiteral("UPDATE one_time_codes SET used_at = :t WHERE code_hash = :h"
                                   " AND used_at IS NULL"),
                    {{":t", sql::timeText(m_clock->now())}, {":h", hash}}) ||
         q.numRowsAffected() != 1))
        return Redemption{};
    r.outcome = Outcome::Redeemed;
    return r;
}

void OneTimeCodes::revokeAll(QSqlDatabase &conn, Purpose purpose, const QString &userId)
{
    QSqlQuery q(conn);
    sql::exec(
        q,
        QStringLiteral("UPDATE one_time_codes SET used_at = :t WHERE user_id = :u"
                       " AND purpose = :p AND used_at IS NULL"),
        {{":t", sql::timeText(m_clock->now())}, {":u", userId}, {":p", purposeName(purpose)}});
}

} // namespace ov::server
