#pragma once

#include "db/Database.h"
#include "domain/Clock.h"

#include <QString>

#include <atomic>
#include <initializer_list>
#include <memory>
#include <utility>

namespace ov::server {

// Fixed-window counters in the database (so several server instances share them): at most
// `limit` hits per bucket ("register:203.0.113.7") per window.
class RateLimiter
{
public:
    RateLimiter(Database &db, std::shared_ptr<const Clock> clock);

    // Counts a hit; 0 when allowed, else the seconds until the window ends (for Retry-After).
    int hit(const QString &bucket, int limit, int windowSeconds);
    // Counts a hit in each bucket (e.g. per user and per client address), in order, stopping
    // at the first that is full: 0 when all allowed it, else that bucket's wait.
    int hitEach(std::initializer_list<std::pair<QString, int>> bucketsAndLimits, int windowSeconds);
    // 0 while the bucket has room for another hit, else the seconds until its window ends;
    // counts nothing (a throttle that counts only failures looks first, hits after).
    int wait(const QString &bucket, int limit, int windowSeconds);
    // Drops windows that ended (every bucket's window is at most a day), at most once a minute
    // per instance: the table holds only live windows however many addresses come by.
    void pruneIfDue();

    static constexpr int kLongestWindowSeconds = 24 * 3600;

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    std::atomic<qint64> m_lastPrune = 0; // ms since epoch
};

} // namespace ov::server
