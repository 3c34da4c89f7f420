#pragma once

#include "domain/FieldError.h"
#include "domain/PasswordPolicy.h"

#include <QList>
#include <QString>

namespace ov::server {

// The utility's password policy as field errors on one field (one entry per broken rule).
class PasswordRules
{
public:
    static QList<FieldError> check(const PasswordPolicy &policy, const QString &field,
                                   const QString &password, const QString &username,
                                   const QString &email)
    {
        QList<FieldError> errors;
        if (password.isEmpty())
            return {{field, QStringLiteral("required")}};
        const auto failures = policy.failures(password, username, email);
        for (const PasswordPolicy::Rule rule : failures)
            errors.append({field, PasswordPolicy::code(rule)});
        return errors;
    }
};

} // namespace ov::server
