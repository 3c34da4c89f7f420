#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// POST /sessions (sign in), POST /sessions/refresh, DELETE /sessions/current (sign out).
class SessionRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
