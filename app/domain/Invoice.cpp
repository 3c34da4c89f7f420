#include "Invoice.h"

#include "Json.h"

namespace ov {

QJsonObject Invoice::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("contractId"), contractId},
            {QStringLiteral("number"), number},
            {QStringLiteral("period"), period},
            {QStringLiteral("issueDate"), json::date(issueDate)},
            {QStringLiteral("dueDate"), json::date(dueDate)},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("paidAt"), json::nullableDateTime(paidAt)},
            {QStringLiteral("consumption"), consumption},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("updatedAt"), json::dateTime(updatedAt)}};
}

std::optional<Invoice> Invoice::fromJson(const QJsonValue &v, QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error = QStringLiteral("invoice: bad or missing %1").arg(QLatin1StringView(what));
        return std::nullopt;
    };
    if (!v.isObject())
        return fail("object");
    const QJsonObject o = v.toObject();
    Invoice i;
    const auto id = json::string(o, QLatin1StringView("id"));
    if (!id || id->isEmpty())
        return fail("id");
    i.id = *id;
    i.contractId = o.value(QLatin1StringView("contractId")).toString();
    i.number = o.value(QLatin1StringView("number")).toString();
    i.period = o.value(QLatin1StringView("period")).toString();
    if (!json::isPeriod(i.period))
        return fail("period");
    const auto issue = json::parseDate(o.value(QLatin1StringView("issueDate")));
    const auto due = json::parseDate(o.value(QLatin1StringView("dueDate")));
    if (!issue || !due)
        return fail("dates");
    i.issueDate = *issue;
    i.dueDate = *due;
    const auto amount = Money::fromJson(o.value(QLatin1StringView("amount")));
    if (!amount)
        return fail("amount");
    i.amount = *amount;
    const auto status = invoiceStatusFromString(o.value(QLatin1StringView("status")).toString());
    if (!status)
        return fail("status");
    i.status = *status;
    if (const auto paid = json::parseDateTime(o.value(QLatin1StringView("paidAt"))))
        i.paidAt = *paid;
    i.consumption = json::number(o, QLatin1StringView("consumption")).value_or(0);
    i.unit = o.value(QLatin1StringView("unit")).toString();
    const auto updated = json::parseDateTime(o.value(QLatin1StringView("updatedAt")));
    if (!updated)
        return fail("updatedAt");
    i.updatedAt = *updated;
    return i;
}

} // namespace ov
