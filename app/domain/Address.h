#pragma once

#include <QJsonObject>
#include <QString>

namespace ov {

struct Address
{
    QString line1;
    QString line2;
    QString city;
    QString region;
    QString postalCode;
    QString country; // ISO 3166-1 alpha-2

    QJsonObject toJson() const;
    static Address fromJson(const QJsonObject &o);
    // One line for tables: "Calle 10 # 43-12, Apto 301, Medellín".
    QString oneLine() const;

    friend bool operator==(const Address &, const Address &) = default;
};

} // namespace ov
