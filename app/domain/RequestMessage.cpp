#include "RequestMessage.h"

#include "Json.h"

#include <QJsonArray>

namespace ov {

QJsonObject RequestMessage::toJson() const
{
    QJsonArray files;
    for (const RequestAttachment &a : attachments)
        files.append(a.toJson());
    return {{QStringLiteral("id"), id},
            {QStringLiteral("author"), author},
            {QStringLiteral("body"), body},
            {QStringLiteral("status"), json::nullableString(status)},
            {QStringLiteral("createdAt"), json::dateTime(createdAt)},
            {QStringLiteral("attachments"), files}};
}

RequestMessage RequestMessage::fromJson(const QJsonObject &o)
{
    RequestMessage m;
    m.id = o.value(QLatin1StringView("id")).toString();
    m.author = o.value(QLatin1StringView("author")).toString();
    m.body = o.value(QLatin1StringView("body")).toString();
    m.status = o.value(QLatin1StringView("status")).toString();
    m.createdAt =
        json::parseDateTime(o.value(QLatin1StringView("createdAt"))).value_or(QDateTime());
    for (const QJsonValue &v : o.value(QLatin1StringView("attachments")).toArray())
        m.attachments.append(RequestAttachment::fromJson(v.toObject()));
    return m;
}

} // namespace ov
