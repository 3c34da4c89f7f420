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

int RateLimiter::hit(const QString &bucket, int limit, int windowSeconds)
{
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
