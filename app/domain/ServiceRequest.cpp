#include "ServiceRequest.h"

#include "Json.h"

#include <QJsonArray>

namespace ov {

QStringList ServiceRequest::statuses()
{
    return {QStringLiteral("filed"), QStringLiteral("in_progress"), QStringLiteral("answered"),
            QStringLiteral("closed")};
}

QJsonObject ServiceRequest::toJson() const
{
    QJsonArray thread;
    for (const RequestMessage &m : messages)
        thread.append(m.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number},
            {QStringLiteral("categoryId"), categoryId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("contractId"), json::nullableString(contractId)},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("status"), status},
            {QStringLiteral("createdAt"), json::dateTime(createdAt)},
            {QStringLiteral("updatedAt"), json::dateTime(updatedAt)},
            {QStringLiteral("answerDueDate"), json::date(answerDueDate)},
            {QStringLiteral("answeredAt"), json::nullableDateTime(answeredAt)},
            {QStringLiteral("closedAt"), json::nullableDateTime(closedAt)},
            {QStringLiteral("messageCount"), qsizetype(messages.size())},
            {QStringLiteral("messages"), thread}};
}

ServiceRequest ServiceRequest::fromJson(const QJsonObject &o)
{
    ServiceRequest r;
    r.id = o.value(QLatin1StringView("id")).toString();
    r.number = o.value(QLatin1StringView("number")).toString();
    r.categoryId = o.value(QLatin1StringView("categoryId")).toString();
    r.kind = o.value(QLatin1StringView("kind")).toString();
    r.contractId = o.value(QLatin1StringView("contractId")).toString();
    r.subject = o.value(QLatin1StringView("subject")).toString();
    r.status = o.value(QLatin1StringView("status")).toString();
    r.createdAt =
        json::parseDateTime(o.value(QLatin1StringView("createdAt"))).value_or(QDateTime());
    r.updatedAt =
        json::parseDateTime(o.value(QLatin1StringView("updatedAt"))).value_or(QDateTime());
    r.answerDueDate =
        json::parseDate(o.value(QLatin1StringView("answerDueDate"))).value_or(QDate());
    r.answeredAt =
        json::parseDateTime(o.value(QLatin1StringView("answeredAt"))).value_or(QDateTime());
    r.closedAt = json::parseDateTime(o.value(QLatin1StringView("closedAt"))).value_or(QDateTime());
    for (const QJsonValue &v : o.value(QLatin1StringView("messages")).toArray())
        r.messages.append(RequestMessage::fromJson(v.toObject()));
    return r;
}

} // namespace ov
