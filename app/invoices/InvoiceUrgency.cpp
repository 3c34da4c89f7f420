#include "InvoiceUrgency.h"

namespace ov {

InvoiceUrgency InvoiceUrgency::of(InvoiceStatus status, const QDate &dueDate, const QDate &today)
{
    InvoiceUrgency u;
    if (status == InvoiceStatus::Overdue) {
        u.level = Level::Overdue;
        return u;
    }
    if (status != InvoiceStatus::Pending || !dueDate.isValid() || !today.isValid())
        return u;
    const qint64 days = today.daysTo(dueDate);
    if (days < 0) { // the server's status is from its last sync; the date says it all
        u.level = Level::Overdue;
    } else if (days <= kDueSoonDays) {
        u.level = Level::DueSoon;
        u.daysLeft = int(days);
    }
    return u;
}

} // namespace ov
