#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace ov::server {

// Where a contract's collection (its invoices, its readings) stands, in one indexed query:
// whether the user has the contract, and a validator that changes with every write to the
// collection — its newest row version (versions only grow) and its size (deletions shrink it).
// Cached list responses are reused while it is unchanged (ResponseCache).
struct CollectionVersion
{
    bool owned = false;
    QByteArray validator;

    // nullopt on a database error. `table` is one of the contract item tables.
    static std::optional<CollectionVersion> of(QSqlDatabase &conn, const QString &table,
                                               const QString &userId, const QString &contractId);
};

} // namespace ov::server
