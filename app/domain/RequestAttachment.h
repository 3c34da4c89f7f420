#pragma once

#include <QJsonObject>
#include <QString>

namespace ov {

// A file attached to a request's message (PDF, JPEG or PNG), as the thread lists it; the bytes
// are fetched on demand.
struct RequestAttachment
{
    QString id;
    QString fileName;
    QString contentType;
    qint64 size = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("id"), id},
                {QStringLiteral("fileName"), fileName},
                {QStringLiteral("contentType"), contentType},
                {QStringLiteral("size"), size}};
    }
    static RequestAttachment fromJson(const QJsonObject &o)
    {
        return {o.value(QLatin1StringView("id")).toString(),
                o.value(QLatin1StringView("fileName")).toString(),
                o.value(QLatin1StringView("contentType")).toString(),
                qint64(o.value(QLatin1StringView("size")).toDouble())};
    }
    friend bool operator==(const RequestAttachment &, const RequestAttachment &) = default;
};

} // namespace ov
