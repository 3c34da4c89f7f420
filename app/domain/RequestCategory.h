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
    QString group;                 // service | feedback | digital (how the utility lists them)
    QString kind;                  // petition | complaint | claim | suggestion
    bool contractRequired = false; // the request is about one supply

    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("description"), description},
                {QStringLiteral("answerDays"), answerDays},
                {QStringLiteral("group"), group},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("contractRequired"), contractRequired}};
    }
    static RequestCategory fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1StringView("id")).toString(),
                o.value(QLatin1StringView("name")).toString(),
                o.value(QLatin1StringView("description")).toString(),
                o.value(QLatin1StringView("answerDays")).toInt(15),
                o.value(QLatin1StringView("group")).toString(),
                o.value(QLatin1StringView("kind")).toString(QStringLiteral("petition")),
                o.value(QLatin1StringView("contractRequired")).toBool()};
    }
    friend bool operator==(const RequestCategory &, const RequestCategory &) = default;
};

} // namespace ov
