#include "InvoiceSummary.h"

#include "Json.h"

namespace ov {

QJsonObject InvoiceSummary::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("period"), period},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("dueDate"), json::date(dueDate)}};
}

std::optional<InvoiceSummary> InvoiceSummary::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    InvoiceSummary s;
    s.id = o.value(QLatin1StringView("id")).toString();
    s.period = o.value(QLatin1StringView("period")).toString();
    const auto amount = Money::fromJson(o.value(QLatin1StringView("amount")));
    const auto status = invoiceStatusFromString(o.value(QLatin1StringView("status")).toString());
    const auto due = json::parseDate(o.value(QLatin1StringView("dueDate")));
    if (s.id.isEmpty() || !json::isPeriod(s.period) || !amount || !status || !due)
        return std::nullopt;
    s.amount = *amount;
    s.status = *status;
    s.dueDate = *due;
    return s;
}

} // namespace ov
