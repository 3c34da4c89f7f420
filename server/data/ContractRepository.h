#pragma once

#include "BillingCalendar.h"

#include "db/Database.h"
#include "domain/Contract.h"
#include "domain/Page.h"
#include "http/ListQuery.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

namespace ov::server {

class SyncWrite;

// Contracts as their owners see them. Every read is scoped to a user: a contract the user
// has not linked does not exist for them. Writes go through a SyncWrite, so clients see every
// change (and every link and unlink) in their next sync.
class ContractRepository
{
public:
    ContractRepository(Database &db, const BillingCalendar &calendar, QString currency);

    // nullopt on a database error.
    std::optional<Page<Contract>> listForUser(const QString &userId, const ListQuery &query);
    // Outer nullopt: database error; inner nullopt: no such contract for this user.
    std::optional<std::optional<Contract>> findForUser(const QString &userId,
                                                       const QString &contractId);
    // Outer nullopt: database error.
    std::optional<bool> isOwnedBy(const QString &contractId, const QString &userId);

    // The stored columns of `c.` (contracts), in the order fromRow() reads them.
    static const QString &columns();
    static Contract fromRow(const QSqlQuery &q);
    // Fills what the list shows of each contract's billing: its newest invoice, the balance
    // still to pay and whether any of it is overdue today. False on a database error.
    bool attachBilling(QList<Contract> &contracts);

    static bool updateAlias(SyncWrite &write, const QString &contractId, const QString &alias,
                            const QDateTime &when);
    // Writes what a customer may change (alias, billing email and its pending change,
    // paperless, contact phone, billing address) from `c`; false when there is no such contract.
    static bool updateEditable(SyncWrite &write, const Contract &c, const QDateTime &when);
    // Gives a user a contract (all its data reaches them in their next sync)…
    static bool link(SyncWrite &write, const QString &userId, const QString &contractId,
                     const QDateTime &when);
    // …or takes it away (it leaves their cache). False when the user did not have it.
    static bool unlink(SyncWrite &write, const QString &userId, const QString &contractId,
                       const QDateTime &when);

private:
    Database &m_db;
    const BillingCalendar &m_calendar;
    QString m_currency;
};

} // namespace ov::server
