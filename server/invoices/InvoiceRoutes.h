#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// GET /invoices/{id} (the invoice, as the feed carries it) and GET /invoices/{id}/pdf (the
// document, rendered on request and kept while the contract's invoices are unchanged; the same
// invoice gives the same bytes, so the ETag holds across instances). Another user's invoice is
// 404.
class InvoiceRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
