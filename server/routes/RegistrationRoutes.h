#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// POST /registrations, /registrations/{id}/user, /activations, /activations/resend.
class RegistrationRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
