#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// /request-categories, /requests (file, list, thread, reply, attachment download) and the
// public /contact form.
class RequestRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
