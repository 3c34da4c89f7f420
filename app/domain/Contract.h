#pragma once

#include "Address.h"
#include "InvoiceSummary.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ov {

// A supply contract (one supply point: a home, a shop, a plant) and what the list shows of it.
struct Contract
{
    QString id;
    QString number; // the public contract / bill reference
    QString alias;  // the customer's own name for it ("Casa", "Bodega 2")
    QString kind;   // residential | business
    QString holderName;
    Address supplyAddress;
    Address billingAddress;
    QString tariff;
    QString meterNumber;
    QDate startDate;
    QString status; // active | suspended | terminated
    QString billingEmail;        // where the bill goes by email (empty: none)
    QString pendingBillingEmail; // a new billing email waiting for its confirmation code
    bool paperless = false;      // true: the bill only by email; false: printed and posted too
    QString contactPhone;        // the phone the utility calls about this supply
    std::optional<InvoiceSummary> lastInvoice;
    // The account as a whole: overdue if any unpaid invoice is past due, pending if any is
    // unpaid, paid otherwise; and the sum still to pay.
    InvoiceStatus paymentStatus = InvoiceStatus::Paid;
    Money balanceDue;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<Contract> fromJson(const QJsonValue &v, QString *error = nullptr);

    friend bool operator==(const Contract &, const Contract &) = default;
};

} // namespace ov
