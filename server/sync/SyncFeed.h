#pragma once

#include "SyncSource.h"

#include "data/BillingCalendar.h"
#include "db/Database.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace ov::server {

// GET /sync: one user's changes since the position their token names, in pages, from every
// SyncSource (docs/sync-and-cache.md has the design and the reasons).
//
// Each page is read in one snapshot. A run fixes `high`, the newest version committed when it
// began, and its last page hands out a token for `high`: every write up to `high` had committed
// before the run began (SyncCounter), so the run saw it or saw a newer state of the same row,
// and whatever changed since is above `high` and comes in the next run. A sync in which nothing
// changed is one request with an empty page.
class SyncFeed
{
public:
    static constexpr int kDefaultLimit = 2000;
    static constexpr int kMaxLimit = 10000;

    struct Result
    {
        int status = 200;
        QString problemCode; // set when status is not 200
        QJsonObject body;
    };

    SyncFeed(Database &db, const BillingCalendar &calendar,
             std::vector<std::unique_ptr<SyncSource>> sources);

    // `token` empty: from the beginning (a full sync). At most `limit` entries per page.
    Result page(const QString &userId, const QString &token, int limit);
    // Stamps date-derived changes for the utility's current day, once per day (any instance).
    bool catchUpDay();

    const std::vector<std::unique_ptr<SyncSource>> &sources() const { return m_sources; }

private:
    QByteArray tokenKey();

    Database &m_db;
    const BillingCalendar &m_calendar;
    std::vector<std::unique_ptr<SyncSource>> m_sources;
    std::mutex m_keyMutex;
    QByteArray m_key;
};

} // namespace ov::server
