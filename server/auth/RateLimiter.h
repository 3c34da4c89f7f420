#pragma once

#include "db/Database.h"
#include "domain/Clock.h"

#include <QString>

#include <memory>

namespace ov::server {

// Fixed-window counters in the database (so several server instances share them): at most
// `limit` hits per bucket ("register:203.0.113.7") per window.
class RateLimiter
{
public:
    RateLimiter(Database &db, std::shared_ptr<const Clock> clock);

    // Counts a hit; 0 when allowed, else the seconds until the window ends (for Retry-After).
    int hit(const QString &bucket, int limit, int windowSeconds);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace ov::server
