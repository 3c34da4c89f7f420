#pragma once

#include "InvoiceLine.h"
#include "InvoiceStatus.h"
#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ov {

struct Invoice
{
    QString id;
    QString contractId;
    QString number;
    QString period;    // YYYY-MM: the month the bill is for
    QDate periodStart; // the days billed, both included
    QDate periodEnd;
    QDate issueDate;
    QDate dueDate;
    Money amount;
    InvoiceStatus status = InvoiceStatus::Pending;
    QDateTime paidAt; // invalid while unpaid
    double consumption = 0;
    QString unit;
    std::optional<double> previousReading; // the meter at the start and end of the period;
    std::optional<double> currentReading;  // none for an unmetered or estimated bill
    QList<InvoiceLine> lines;              // they add up to `amount`
    QString paymentReference;              // what a bank or gateway asks for to pay it
    QDateTime updatedAt;

    // Days billed (periodEnd − periodStart + 1); 0 when the period is unknown.
    int days() const;

    QJsonObject toJson() const;
    static std::optional<Invoice> fromJson(const QJsonValue &v, QString *error = nullptr);

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

} // namespace ov
