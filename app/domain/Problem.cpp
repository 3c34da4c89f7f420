#include "Problem.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ov {

QString Problem::typeUri(const QString &code)
{
    return QStringLiteral("https://oficina-virtual.github.io/problems/") + code;
}

QJsonObject Problem::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), typeUri(code)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), status},
                  {QStringLiteral("code"), code}};
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!errors.isEmpty()) {
        QJsonArray a;
        for (const FieldError &e : errors)
            a.append(e.toJson());
        o.insert(QStringLiteral("errors"), a);
    }
    if (retryAfterSeconds >= 0)
        o.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
    return o;
}

QByteArray Problem::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<Problem> Problem::fromJson(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Problem p;
    p.code = o.value(QLatin1StringView("code")).toString();
    if (p.code.isEmpty())
        return std::nullopt;
    p.status = o.value(QLatin1StringView("status")).toInt();
    p.title = o.value(QLatin1StringView("title")).toString();
    p.detail = o.value(QLatin1StringView("detail")).toString();
    p.retryAfterSeconds = o.value(QLatin1StringView("retryAfter")).toInt(-1);
    const QJsonArray errors = o.value(QLatin1StringView("errors")).toArray();
    for (const QJsonValue &e : errors) {
        const QJsonObject eo = e.toObject();
        p.errors.append({eo.value(QLatin1StringView("field")).toString(),
                         eo.value(QLatin1StringView("code")).toString()});
    }
    return p;
}

} // namespace ov
