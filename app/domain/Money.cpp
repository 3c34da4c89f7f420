#include "Money.h"

#include "Json.h"

#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace ov {

QJsonObject Money::toJson() const
{
    return {{QStringLiteral("amount"), amount}, {QStringLiteral("currency"), currency}};
}

std::optional<Money> Money::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const auto amount = json::integer(o, QLatin1StringView("amount"));
    const auto currency = json::string(o, QLatin1StringView("currency"));
    static const QRegularExpression iso(QStringLiteral("^[A-Z]{3}$"));
    if (!amount || !currency || !iso.match(*currency).hasMatch())
        return std::nullopt;
    return Money{*amount, *currency};
}

int Money::minorUnitDigits(const QString &currency)
{
    // ISO 4217 exponents; the few currencies without minor units are listed, the rest use 2.
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"),
                                     QStringLiteral("CLP"), QStringLiteral("PYG"),
                                     QStringLiteral("ISK"), QStringLiteral("VND")};
    return zero.contains(currency) ? 0 : 2;
}

double Money::major() const
{
    return static_cast<double>(amount) / std::pow(10.0, minorUnitDigits(currency));
}

} // namespace ov
