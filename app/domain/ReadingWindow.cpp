#include "ReadingWindow.h"

namespace ov {

QJsonObject ReadingWindow::toJson() const
{
    return {{QStringLiteral("firstDay"), firstDay},
            {QStringLiteral("lastDay"), lastDay},
            {QStringLiteral("maxAgeDays"), maxAgeDays}};
}

std::optional<ReadingWindow> ReadingWindow::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    ReadingWindow w;
    w.firstDay = o.value(QLatin1StringView("firstDay")).toInt(0);
    w.lastDay = o.value(QLatin1StringView("lastDay")).toInt(0);
    w.maxAgeDays = o.value(QLatin1StringView("maxAgeDays")).toInt(-1);
    if (w.firstDay < 1 || w.lastDay > 31 || w.firstDay > w.lastDay || w.maxAgeDays < 0 ||
        w.maxAgeDays > 62)
        return std::nullopt;
    return w;
}

} // namespace ov
