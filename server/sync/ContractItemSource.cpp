#include "ContractItemSource.h"

#include "db/Sql.h"

#include <QSqlRecord>

namespace ov::server {

ContractItemSource::ContractItemSource(QString name, QString table, QString columns,
                                       RowMapper mapper)
    : m_name(std::move(name))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_mapper(std::move(mapper))
{}

bool ContractItemSource::read(QSqlDatabase &conn, Part part, const SyncWindow &window,
                              const SyncKey &after, int limit, SyncBatch &out)
{
    QSqlQuery q(conn);
    q.setForwardOnly(true);
    if (part == Part::Removed) {
        if (!sql::exec(
                q,
                QStringLiteral(
                    "SELECT ts.scope_id, ts.item_id FROM user_contracts uc"
                    " JOIN sync_tombstones ts ON ts.resource = :r AND ts.scope_id = uc.contract_id"
                    " WHERE uc.user_id = :u AND uc.linked_version <= :since"
                    " AND ts.version > :since2 AND (uc.contract_id, ts.item_id) > (:k1, :k2)"
                    " ORDER BY uc.contract_id, ts.item_id LIMIT :n"),
                {{":r", m_name},
                 {":u", window.userId},
                 {":since", window.since},
                 {":since2", window.since},
                 {":k1", sql::notNull(after.contractId)},
                 {":k2", sql::notNull(after.itemId)},
                 {":n", limit}}))
            return false;
        while (q.next()) {
            out.last = {q.value(0).toString(), q.value(1).toString()};
            out.removed.append(out.last.itemId);
            ++out.count;
        }
        return true;
    }
    // Whole: every item of the contracts linked after `since`; Changed: the other contracts'
    // items with a newer version. Rows come in (contract id, item id) order: the user's contracts
    // in key order, each through the index on (contract_id, id) — ordering by uc.contract_id
    // lets SQLite see that and skip sorting the whole account — or a small sort of the changed
    // rows.
    const QString where =
        part == Part::Whole
            ? QStringLiteral("uc.linked_version > :since")
            : QStringLiteral("uc.linked_version <= :since AND t.row_version > :since2");
    const QString text =
        QStringLiteral("SELECT ") + m_columns + QStringLiteral(", t.contract_id, t.id FROM ") +
        QStringLiteral("user_contracts uc JOIN ") + m_table +
        QStringLiteral(" t ON t.contract_id = uc.contract_id WHERE uc.user_id = :u AND ") + where +
        QStringLiteral(" AND (uc.contract_id, t.id) > (:k1, :k2)"
                       " ORDER BY uc.contract_id, t.id LIMIT :n");
    if (!q.prepare(text))
        return sql::failed(q);
    q.bindValue(QStringLiteral(":u"), window.userId);
    q.bindValue(QStringLiteral(":since"), window.since);
    if (part == Part::Changed)
        q.bindValue(QStringLiteral(":since2"), window.since);
    q.bindValue(QStringLiteral(":k1"), sql::notNull(after.contractId));
    q.bindValue(QStringLiteral(":k2"), sql::notNull(after.itemId));
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec())
        return sql::failed(q);
    int keyColumn = -1;
    while (q.next()) {
        if (keyColumn < 0)
            keyColumn = q.record().count() - 2;
        out.upserted.append(m_mapper(q));
        out.last = {q.value(keyColumn).toString(), q.value(keyColumn + 1).toString()};
        ++out.count;
    }
    return true;
}

} // namespace ov::server
