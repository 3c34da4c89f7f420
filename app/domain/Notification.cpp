#include "Notification.h"

#include "Json.h"

namespace ov {

QJsonObject Notification::toJson() const
{
    const QJsonValue link = linkResource.isEmpty()
                                ? QJsonValue()
                                : QJsonValue(QJsonObject{{QStringLiteral("resource"), linkResource},
                                                         {QStringLiteral("id"), linkId}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("title"), title},
            {QStringLiteral("body"), body},
            {QStringLiteral("params"), params},
            {QStringLiteral("link"), link},
            {QStringLiteral("createdAt"), json::dateTime(createdAt)},
            {QStringLiteral("updatedAt"), json::dateTime(updatedAt)},
            {QStringLiteral("readAt"), json::nullableDateTime(readAt)}};
}

Notification Notification::fromJson(const QJsonObject &o)
{
    Notification n;
    n.id = o.value(QLatin1StringView("id")).toString();
    n.kind = o.value(QLatin1StringView("kind")).toString();
    n.title = o.value(QLatin1StringView("title")).toString();
    n.body = o.value(QLatin1StringView("body")).toString();
    n.params = o.value(QLatin1StringView("params")).toObject();
    const QJsonObject link = o.value(QLatin1StringView("link")).toObject();
    n.linkResource = link.value(QLatin1StringView("resource")).toString();
    n.linkId = link.value(QLatin1StringView("id")).toString();
    n.createdAt =
        json::parseDateTime(o.value(QLatin1StringView("createdAt"))).value_or(QDateTime());
    n.updatedAt =
        json::parseDateTime(o.value(QLatin1StringView("updatedAt"))).value_or(QDateTime());
    n.readAt = json::parseDateTime(o.value(QLatin1StringView("readAt"))).value_or(QDateTime());
    return n;
}

} // namespace ov
