#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// POST /api/v1/contracts/{contractId}/readings: the customer enters a meter reading.
// (The list, GET, is served with the contract's other items in ContractRoutes.)
class ReadingRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
