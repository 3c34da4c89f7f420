#pragma once

#include "SyncState.h"

#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/Reading.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent>

#include <utility>

namespace ov {

// The local copy of one user's data at one utility: a SQLite database (WAL, versioned schema)
// under QStandardPaths::AppLocalDataLocation. Everything the app shows is read from here.
//
// All work runs on the cache's own single worker thread — run() schedules a function there and
// returns a QFuture — so the GUI thread never waits for the disk, and writes never race. Each
// replace*() is one transaction: a failure leaves the previous consistent state.
class Cache
{
public:
    static constexpr int kSchemaVersion = 1;

    explicit Cache(QString path);
    ~Cache();
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    static QString defaultPath(const QString &profileId, const QString &userId);
    QString path() const { return m_path; }

    template <typename F>
    auto run(F &&function)
    {
        return QtConcurrent::run(&m_pool, std::forward<F>(function));
    }

    // The synchronous API, for the worker thread (and tests).
    bool open(QString *error = nullptr);
    QList<Contract> contracts();
    QList<Invoice> invoices(const QString &contractId);
    QList<Reading> readings(const QString &contractId);
    QHash<QString, SyncState> syncStates();
    QDateTime lastSynced(); // when the contract list was last confirmed by the server
    bool replaceContracts(const QList<Contract> &contracts, const SyncState &state);
    bool replaceInvoices(const QString &contractId, const QList<Invoice> &invoices,
                         const SyncState &state);
    bool replaceReadings(const QString &contractId, const QList<Reading> &readings,
                         const SyncState &state);
    bool touch(const QString &resource, const QDateTime &when); // the server said 304
    int count(const QString &table);

    static QString invoicesKey(const QString &contractId)
    {
        return QStringLiteral("invoices:") + contractId;
    }
    static QString readingsKey(const QString &contractId)
    {
        return QStringLiteral("readings:") + contractId;
    }

private:
    QSqlDatabase connection();
    bool migrate(QSqlDatabase &db, QString *error);
    bool writeState(QSqlDatabase &db, const SyncState &state);
    template <typename T>
    QList<T> readChildren(const QString &table, const QString &contractId);
    template <typename T>
    bool replaceChildren(const QString &table, const QString &contractId, const QList<T> &items,
                         const SyncState &state);

    QString m_path;
    QString m_connectionName;
    QThreadPool m_pool;
};

} // namespace ov
