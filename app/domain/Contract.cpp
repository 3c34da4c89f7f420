#include "Contract.h"

#include "Json.h"

namespace ov {

QJsonObject Contract::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("alias"), alias},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("holderName"), holderName},
            {QStringLiteral("supplyAddress"), supplyAddress.toJson()},
            {QStringLiteral("billingAddress"), billingAddress.toJson()},
            {QStringLiteral("tariff"), tariff},
            {QStringLiteral("meterNumber"), meterNumber},
            {QStringLiteral("startDate"), json::date(startDate)},
            {QStringLiteral("status"), status},
            {QStringLiteral("billingEmail"), billingEmail},
            {QStringLiteral("pendingBillingEmail"), pendingBillingEmail},
            {QStringLiteral("paperless"), paperless},
            {QStringLiteral("contactPhone"), contactPhone},
            {QStringLiteral("lastInvoice"),
             lastInvoice ? QJsonValue(lastInvoice->toJson()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("paymentStatus"), toString(paymentStatus)},
            {QStringLiteral("balanceDue"), balanceDue.toJson()},
            {QStringLiteral("updatedAt"), json::dateTime(updatedAt)}};
}

std::optional<Contract> Contract::fromJson(const QJsonValue &v, QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error = QStringLiteral("contract: bad or missing %1").arg(QLatin1StringView(what));
        return std::nullopt;
    };
    if (!v.isObject())
        return fail("object");
    const QJsonObject o = v.toObject();
    Contract c;
    const auto id = json::string(o, QLatin1StringView("id"));
    const auto number = json::string(o, QLatin1StringView("number"));
    if (!id || id->isEmpty())
        return fail("id");
    if (!number)
        return fail("number");
    c.id = *id;
    c.number = *number;
    c.alias = o.value(QLatin1StringView("alias")).toString();
    c.kind = o.value(QLatin1StringView("kind")).toString();
    c.holderName = o.value(QLatin1StringView("holderName")).toString();
    c.supplyAddress = Address::fromJson(o.value(QLatin1StringView("supplyAddress")).toObject());
    c.billingAddress = Address::fromJson(o.value(QLatin1StringView("billingAddress")).toObject());
    c.tariff = o.value(QLatin1StringView("tariff")).toString();
    c.meterNumber = o.value(QLatin1StringView("meterNumber")).toString();
    c.startDate = json::parseDate(o.value(QLatin1StringView("startDate"))).value_or(QDate());
    c.status = o.value(QLatin1StringView("status")).toString();
    c.billingEmail = o.value(QLatin1StringView("billingEmail")).toString();
    c.pendingBillingEmail = o.value(QLatin1StringView("pendingBillingEmail")).toString();
    c.paperless = o.value(QLatin1StringView("paperless")).toBool();
    c.contactPhone = o.value(QLatin1StringView("contactPhone")).toString();
    const QJsonValue last = o.value(QLatin1StringView("lastInvoice"));
    if (!last.isNull() && !last.isUndefined()) {
        c.lastInvoice = InvoiceSummary::fromJson(last);
        if (!c.lastInvoice)
            return fail("lastInvoice");
    }
    const auto paymentStatus =
        invoiceStatusFromString(o.value(QLatin1StringView("paymentStatus")).toString());
    const auto balance = Money::fromJson(o.value(QLatin1StringView("balanceDue")));
    if (!paymentStatus || !balance)
        return fail("paymentStatus/balanceDue");
    c.paymentStatus = *paymentStatus;
    c.balanceDue = *balance;
    const auto updated = json::parseDateTime(o.value(QLatin1StringView("updatedAt")));
    if (!updated)
        return fail("updatedAt");
    c.updatedAt = *updated;
    return c;
}

} // namespace ov
