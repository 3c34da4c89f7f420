#pragma once

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace ov::server {

// The one row (sync_clock) that orders every change clients sync.
// - version: the last version handed to a write. bump() raises it inside the caller's write
//   transaction and keeps the row locked until that transaction ends, so writes commit in
//   version order and a reader that sees version N also sees every write up to N.
// - floorVersion: deletions older than this were pruned; a position below it cannot be
//   answered incrementally any more.
// - derivedAsOf: the utility's day for which date-derived fields (overdue) were last stamped.
class SyncCounter
{
public:
    struct State
    {
        qint64 version = 0;
        qint64 floorVersion = 0;
        QDate derivedAsOf; // invalid: never stamped
    };

    // nullopt on a database error.
    static std::optional<State> read(QSqlDatabase &conn);
    // In a write transaction: the next version, or 0 on a database error.
    static qint64 bump(QSqlDatabase &conn);
    static bool setFloor(QSqlDatabase &conn, qint64 floorVersion);
    static bool setDerivedAsOf(QSqlDatabase &conn, const QDate &day);
};

} // namespace ov::server
