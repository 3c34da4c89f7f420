#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// GET /config (what the utility is and asks for) and GET /health (for load balancers).
class ConfigRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
