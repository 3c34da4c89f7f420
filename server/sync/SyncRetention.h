#pragma once

#include "db/Database.h"

#include <QDateTime>

#include <optional>

namespace ov::server {

// Deletions (tombstones, unlinks) are kept so that clients can be told of them; this drops
// those recorded before `cutoff` and raises the feed's floor past them. A client whose position
// is below the floor gets 410 sync_token_expired and syncs everything again: nothing is ever
// silently missed. Run it from cron: `ov-server admin sync-prune --days 90`.
class SyncRetention
{
public:
    struct Pruned
    {
        int tombstones = 0;
        int unlinks = 0;
        qint64 floorVersion = 0;
    };
    // nullopt on a database error.
    static std::optional<Pruned> prune(Database &db, const QDateTime &cutoff);
};

} // namespace ov::server
