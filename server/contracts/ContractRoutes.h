#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// GET /contracts, /contracts/{id}, /contracts/{id}/invoices and /contracts/{id}/readings;
// POST /contracts/links (link another), DELETE /contracts/{id}/link (unlink), PATCH
// /contracts/{id} (what the utility allows) and POST /contracts/{id}/billing-email/confirmation.
// Always the caller's own; another user's contract is 404, never 403 (it does not exist for
// them).
class ContractRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
