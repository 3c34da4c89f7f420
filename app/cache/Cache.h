#pragma once

#include "CacheRow.h"
#include "IntervalMonth.h"
#include "PendingPayment.h"
#include "SyncPosition.h"

#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/Notification.h"
#include "domain/Reading.h"
#include "domain/ServiceRequest.h"
#include "outbox/OutboxEntry.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent>

#include <optional>
#include <utility>

namespace ov {

// The local copy of one user's data at one utility: a SQLite database (WAL, versioned schema)
// under QStandardPaths::AppLocalDataLocation. Everything the app shows is read from here.
//
// All work runs on the cache's own single worker thread — run() schedules a function there and
// returns a QFuture — so the GUI thread never waits for the disk, and writes never race. A page
// of the sync feed is applied with the position after it in one transaction (apply()): a
// failure or a crash leaves the previous consistent state, and the sync resumes from there.
class Cache
{
public:
    static constexpr int kSchemaVersion = 8;

    explicit Cache(QString path);
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    static QString defaultPath(const QString &profileId, const QString &userId);
    QString path() const { return m_path; }
    // The tables apply() writes: "contracts" (the root) and the items that hang from contracts.
    static const QStringList &tables();

    template <typename F>
    auto run(F &&function)
    {
        return QtConcurrent::run(&m_pool, std::forward<F>(function));
    }

    // What open() did with a file it could not use (damaged, not a database, written by a
    // newer version): moved aside, so a fresh cache is synced again from the server.
    struct Recovery
    {
        QString reason;  // for the log: "database disk image is malformed"
        QString movedTo; // where the unusable file now is
        bool newerVersion = false;
    };

    // The synchronous API, for the worker thread (and tests).
    // Opens (and migrates) the database; a file that cannot be used is moved aside and a fresh
    // one started (see recovery()).
    bool open(QString *error = nullptr);
    std::optional<Recovery> recovery() const { return m_recovery; }
    QList<Contract> contracts();
    QList<Invoice> invoices(const QString &contractId);
    QList<Reading> readings(const QString &contractId);
    // The user's requests (newest first) and notifications (newest first).
    QList<ServiceRequest> requests();
    QList<Notification> notifications();
    SyncPosition syncPosition();
    QDateTime lastSynced(); // when the last sync run completed
    // One page of the feed and the position after it, in one transaction. With `sweep`, rows
    // of generations older than `after.generation` go as well (the end of a full run). Adds
    // to `removedFrom` (table → contract ids) the contracts that removed items belonged to.
    bool apply(const QList<TableChanges> &changes, const SyncPosition &after, bool sweep,
               QHash<QString, QSet<QString>> *removedFrom = nullptr);
    int count(const QString &table);

    // Payments being followed (not synced: the app's own bookkeeping), one per invoice.
    bool savePendingPayment(const PendingPayment &payment);
    QList<PendingPayment> pendingPayments();
    bool forgetPendingPayment(const QString &invoiceId);

    // The outbox (not synced either): changes waiting for the server, oldest first.
    qint64 addToOutbox(const OutboxEntry &entry); // its new id, or 0 on failure
    QList<OutboxEntry> outbox();
    bool updateOutbox(const OutboxEntry &entry); // attempts, next attempt, error, state
    bool removeFromOutbox(qint64 id);

    // Smart-meter quarter-hours, by local month (fetched by range, not through the feed).
    bool saveIntervalMonth(const QString &contractId, const IntervalMonth &month);
    QList<IntervalMonth> intervalMonths(const QString &contractId); // oldest first

private:
    QSqlDatabase connection();
    bool migrate(QSqlDatabase &db, QString *error);
    // Empty when the open database can be used; else why not (and whether it is newer).
    QString checkUsable(QSqlDatabase &db, bool *newer);
    // Closes `db`, renames the file and its WAL files to `<path>.unreadable-<time>` and opens a
    // new, empty one. False when even that failed.
    bool moveAside(QSqlDatabase &db, const QString &reason, bool newer);
    template <typename T>
    QList<T> readChildren(const QString &table, const QString &contractId);
    // Every row of a table that hangs from the user, newest (highest sort key) first.
    template <typename T>
    QList<T> readAll(const QString &table);

    QString m_path;
    QString m_connectionName;
    std::optional<Recovery> m_recovery; // written and read on the worker thread
    QThreadPool m_pool;
};

} // namespace ov
