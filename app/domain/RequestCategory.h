#pragma once

#include <QJsonObject>
#include <QString>

namespace ov {

// A kind of request or complaint (PQRS) and its legal answer deadline in business days.
struct RequestCategory
{
    QString id;
    QString name;
    QString description;
    int answerDays = 15;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("description"), description},
                {QStringLiteral("answerDays"), answerDays}};
    }
    static RequestCategory fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1StringView("id")).toString(),
                o.value(QLatin1StringView("name")).toString(),
                o.value(QLatin1StringView("description")).toString(),
                o.value(QLatin1StringView("answerDays")).toInt(15)};
    }
    friend bool operator==(const RequestCategory &, const RequestCategory &) = default;
};

} // namespace ov
