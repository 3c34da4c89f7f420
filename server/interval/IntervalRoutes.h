#pragma once

#include "ServerContext.h"
#include "http/Router.h"

namespace ov::server {

// GET /api/v1/contracts/{contractId}/interval-data?from&to&resolution: a smart-meter
// contract's consumption per quarter-hour, hour or day (IntervalProfile), compactly — the
// range's start, the step and one number per interval — gzip on the wire, with an ETag per
// range, so a client asks only for the ranges it lacks and revalidates them cheaply.
class IntervalRoutes
{
public:
    static constexpr int kMaxDays = 1127;   // one request may carry three years and a month
    static constexpr int kHistoryYears = 3; // how far back the meters' data goes

    static void install(Router &router, ServerContext &context);
};

} // namespace ov::server
