#include "InvoiceStatus.h"

namespace ov {

QString toString(InvoiceStatus s)
{
    switch (s) {
    case InvoiceStatus::Pending:
        return QStringLiteral("pending");
    case InvoiceStatus::Paid:
        return QStringLiteral("paid");
    case InvoiceStatus::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromString(const QString &s)
{
    if (s == QLatin1StringView("pending"))
        return InvoiceStatus::Pending;
    if (s == QLatin1StringView("paid"))
        return InvoiceStatus::Paid;
    if (s == QLatin1StringView("overdue"))
        return InvoiceStatus::Overdue;
    return std::nullopt;
}

} // namespace ov
