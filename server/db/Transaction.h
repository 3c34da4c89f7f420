#pragma once

#include "Database.h"

#include <QSqlDatabase>

namespace ov::server {

// One unit of work: begins on construction, rolls back on destruction unless committed.
// On SQLite a write transaction begins IMMEDIATE, so two writers wait for each other (busy
// timeout) instead of failing when both try to upgrade a read lock.
class Transaction
{
public:
    Transaction(QSqlDatabase db, Database::Dialect dialect);
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
