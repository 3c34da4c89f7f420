#pragma once

#include "SessionTokens.h"

namespace ov::server {

struct LoginResult
{
    enum class Outcome { SignedIn, InvalidCredentials, Locked, NotActivated, Error };

    Outcome outcome = Outcome::Error;
    SessionTokens tokens;      // SignedIn
    int retryAfterSeconds = 0; // Locked
};

} // namespace ov::server
