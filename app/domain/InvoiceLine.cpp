#include "InvoiceLine.h"

#include "Json.h"

#include <QStringList>

namespace ov {

namespace {
const QStringList &kinds()
{
    static const QStringList list = {QStringLiteral("consumption"), QStringLiteral("subsidy"),
                                     QStringLiteral("tax"), QStringLiteral("fixed"),
                                     QStringLiteral("adjustment")};
    return list;
}
} // namespace

bool InvoiceLine::scalesWithConsumption() const
{
    return kind == QLatin1StringView("consumption") || kind == QLatin1StringView("subsidy") ||
           kind == QLatin1StringView("tax");
}

QJsonObject InvoiceLine::toJson() const
{
    return {{QStringLiteral("concept"), code},
            {QStringLiteral("label"), label},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("quantity"), quantity},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("unitPrice"), unitPrice.toJson()},
            {QStringLiteral("amount"), amount.toJson()}};
}

std::optional<InvoiceLine> InvoiceLine::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    InvoiceLine l;
    const auto code = json::string(o, QLatin1StringView("concept"));
    const auto kind = json::string(o, QLatin1StringView("kind"));
    const auto quantity = json::number(o, QLatin1StringView("quantity"));
    const auto price = Money::fromJson(o.value(QLatin1StringView("unitPrice")));
    const auto amount = Money::fromJson(o.value(QLatin1StringView("amount")));
    if (!code || code->isEmpty() || !kind || !kinds().contains(*kind) || !quantity || !price ||
        !amount || price->currency != amount->currency)
        return std::nullopt;
    l.code = *code;
    l.label = o.value(QLatin1StringView("label")).toString();
    l.kind = *kind;
    l.quantity = *quantity;
    l.unit = o.value(QLatin1StringView("unit")).toString();
    l.unitPrice = *price;
    l.amount = *amount;
    return l;
}

} // namespace ov
