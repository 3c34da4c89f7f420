#pragma once

#include "auth/OneTimeCodes.h"
#include "auth/RateLimiter.h"
#include "data/User.h"
#include "domain/PasswordPolicy.h"
#include "domain/UtilityConfig.h"
#include "http/ServiceResult.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace ov::server {

// The first half of every "emailed code + new password" request (activation, password reset):
// read {code, password}, count the attempt, and check the code and the password — all before
// the code is spent, so a weak password does not cost the person their code. The caller then
// spends the code and stores `hash` in one transaction.
class CodeAndPassword
{
public:
    struct Checked
    {
        std::optional<ServiceResult> refusal; // set: answer with it
        QString code;
        User user;
        QString hash; // Argon2id of the new password
    };

    static Checked check(const QJsonObject &body, QSqlDatabase &conn, OneTimeCodes &codes,
                         OneTimeCodes::Purpose purpose, const UtilityConfig &config,
                         RateLimiter &limiter, const QString &bucket, int limitPerHour,
                         const std::function<bool(const User &)> &eligible);
};

} // namespace ov::server
