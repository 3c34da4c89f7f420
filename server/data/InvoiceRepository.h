#pragma once

#include "BillingCalendar.h"

#include "db/Database.h"
#include "domain/Invoice.h"
#include "domain/Page.h"
#include "http/ListQuery.h"

#include <QSqlQuery>

#include <optional>

namespace ov::server {

class SyncWrite;

// Invoices of one contract, newest period first. Callers check ownership of the contract.
// Writes go through a SyncWrite, so clients see every change in their next sync.
class InvoiceRepository
{
public:
    InvoiceRepository(Database &db, const BillingCalendar &calendar);

    static constexpr int kCursorParts = 2; // period, id
    std::optional<Page<Invoice>> listForContract(const QString &contractId, const ListQuery &query);

    // One invoice of a contract the user has; outer nullopt: database error; inner: not theirs.
    std::optional<std::optional<Invoice>> findForUser(const QString &userId,
                                                      const QString &invoiceId);

    // The stored columns, in the order fromRow() reads them, each prefixed with `alias.`.
    static QString columns(const QString &alias);
    // One row of columns() (from index 0) as the customer sees it today.
    Invoice fromRow(const QSqlQuery &q) const;

    // Inserts or replaces an invoice (its status is derived, never stored).
    static bool save(SyncWrite &write, const Invoice &invoice);
    // Records the payment of an unpaid invoice; false when there is none such.
    static bool markPaid(SyncWrite &write, const QString &invoiceId, const QDateTime &when);
    static bool remove(SyncWrite &write, const QString &invoiceId, const QDateTime &when);

private:
    Database &m_db;
    const BillingCalendar &m_calendar;
};

} // namespace ov::server
