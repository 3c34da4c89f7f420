#pragma once

#include <QDateTime>
#include <QString>

namespace ov {

// Where the cache stands in the server's change feed, stored with the data in one transaction.
struct SyncPosition
{
    QString token;         // the server's opaque position; empty: the cache has nothing
    bool more = false;     // in the middle of a run: continue with `token` at once
    qint64 generation = 0; // the generation rows are stamped with
    bool sweep = false;    // a full run is on: at its end, rows of older generations go
    QString resources;     // the resource set `token` covers (SyncedResources::signature)
    QDateTime syncedAt;    // when the last run completed

    friend bool operator==(const SyncPosition &, const SyncPosition &) = default;
};

} // namespace ov
