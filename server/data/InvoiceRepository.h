#pragma once

#include "BillingCalendar.h"

#include "db/Database.h"
#include "domain/Invoice.h"
#include "domain/Page.h"
#include "http/ListQuery.h"

#include <optional>

namespace ov::server {

// Invoices of one contract, newest period first. Callers check ownership of the contract.
class InvoiceRepository
{
public:
    InvoiceRepository(Database &db, const BillingCalendar &calendar);

    static constexpr int kCursorParts = 2; // period, id
    std::optional<Page<Invoice>> listForContract(const QString &contractId, const ListQuery &query);

private:
    Database &m_db;
    const BillingCalendar &m_calendar;
};

} // namespace ov::server
