#include "CodeAndPassword.h"

#include "PasswordRules.h"

#include "auth/PasswordHasher.h"
#include "data/UserRepository.h"
#include "domain/JsonFieldReader.h"

namespace ov::server {

CodeAndPassword::Checked CodeAndPassword::check(const QJsonObject &body, QSqlDatabase &conn,
                                                OneTimeCodes &codes, OneTimeCodes::Purpose purpose,
                                                const UtilityConfig &config, RateLimiter &limiter,
                                                const QString &bucket, int limitPerHour,
                                                const std::function<bool(const User &)> &eligible)
{
    Checked c;
    JsonFieldReader fields(body);
    c.code = fields.requiredString(QStringLiteral("code"), 100);
    const QString password = fields.requiredString(QStringLiteral("password"), 1024, 0);
    if (!fields.ok()) {
        c.refusal = ServiceResult::invalid(fields.errors());
        return c;
    }
    if (const int wait = limiter.hit(bucket, limitPerHour, 3600)) {
        c.refusal = ServiceResult::problem(429, QStringLiteral("too_many_requests"), {}, wait);
        return c;
    }
    const auto peek = codes.redeem(conn, purpose, c.code, false);
    if (peek.outcome == OneTimeCodes::Outcome::Expired) {
        c.refusal = ServiceResult::problem(410, QStringLiteral("code_expired"));
        return c;
    }
    const auto user = peek.outcome == OneTimeCodes::Outcome::Redeemed
                          ? UserRepository::byId(conn, peek.userId)
                          : std::nullopt;
    if (!user || !eligible(*user)) {
        c.refusal = ServiceResult::problem(400, QStringLiteral("invalid_code"));
        return c;
    }
    const QList<FieldError> weak = PasswordRules::check(config, QStringLiteral("password"),
                                                        password, user->username, user->email);
    if (!weak.isEmpty()) {
        c.refusal = ServiceResult::invalid(weak);
        return c;
    }
    c.user = *user;
    c.hash = PasswordHasher::hash(password);
    if (c.hash.isEmpty())
        c.refusal = ServiceResult::internalError();
    return c;
}

} // namespace ov::server
