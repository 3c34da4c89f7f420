#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ov {

// An amount in integer minor units of an ISO 4217 currency ({"amount": 34400, "currency": "MXN"}).
// Formatting is the client's job (QLocale).
struct Money
{
    qint64 amount = 0;
    QString currency;

    QJsonObject toJson() const;
    static std::optional<Money> fromJson(const QJsonValue &v);
    // Minor units per major unit for the currencies the demo utilities use (COP, MXN, USD, EUR…).
    static int minorUnitDigits(const QString &currency);
    double major() const;

    friend bool operator==(const Money &, const Money &) = default;
};

} // namespace ov
