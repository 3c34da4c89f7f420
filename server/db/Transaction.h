#pragma once

#include "Database.h"

#include <QSqlDatabase>

namespace ov::server {

// One unit of work: begins on construction, rolls back on destruction unless committed.
// On SQLite a write transaction begins IMMEDIATE, so two writers wait for each other (busy
// timeout) instead of failing when both try to upgrade a read lock.
// A Snapshot transaction only reads, and every statement in it sees the database as of its
// first statement (PostgreSQL REPEATABLE READ; a deferred read transaction in SQLite's WAL).
class Transaction
{
public:
    enum class Mode
    {
        Write,
        Snapshot
    };
    Transaction(QSqlDatabase db, Database::Dialect dialect, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ov::server
