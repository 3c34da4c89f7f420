#include "SessionTokens.h"

#include "domain/Json.h"

namespace ov::server {

QJsonObject SessionTokens::toJson() const
{
    return {{QStringLiteral("tokenType"), QStringLiteral("Bearer")},
            {QStringLiteral("accessToken"), accessToken},
            {QStringLiteral("accessTokenExpiresAt"), json::dateTime(accessExpiresAt)},
            {QStringLiteral("refreshToken"), refreshToken},
            {QStringLiteral("refreshTokenExpiresAt"), json::dateTime(refreshExpiresAt)},
            {QStringLiteral("userId"), userId}};
}

} // namespace ov::server
