#include "Payment.h"

#include "Json.h"

namespace ov {

QString Payment::toString(Status status)
{
    switch (status) {
    case Status::Pending:
        return QStringLiteral("pending");
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Declined:
        return QStringLiteral("declined");
    case Status::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<Payment::Status> Payment::statusFromString(const QString &s)
{
    for (const Status status :
         {Status::Pending, Status::Approved, Status::Declined, Status::Expired})
        if (toString(status) == s)
            return status;
    return std::nullopt;
}

QJsonObject Payment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("invoiceId"), invoiceId},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("payUrl"), payUrl},
            {QStringLiteral("createdAt"), json::dateTime(createdAt)},
            {QStringLiteral("updatedAt"), json::dateTime(updatedAt)},
            {QStringLiteral("expiresAt"), json::dateTime(expiresAt)}};
}

std::optional<Payment> Payment::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    Payment p;
    const auto id = json::string(o, QLatin1StringView("id"));
    const auto invoice = json::string(o, QLatin1StringView("invoiceId"));
    const auto amount = Money::fromJson(o.value(QLatin1StringView("amount")));
    const auto status = statusFromString(o.value(QLatin1StringView("status")).toString());
    const auto url = json::string(o, QLatin1StringView("payUrl"));
    const auto created = json::parseDateTime(o.value(QLatin1StringView("createdAt")));
    const auto updated = json::parseDateTime(o.value(QLatin1StringView("updatedAt")));
    const auto expires = json::parseDateTime(o.value(QLatin1StringView("expiresAt")));
    if (!id || id->isEmpty() || !invoice || !amount || !status || !url || !created || !updated ||
        !expires)
        return std::nullopt;
    p.id = *id;
    p.invoiceId = *invoice;
    p.amount = *amount;
    p.status = *status;
    p.payUrl = *url;
    p.createdAt = *created;
    p.updatedAt = *updated;
    p.expiresAt = *expires;
    return p;
}

} // namespace ov
