#include "UserItemSource.h"

#include "db/Sql.h"

#include <QSqlRecord>

namespace ov::server {

UserItemSource::UserItemSource(QString name, QString table, QString columns, RowMapper mapper)
    : m_name(std::move(name))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_mapper(std::move(mapper))
{}

bool UserItemSource::read(QSqlDatabase &conn, Part part, const SyncWindow &window,
                          const SyncKey &after, int limit, SyncBatch &out)
{
    // Not forward-only: the mapper may read more (a request's thread) on the same connection
    // while these rows are open, which PostgreSQL's single-row mode would not allow.
    QSqlQuery q(conn);
    if (part == Part::Whole)
        return true; // user items have no contract to arrive with: Changed brings them all
    if (part == Part::Removed) {
        if (window.since == 0)
            return true; // a full sync starts from nothing
        if (!sql::exec(q,
                       QStringLiteral("SELECT item_id FROM sync_tombstones WHERE resource = :r"
                                      " AND scope_id = :u AND version > :since AND item_id > :k"
                                      " ORDER BY item_id LIMIT :n"),
                       {{":r", m_name},
                        {":u", window.userId},
                        {":since", window.since},
                        {":k", sql::notNull(after.itemId)},
                        {":n", limit}}))
            return false;
        while (q.next()) {
            out.last = {QString(), q.value(0).toString()};
            out.removed.append(out.last.itemId);
            ++out.count;
        }
        return true;
    }
    if (!q.prepare(QStringLiteral("SELECT ") + m_columns + QStringLiteral(", t.id FROM ") +
                   m_table +
                   QStringLiteral(" t WHERE t.user_id = :u AND t.row_version > :since"
                                  " AND t.id > :k ORDER BY t.id LIMIT :n")))
        return sql::failed(q);
    q.bindValue(QStringLiteral(":u"), window.userId);
    q.bindValue(QStringLiteral(":since"), window.since);
    q.bindValue(QStringLiteral(":k"), sql::notNull(after.itemId));
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec())
        return sql::failed(q);
    int keyColumn = -1;
    while (q.next()) {
        if (keyColumn < 0)
            keyColumn = q.record().count() - 1;
        out.upserted.append(m_mapper(conn, q));
        out.last = {QString(), q.value(keyColumn).toString()};
        ++out.count;
    }
    return true;
}

} // namespace ov::server
