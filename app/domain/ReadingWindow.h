#pragma once

#include <QDate>
#include <QJsonObject>

#include <optional>

namespace ov {

// When a utility takes a reading from its customers (GET /config's readingWindow): on the days
// of the month from firstDay to lastDay (both included), dated no more than maxAgeDays ago.
struct ReadingWindow
{
    int firstDay = 1;
    int lastDay = 31;
    int maxAgeDays = 3;

    bool isOpenOn(QDate day) const { return day.day() >= firstDay && day.day() <= lastDay; }
    QJsonObject toJson() const;
    static std::optional<ReadingWindow> fromJson(const QJsonValue &v);

    friend bool operator==(const ReadingWindow &, const ReadingWindow &) = default;
};

} // namespace ov
