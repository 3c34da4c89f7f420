#include "RateLimiter.h"

#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlQuery>

#include <cmath>

namespace ov::server {

RateLimiter::RateLimiter(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

int RateLimiter::wait(const QString &bucket, int limit, int windowSeconds)
{
    QSqlQuery q(m_db.connection());
    const QDateTime now = m_clock->now();
    if (!sql::exec(q,
                   QStringLiteral("SELECT window_start, hits FROM rate_limits WHERE bucket = :b"),
                   {{":b", bucket}}) ||
        !q.next())
        return 0;
    const QDateTime start = sql::parseTime(q.value(0));
    if (!start.isValid() || start.secsTo(now) >= windowSeconds || q.value(1).toInt() < limit)
        return 0;
    return int(std::max<qint64>(1, windowSeconds - start.secsTo(now)));
}

void RateLimiter::pruneIfDue()
{
    const QDateTime now = m_clock->now();
    const qint64 ms = now.toMSecsSinceEpoch();
    qint64 last = m_lastPrune.load();
    if (ms - last < 60000 && last <= ms)
        return;
    if (!m_lastPrune.compare_exchange_strong(last, ms))
        return; // another thread does it
    QSqlQuery q(m_db.connection());
    sql::exec(q, QStringLiteral("DELETE FROM rate_limits WHERE window_start < :t"),
              {{":t", sql::timeText(now.addSecs(-kLongestWindowSeconds))}});
}

int RateLimiter::hitEach(std::initializer_list<std::pair<QString, int>> bucketsAndLimits,
                         int windowSeconds)
{
    for (const auto &[bucket, limit] : bucketsAndLimits)
        if (const int wait = hit(bucket, limit, windowSeconds))
            return wait;
    return 0;
}

int RateLimiter::hit(const QString &bucket, int limit, int windowSeconds)
{
    pruneIfDue();
    QSqlDatabase conn = m_db.connection();
    Transaction tx(conn, m_db.dialect());
    QSqlQuery q(conn);
    const QDateTime now = m_clock->now();
    QDateTime start = now;
    int hits = 0;
    if (sql::exec(q, QStringLiteral("SELECT window_start, hits FROM rate_limits WHERE bucket = :b"),
                  {{":b", bucket}}) &&
        q.next()) {
        const QDateTime stored = sql::parseTime(q.value(0));
        if (stored.isValid() && stored.secsTo(now) < windowSeconds) {
            start = stored;
            hits = q.value(1).toInt();
        }
    }
    if (hits >= limit) {
        const qint64 left = windowSeconds - start.secsTo(now);
        return int(std::max<qint64>(1, left));
    }
    sql::exec(
        q,
        QStringLiteral("INSERT INTO rate_limits (bucket, window_start, hits) VALUES (:b, :s, :h)"
                       " ON CONFLICT (bucket) DO UPDATE SET window_start = excluded.window_start,"
                       " hits = excluded.hits"),
        {{":b", bucket}, {":s", sql::timeText(start)}, {":h", hits + 1}});
    tx.commit();
    return 0;
}

} // namespace ov::server
