#include "UserRepository.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace ov::server {

std::optional<User> UserRepository::one(QSqlDatabase &conn, const QString &where,
                                        const QString &value)
{
    QSqlQuery q(conn);
    if (!sql::exec(
            q,
            QStringLiteral("SELECT id, customer_id, username, email, contact_email, phone, status,"
                           " password_hash, totp_secret, totp_pending_secret, totp_last_step,"
                           " terms_version, created_at FROM users WHERE ") +
                where + QStringLiteral(" = :v"),
            {{":v", value}}) ||
        !q.next())
        return std::nullopt;
    User u;
    u.id = q.value(0).toString();
    u.customerId = q.value(1).toString();
    u.username = q.value(2).toString();
    u.email = q.value(3).toString();
    u.contactEmail = q.value(4).toString();
    u.phone = q.value(5).toString();
    u.status = q.value(6).toString();
    u.passwordHash = q.value(7).toString();
    u.totpSecret = q.value(8).toString();
    u.totpPendingSecret = q.value(9).toString();
    u.totpLastStep = q.value(10).isNull() ? -1 : q.value(10).toLongLong();
    u.termsVersion = q.value(11).toString();
    u.createdAt = sql::parseTime(q.value(12));
    return u;
}

std::optional<User> UserRepository::byId(QSqlDatabase &conn, const QString &id)
{
    return one(conn, QStringLiteral("id"), id);
}

std::optional<User> UserRepository::byLogin(QSqlDatabase &conn, const QString &login)
{
    const QString norm = normalize(login);
    return one(conn,
               norm.contains(QLatin1Char('@')) ? QStringLiteral("email_norm")
                                               : QStringLiteral("username_norm"),
               norm);
}

std::optional<User> UserRepository::byEmail(QSqlDatabase &conn, const QString &email)
{
    return one(conn, QStringLiteral("email_norm"), normalize(email));
}

QString UserRepository::displayName(QSqlDatabase &conn, const QString &customerId,
                                    QString *customerType)
{
    QSqlQuery q(conn);
    if (!sql::exec(
            q, QStringLiteral("SELECT display_name, customer_type FROM customers WHERE id = :c"),
            {{":c", customerId}}) ||
        !q.next())
        return {};
    if (customerType)
        *customerType = q.value(1).toString();
    return q.value(0).toString();
}

} // namespace ov::server
