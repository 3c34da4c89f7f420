#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// GET /contracts, /contracts/{id}, /contracts/{id}/invoices and /contracts/{id}/readings:
// always the caller's own; another user's contract is 404, never 403 (it does not exist for
// them).
class ContractRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
