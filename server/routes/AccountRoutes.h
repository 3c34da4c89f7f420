#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// The signed-in user's account: /me (profile, contact email, notification preferences,
// password), /me/totp (two-factor) and the password reset of people who cannot sign in.
class AccountRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
