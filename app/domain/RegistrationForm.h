#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ov {

// Which customer-data fields phase 1 of registration asks for, per customer type.
// Field names: reference, meterNumber, paternalSurname, maternalSurname, companyName, taxId.
struct RegistrationForm
{
    QString customerType; // individual | business
    QStringList fields;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("customerType"), customerType},
                {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
    }
    static RegistrationForm fromJson(const QJsonObject &o)
    {
        RegistrationForm f;
        f.customerType = o.value(QLatin1StringView("customerType")).toString();
        const QJsonArray a = o.value(QLatin1StringView("fields")).toArray();
        for (const QJsonValue &v : a)
            f.fields << v.toString();
        return f;
    }
    friend bool operator==(const RegistrationForm &, const RegistrationForm &) = default;
};

} // namespace ov
