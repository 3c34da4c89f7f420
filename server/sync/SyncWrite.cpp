#include "SyncWrite.h"

#include "SyncCounter.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace ov::server {

SyncWrite::SyncWrite(Database &db)
    : m_conn(db.connection())
    , m_tx(m_conn, db.dialect())
{}

qint64 SyncWrite::version()
{
    if (m_version == 0 && isActive()) {
        m_version = SyncCounter::bump(m_conn);
        if (m_version == 0)
            m_failed = true;
    }
    return m_failed ? 0 : m_version;
}

bool SyncWrite::recordDeletion(const QString &resource, const QString &itemId,
                               const QString &scopeId, const QDateTime &when)
{
    const qint64 v = version();
    QSqlQuery q(m_conn);
    const bool ok =
        v > 0 &&
        sql::exec(q,
                  QStringLiteral("INSERT INTO sync_tombstones (resource, item_id, scope_id,"
                                 " version, deleted_at) VALUES (:r, :i, :s, :v, :t)"
                                 " ON CONFLICT (resource, item_id) DO UPDATE SET"
                                 " scope_id = excluded.scope_id, version = excluded.version,"
                                 " deleted_at = excluded.deleted_at"),
                  {{":r", resource},
                   {":i", itemId},
                   {":s", scopeId},
                   {":v", v},
                   {":t", sql::timeText(when)}});
    if (!ok)
        m_failed = true;
    return ok;
}

bool SyncWrite::removeItem(const QString &table, const QString &resource, const QString &id,
                           const QDateTime &when)
{
    QSqlQuery q(m_conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT contract_id FROM ") + table +
                       QStringLiteral(" WHERE id = :id"),
                   {{":id", id}})) {
        m_failed = true;
        return false;
    }
    if (!q.next())
        return false;
    const QString contractId = q.value(0).toString();
    if (!sql::exec(q, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = :id"),
                   {{":id", id}})) {
        m_failed = true;
        return false;
    }
    return recordDeletion(resource, id, contractId, when);
}

bool SyncWrite::forgetDeletion(const QString &resource, const QString &itemId)
{
    QSqlQuery q(m_conn);
    const bool ok = sql::exec(
        q, QStringLiteral("DELETE FROM sync_tombstones WHERE resource = :r AND item_id = :i"),
        {{":r", resource}, {":i", itemId}});
    if (!ok)
        m_failed = true;
    return ok;
}

bool SyncWrite::commit()
{
    if (m_failed)
        return false;
    return m_tx.commit();
}

} // namespace ov::server
