#pragma once

#include <QString>

#include <optional>

namespace ov {

enum class InvoiceStatus
{
    Pending,
    Paid,
    Overdue
};

QString toString(InvoiceStatus s);
std::optional<InvoiceStatus> invoiceStatusFromString(const QString &s);

} // namespace ov
