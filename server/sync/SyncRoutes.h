#pragma once

#include "SyncFeed.h"

#include "http/Router.h"

namespace ov::server {

// GET /sync?token=&limit=: the caller's changes since their position (SyncFeed).
class SyncRoutes
{
public:
    static void install(Router &router, SyncFeed &feed);
};

} // namespace ov::server
