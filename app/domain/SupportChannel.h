#pragma once

#include <QJsonObject>
#include <QString>

namespace ov {

// How a customer reaches the utility's people: phone, email, web chat, an office.
struct SupportChannel
{
    QString kind; // phone | whatsapp | email | web | office
    QString label;
    QString value; // the number, address or URL
    QString hours;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("kind"), kind},
                {QStringLiteral("label"), label},
                {QStringLiteral("value"), value},
                {QStringLiteral("hours"), hours}};
    }
    static SupportChannel fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1StringView("kind")).toString(),
                o.value(QLatin1StringView("label")).toString(),
                o.value(QLatin1StringView("value")).toString(),
                o.value(QLatin1StringView("hours")).toString()};
    }
    friend bool operator==(const SupportChannel &, const SupportChannel &) = default;
};

} // namespace ov
