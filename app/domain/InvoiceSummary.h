#pragma once

#include "InvoiceStatus.h"
#include "Money.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ov {

// The latest invoice of a contract, as the contract list shows it.
struct InvoiceSummary
{
    QString id;
    QString period;
    Money amount;
    InvoiceStatus status = InvoiceStatus::Pending;
    QDate dueDate;

    QJsonObject toJson() const;
    static std::optional<InvoiceSummary> fromJson(const QJsonValue &v);

    friend bool operator==(const InvoiceSummary &, const InvoiceSummary &) = default;
};

} // namespace ov
