#pragma once

#include <QDateTime>
#include <QString>

namespace ov::server {

// A user row as the account services need it.
struct User
{
    QString id;
    QString customerId;
    QString username;
    QString email;
    QString contactEmail;
    QString phone;
    QString status; // pending | active
    QString passwordHash;
    QString totpSecret;        // base32; empty: two-factor off
    QString totpPendingSecret; // set up but not confirmed yet
    qint64 totpLastStep = -1;  // last accepted step: a code is good once
    QString termsVersion;
    QDateTime createdAt;

    bool isActive() const { return status == QLatin1StringView("active"); }
    bool hasTwoFactor() const { return !totpSecret.isEmpty(); }
};

} // namespace ov::server
