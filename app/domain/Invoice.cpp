#include "Invoice.h"

#include "Json.h"

#include <QJsonArray>

namespace ov {

namespace {
QJsonValue nullable(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<std::optional<double>> nullableNumber(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isNull())
        return std::optional<double>();
    if (!v.isDouble())
        return std::nullopt;
    return std::optional<double>(v.toDouble());
}
} // namespace

QJsonObject Invoice::toJson() const
{
    QJsonArray linesJson;
    for (const InvoiceLine &l : lines)
        linesJson.append(l.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("contractId"), contractId},
            {QStringLiteral("number"), number},
            {QStringLiteral("period"), period},
            {QStringLiteral("periodStart"), json::date(periodStart)},
            {QStringLiteral("periodEnd"), json::date(periodEnd)},
            {QStringLiteral("issueDate"), json::date(issueDate)},
            {QStringLiteral("dueDate"), json::date(dueDate)},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("status"), toString(status)},
            {QStringLiteral("paidAt"), json::nullableDateTime(paidAt)},
            {QStringLiteral("consumption"), consumption},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("previousReading"), nullable(previousReading)},
            {QStringLiteral("currentReading"), nullable(currentReading)},
            {QStringLiteral("lines"), linesJson},
            {QStringLiteral("paymentReference"), paymentReference},
            {QStringLiteral("updatedAt"), json::dateTime(updatedAt)}};
}

int Invoice::days() const
{
    if (!periodStart.isValid() || !periodEnd.isValid() || periodEnd < periodStart)
        return 0;
    return int(periodStart.daysTo(periodEnd)) + 1;
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
    const auto start = json::parseDate(o.value(QLatin1StringView("periodStart")));
    const auto end = json::parseDate(o.value(QLatin1StringView("periodEnd")));
    if (!issue || !due || !start || !end || *end < *start)
        return fail("dates");
    i.issueDate = *issue;
    i.dueDate = *due;
    i.periodStart = *start;
    i.periodEnd = *end;
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
    const auto previous = nullableNumber(o, QLatin1StringView("previousReading"));
    const auto current = nullableNumber(o, QLatin1StringView("currentReading"));
    if (!previous || !current)
        return fail("readings");
    i.previousReading = *previous;
    i.currentReading = *current;
    const QJsonValue lines = o.value(QLatin1StringView("lines"));
    if (!lines.isArray())
        return fail("lines");
    for (const QJsonValue &l : lines.toArray()) {
        auto line = InvoiceLine::fromJson(l);
        if (!line || line->amount.currency != i.amount.currency)
            return fail("lines");
        i.lines.append(std::move(*line));
    }
    i.paymentReference = o.value(QLatin1StringView("paymentReference")).toString();
    const auto updated = json::parseDateTime(o.value(QLatin1StringView("updatedAt")));
    if (!updated)
        return fail("updatedAt");
    i.updatedAt = *updated;
    return i;
}

} // namespace ov
