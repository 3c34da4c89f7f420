#include "Reading.h"

#include "Json.h"

namespace ov {

QJsonObject Reading::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("contractId"), contractId},
            {QStringLiteral("period"), period},
            {QStringLiteral("readAt"), json::date(readAt)},
            {QStringLiteral("value"), value},
            {QStringLiteral("consumption"), consumption},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("source"), source},
            {QStringLiteral("meterNumber"), meterNumber},
            {QStringLiteral("needsReview"), needsReview},
            {QStringLiteral("updatedAt"), json::dateTime(updatedAt)}};
}

std::optional<Reading> Reading::fromJson(const QJsonValue &v, QString *error)
{
    auto fail = [error](const char *what) {
        if (error)
            *error = QStringLiteral("reading: bad or missing %1").arg(QLatin1StringView(what));
        return std::nullopt;
    };
    if (!v.isObject())
        return fail("object");
    const QJsonObject o = v.toObject();
    Reading r;
    const auto id = json::string(o, QLatin1StringView("id"));
    if (!id || id->isEmpty())
        return fail("id");
    r.id = *id;
    r.contractId = o.value(QLatin1StringView("contractId")).toString();
    r.period = o.value(QLatin1StringView("period")).toString();
    if (!json::isPeriod(r.period))
        return fail("period");
    const auto readAt = json::parseDate(o.value(QLatin1StringView("readAt")));
    const auto value = json::number(o, QLatin1StringView("value"));
    const auto consumption = json::number(o, QLatin1StringView("consumption"));
    if (!readAt || !value || !consumption)
        return fail("readAt/value/consumption");
    r.readAt = *readAt;
    r.value = *value;
    r.consumption = *consumption;
    r.unit = o.value(QLatin1StringView("unit")).toString();
    r.source = o.value(QLatin1StringView("source")).toString();
    r.meterNumber = o.value(QLatin1StringView("meterNumber")).toString();
    r.needsReview = o.value(QLatin1StringView("needsReview")).toBool();
    const auto updated = json::parseDateTime(o.value(QLatin1StringView("updatedAt")));
    if (!updated)
        return fail("updatedAt");
    r.updatedAt = *updated;
    return r;
}

} // namespace ov
