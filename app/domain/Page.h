#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ov {

// One page of a cursor-paginated collection: {"items": [...], "nextCursor": "…" | null}.
template <typename T>
struct Page
{
    QList<T> items;
    QString nextCursor; // empty on the last page

    QJsonObject toJson() const
    {
        QJsonArray a;
        for (const T &item : items)
            a.append(item.toJson());
        return {{QStringLiteral("items"), a},
                {QStringLiteral("nextCursor"),
                 nextCursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(nextCursor)}};
    }

    static std::optional<Page> fromJson(const QJsonValue &v, QString *error = nullptr)
    {
        if (!v.isObject() || !v.toObject().value(QLatin1StringView("items")).isArray()) {
            if (error)
                *error = QStringLiteral("page: no items array");
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        Page page;
        const QJsonArray items = o.value(QLatin1StringView("items")).toArray();
        page.items.reserve(items.size());
        for (const QJsonValue &item : items) {
            auto parsed = T::fromJson(item, error);
            if (!parsed)
                return std::nullopt;
            page.items.append(std::move(*parsed));
        }
        const QJsonValue next = o.value(QLatin1StringView("nextCursor"));
        if (!next.isNull() && !next.isUndefined() && !next.isString()) {
            if (error)
                *error = QStringLiteral("page: nextCursor is not a string");
            return std::nullopt;
        }
        page.nextCursor = next.toString();
        return page;
    }
};

} // namespace ov
