#include "SyncCounter.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace ov::server {

std::optional<SyncCounter::State> SyncCounter::read(QSqlDatabase &conn)
{
    QSqlQuery q(conn);
    if (!sql::exec(q, QStringLiteral("SELECT version, floor_version, derived_as_of FROM sync_clock"
                                     " WHERE singleton = 1")) ||
        !q.next())
        return std::nullopt;
    return State{q.value(0).toLongLong(), q.value(1).toLongLong(),
                 QDate::fromString(q.value(2).toString(), Qt::ISODate)};
}

qint64 SyncCounter::bump(QSqlDatabase &conn)
{
    QSqlQuery q(conn);
    if (!sql::exec(
            q, QStringLiteral("UPDATE sync_clock SET version = version + 1 WHERE singleton = 1")) ||
        !sql::exec(q, QStringLiteral("SELECT version FROM sync_clock WHERE singleton = 1")) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool SyncCounter::setFloor(QSqlDatabase &conn, qint64 floorVersion)
{
    QSqlQuery q(conn);
    return sql::exec(q,
                     QStringLiteral("UPDATE sync_clock SET floor_version = :f WHERE singleton = 1"
                                    " AND floor_version < :f2"),
                     {{":f", floorVersion}, {":f2", floorVersion}});
}

bool SyncCounter::setDerivedAsOf(QSqlDatabase &conn, const QDate &day)
{
    QSqlQuery q(conn);
    return sql::exec(q,
                     QStringLiteral("UPDATE sync_clock SET derived_as_of = :d WHERE singleton = 1"),
                     {{":d", day.toString(Qt::ISODate)}});
}

} // namespace ov::server
