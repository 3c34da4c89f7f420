#pragma once

#include <QDate>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

namespace ov::server {

// What one read of the feed covers: this user's changes with a version in (since, high].
struct SyncWindow
{
    QString userId;
    qint64 since = 0;
    qint64 high = 0;
};

// A position inside one part of the feed: items are read in (contract id, item id) order.
struct SyncKey
{
    QString contractId;
    QString itemId;
};

// What a read brought: items to store, ids to delete, and where it stopped.
struct SyncBatch
{
    QJsonArray upserted;
    QJsonArray removed;
    int count = 0;
    SyncKey last;
};

// One kind of item that reaches clients through GET /sync ("contracts", "invoices", …). A
// feature makes its data syncable by implementing this and adding itself to the SyncFeed's
// list; clients then receive it in the same request as everything else, with no new round trip
// per contract. Every row a source reads carries row_version, stamped by SyncWrite.
//
// Each source answers three parts of a window, in this order:
//  - Removed: ids deleted in the window (of contracts the user had before it began);
//  - Whole:   every item of the contracts linked to the user within the window (a full sync
//             is the window (0, high], in which every contract is new);
//  - Changed: the items of the other contracts whose version is in the window.
class SyncSource
{
public:
    enum class Part
    {
        Removed,
        Whole,
        Changed
    };

    virtual ~SyncSource() = default;
    virtual QString name() const = 0;
    // Reads at most `limit` entries after `after` into `out`; false on a database error.
    virtual bool read(QSqlDatabase &conn, Part part, const SyncWindow &window, const SyncKey &after,
                      int limit, SyncBatch &out) = 0;
    // The utility's day moved from `from` to `to`: stamp `version` on the items whose
    // date-derived fields (an invoice turning overdue) differ between the two days.
    virtual bool dayChanged(QSqlDatabase &conn, qint64 version, const QDate &from, const QDate &to)
    {
        Q_UNUSED(conn);
        Q_UNUSED(version);
        Q_UNUSED(from);
        Q_UNUSED(to);
        return true;
    }
};

} // namespace ov::server
