#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ov {

// One item as the cache stores it: the JSON the server sent (validated), next to the columns the
// app sorts and filters by. A new field in the API never needs a cache migration.
struct CacheRow
{
    QString id;
    QString contractId; // the contract it belongs to (for contracts: empty)
    QString sortKey;    // contracts: number; others: what their lists sort by
    QByteArray json;    // compact JSON text
};

// What one page of the sync feed does to one cache table.
struct TableChanges
{
    QString table; // one of Cache::tables()
    QList<CacheRow> upserted;
    QStringList removed; // ids; for contracts, everything under them goes too
};

} // namespace ov
