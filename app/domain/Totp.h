#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ov {

// RFC 6238 time-based one-time passwords as authenticator apps make them: HMAC-SHA-1,
// 6 digits, 30-second steps from the Unix epoch.
class Totp
{
public:
    static constexpr int kDigits = 6;
    static constexpr qint64 kStepSeconds = 30;

    static qint64 stepAt(const QDateTime &time);
    static QString codeForStep(const QByteArray &secret, qint64 step);
    static QString codeAt(const QByteArray &secret, const QDateTime &time);
    // The step (within ±window of `time`) whose code this is, or -1.
    static qint64 matchingStep(const QByteArray &secret, const QString &code, const QDateTime &time,
                               int window = 1);
    static QString uri(const QString &issuer, const QString &account, const QByteArray &secret);
};

} // namespace ov
