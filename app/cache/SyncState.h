#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ov {

// What the cache knows about one synced resource ("contracts", "invoices:<contractId>", …):
// the ETag of its last full fetch and when the server last confirmed it.
struct SyncState
{
    QString resource;
    QByteArray etag;
    QDateTime syncedAt;
};

} // namespace ov
