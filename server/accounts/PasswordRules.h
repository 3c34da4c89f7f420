#pragma once

#include "domain/FieldError.h"
#include "domain/PasswordPolicy.h"
#include "domain/UtilityConfig.h"

#include <QList>
#include <QString>

namespace ov::server {

// The utility's password policy as field errors on one field (one entry per broken rule),
// with the utility's context words, exactly as the client's checklist applies it.
class PasswordRules
{
public:
    static QList<FieldError> check(const UtilityConfig &config, const QString &field,
                                   const QString &password, const QString &username,
                                   const QString &email)
    {
        QList<FieldError> errors;
        if (password.isEmpty())
            return {{field, QStringLiteral("required")}};
        const auto failures = config.passwordPolicy.failures(
            password, username, email, PasswordPolicy::contextWords(config.name, config.country));
        for (const PasswordPolicy::Rule rule : failures)
            errors.append({field, PasswordPolicy::code(rule)});
        return errors;
    }
};

} // namespace ov::server
