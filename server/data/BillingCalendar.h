#pragma once

#include "domain/Clock.h"
#include "domain/InvoiceStatus.h"

#include <QDate>
#include <QTimeZone>

#include <memory>

namespace ov::server {

// "Today" in the utility's time zone, and what that makes of an invoice: paid, pending until
// the due date, overdue after it. Overdue is derived when read, never stored, so it is always
// right for the day the customer looks.
class BillingCalendar
{
public:
    BillingCalendar(std::shared_ptr<const Clock> clock, const QString &timeZone);

    QDate today() const;
    InvoiceStatus statusOf(bool paid, const QDate &dueDate) const;
    const Clock &clock() const { return *m_clock; }

private:
    std::shared_ptr<const Clock> m_clock;
    QTimeZone m_zone;
};

} // namespace ov::server
