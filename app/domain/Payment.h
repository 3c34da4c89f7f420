#pragma once

#include "Money.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ov {

// An online payment of one invoice through the utility's hosted payment page. `pending` until
// the customer pays (approved) or cancels (declined) on the page, or 30 minutes pass (expired).
struct Payment
{
    enum class Status
    {
        Pending,
        Approved,
        Declined,
        Expired
    };

    QString id;
    QString invoiceId;
    Money amount;
    Status status = Status::Pending;
    QString payUrl;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime expiresAt;

    bool isFinal() const { return status != Status::Pending; }

    static QString toString(Status status);
    static std::optional<Status> statusFromString(const QString &s);

    QJsonObject toJson() const;
    static std::optional<Payment> fromJson(const QJsonValue &v);

    friend bool operator==(const Payment &, const Payment &) = default;
};

} // namespace ov
