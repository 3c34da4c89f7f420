#include "BillingCalendar.h"

namespace ov::server {

BillingCalendar::BillingCalendar(std::shared_ptr<const Clock> clock, const QString &timeZone)
    : m_clock(std::move(clock))
    , m_zone(timeZone.toUtf8())
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

QDate BillingCalendar::today() const
{
    return m_clock->now().toTimeZone(m_zone).date();
}

InvoiceStatus BillingCalendar::statusOf(bool paid, const QDate &dueDate) const
{
    if (paid)
        return InvoiceStatus::Paid;
    return dueDate < today() ? InvoiceStatus::Overdue : InvoiceStatus::Pending;
}

} // namespace ov::server
