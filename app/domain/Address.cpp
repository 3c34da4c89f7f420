#include "Address.h"

#include <QStringList>

namespace ov {

QJsonObject Address::toJson() const
{
    return {{QStringLiteral("line1"), line1},
            {QStringLiteral("line2"), line2},
            {QStringLiteral("city"), city},
            {QStringLiteral("region"), region},
            {QStringLiteral("postalCode"), postalCode},
            {QStringLiteral("country"), country}};
}

Address Address::fromJson(const QJsonObject &o)
{
    Address a;
    a.line1 = o.value(QLatin1StringView("line1")).toString();
    a.line2 = o.value(QLatin1StringView("line2")).toString();
    a.city = o.value(QLatin1StringView("city")).toString();
    a.region = o.value(QLatin1StringView("region")).toString();
    a.postalCode = o.value(QLatin1StringView("postalCode")).toString();
    a.country = o.value(QLatin1StringView("country")).toString();
    return a;
}

QString Address::oneLine() const
{
    QStringList parts;
    for (const QString &p : {line1, line2, city})
        if (!p.isEmpty())
            parts << p;
    return parts.join(QStringLiteral(", "));
}

} // namespace ov
