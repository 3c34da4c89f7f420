#pragma once

#include "cache/CacheRow.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace ov {

// One kind of item the client keeps from the server's change feed (GET /sync).
struct SyncedResource
{
    QString name;  // as the feed names it ("invoices")
    QString table; // where the cache keeps it (one of Cache::tables())
    // Validates one item and fills the row's columns (not its json); false, with `error`, when
    // the item is not one.
    bool (*describe)(const QJsonObject &item, CacheRow &row, QString *error);
};

// Every resource the client syncs, in the feed's order, contracts first. A feature that adds
// data to the feed declares it here (and gives it a table in the cache's migrations); the
// signature changes with the list, which makes the next sync a full one, so data the old
// position never covered arrives too.
class SyncedResources
{
public:
    static const QList<SyncedResource> &all();
    static const SyncedResource *find(const QString &name);
    static QString signature();
};

} // namespace ov
