#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// /notifications: list, mark one read, mark all read.
class NotificationRoutes
{
public:
    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
