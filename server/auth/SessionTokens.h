#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace ov::server {

// What a successful sign-in or refresh hands to the client.
struct SessionTokens
{
    QString sessionId;
    QString userId;
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;

    QJsonObject toJson() const;
};

} // namespace ov::server
