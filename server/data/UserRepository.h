#pragma once

#include "User.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ov::server {

// Reads users on a given connection (the caller's transaction).
class UserRepository
{
public:
    static std::optional<User> byId(QSqlDatabase &conn, const QString &id);
    // By username, or by email when `login` contains '@'; case-insensitive.
    static std::optional<User> byLogin(QSqlDatabase &conn, const QString &login);
    static std::optional<User> byEmail(QSqlDatabase &conn, const QString &email);
    static QString normalize(const QString &s) { return s.trimmed().toLower(); }
    // The customer's name as the user is greeted: "Laura Gómez Restrepo" / the company.
    static QString displayName(QSqlDatabase &conn, const QString &customerId,
                               QString *customerType = nullptr);
    // By one column ("username_norm", "email_norm", "id").
    static std::optional<User> one(QSqlDatabase &conn, const QString &column, const QString &value);
};

} // namespace ov::server
