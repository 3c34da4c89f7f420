#pragma once

#include "SessionTokens.h"

namespace ov::server {

struct LoginResult
{
    enum class Outcome
    {
        SignedIn,
        MfaRequired, // password right; now the second factor (POST /sessions/mfa)
        InvalidCredentials,
        InvalidMfaToken,
        InvalidMfaCode,
        Locked,
        Throttled, // too many failures from the caller's address or its block
        NotActivated,
        Error
    };

    Outcome outcome = Outcome::Error;
    SessionTokens tokens;      // SignedIn
    int retryAfterSeconds = 0; // Locked, Throttled
    QString mfaToken;          // MfaRequired
    QDateTime mfaExpiresAt;
};

} // namespace ov::server
