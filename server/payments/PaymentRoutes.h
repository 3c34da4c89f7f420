#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// POST /invoices/{id}/payments (Idempotency-Key required) and GET /payments/{id} for the app;
// GET and POST /pay/{id}, the hosted payment page a browser opens (HTML, a CSRF token that must
// match the page's SameSite=Strict cookie, a strict CSP, never framed, never cached).
class PaymentRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
