#include "SyncRetention.h"

#include "SyncCounter.h"

#include "db/Sql.h"
#include "db/Transaction.h"

#include <QSqlQuery>

namespace ov::server {

std::optional<SyncRetention::Pruned> SyncRetention::prune(Database &db, const QDateTime &cutoff)
{
    QSqlDatabase conn = db.connection();
    Transaction tx(conn, db.dialect());
    if (!tx.isActive())
        return std::nullopt;
    // Taking a version locks the counter: no write can record a deletion meanwhile.
    if (SyncCounter::bump(conn) == 0)
        return std::nullopt;
    const QString when = sql::timeText(cutoff);
    Pruned pruned;
    QSqlQuery q(conn);
    qint64 floor = 0;
    for (const auto &[table, column] :
         {std::pair{QStringLiteral("sync_tombstones"), QStringLiteral("deleted_at")},
          std::pair{QStringLiteral("sync_unlinks"), QStringLiteral("unlinked_at")}}) {
        if (!sql::exec(q,
                       QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM ") + table +
                           QStringLiteral(" WHERE ") + column + QStringLiteral(" < :t"),
                       {{":t", when}}) ||
            !q.next())
            return std::nullopt;
        floor = std::max(floor, q.value(0).toLongLong());
        if (!sql::exec(q,
                       QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE ") + column +
                           QStringLiteral(" < :t"),
                       {{":t", when}}))
            return std::nullopt;
        (table == QLatin1StringView("sync_tombstones") ? pruned.tombstones : pruned.unlinks) =
            q.numRowsAffected();
    }
    // A position below the newest dropped deletion could have missed it.
    if (floor > 0 && !SyncCounter::setFloor(conn, floor))
        return std::nullopt;
    const auto state = SyncCounter::read(conn);
    if (!state || !tx.commit())
        return std::nullopt;
    pruned.floorVersion = state->floorVersion;
    return pruned;
}

} // namespace ov::server
