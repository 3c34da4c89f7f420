#pragma once

#include "db/Database.h"
#include "db/Transaction.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace ov::server {

// One write to data that clients sync: a transaction, and the version every row it touches is
// stamped with. The version is taken from SyncCounter on first use, which locks the counter
// until commit or rollback — so the change feed can never skip a write that commits late
// (docs/sync-and-cache.md). Writers of synced tables take one of these instead of a bare
// Transaction; repositories' write methods ask for it by type, so a synced row cannot be
// written without a version.
class SyncWrite
{
public:
    explicit SyncWrite(Database &db);
    SyncWrite(const SyncWrite &) = delete;
    SyncWrite &operator=(const SyncWrite &) = delete;

    bool isActive() const { return m_tx.isActive() && !m_failed; }
    QSqlDatabase &connection() { return m_conn; }
    // The version of this write; 0 after a database error (the write then cannot commit).
    qint64 version();
    // An item clients have may have gone: they delete it when they sync. `scopeId` is the
    // contract (or user) whose data it was.
    bool recordDeletion(const QString &resource, const QString &itemId, const QString &scopeId,
                        const QDateTime &when);
    // Deletes the row `id` of a contract item table and records its tombstone under `resource`;
    // false when there is no such row (or on a database error, which also fails the write).
    bool removeItem(const QString &table, const QString &resource, const QString &id,
                    const QDateTime &when);
    // The item exists again under the same id (its tombstone would be noise).
    bool forgetDeletion(const QString &resource, const QString &itemId);
    // Marks the write as failed: commit() will refuse.
    void fail() { m_failed = true; }
    bool commit();

private:
    QSqlDatabase m_conn;
    Transaction m_tx;
    qint64 m_version = 0;
    bool m_failed = false;
};

} // namespace ov::server
