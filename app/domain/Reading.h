#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace ov {

// A meter reading: the register value on a date and the consumption since the previous one.
struct Reading
{
    QString id;
    QString contractId;
    QString period; // billing period the reading closes, YYYY-MM
    QDate readAt;
    double value = 0;       // meter register
    double consumption = 0; // since the previous reading
    QString unit;
    QString source;           // utility (read by the utility) | estimated | customer (submitted)
    QString meterNumber;      // the meter read (empty: the contract's, from before it was recorded)
    bool needsReview = false; // taken, but unusually high: the utility checks it
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<Reading> fromJson(const QJsonValue &v, QString *error = nullptr);

    friend bool operator==(const Reading &, const Reading &) = default;
};

} // namespace ov
