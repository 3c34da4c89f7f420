#pragma once

#include "InvoiceStatus.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ov {

struct Invoice
{
    QString id;
    QString contractId;
    QString number;
    QString period; // YYYY-MM
    QDate issueDate;
    QDate dueDate;
    Money amount;
    InvoiceStatus status = InvoiceStatus::Pending;
    QDateTime paidAt; // invalid while unpaid
    double consumption = 0;
    QString unit;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<Invoice> fromJson(const QJsonValue &v, QString *error = nullptr);

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

} // namespace ov
