#pragma once

#include "domain/Reading.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace ov {

// The readings of one contract, newest first, and what the consumption page shows of them:
// the latest period's consumption, the same period a year earlier and the change, the daily
// average, and the consumption per month (a period with several readings — the utility's and
// the customer's own — adds them up).
class ConsumptionHistory
{
public:
    explicit ConsumptionHistory(QList<Reading> readings);

    const QList<Reading> &readings() const { return m_readings; }
    bool isEmpty() const { return m_readings.isEmpty(); }
    QString unit() const { return m_readings.isEmpty() ? QString() : m_readings.first().unit; }

    const Reading *latest() const;
    // Consumption per period "YYYY-MM", oldest first.
    const QMap<QString, double> &monthly() const { return m_monthly; }
    QString latestPeriod() const; // empty when there are no readings
    std::optional<double> consumptionOf(const QString &period) const;
    // (latest − same period last year) / same period last year.
    std::optional<double> changeFromLastYear() const;
    // The latest period's consumption per day: between the reading that closed it and the one
    // before (the days the meter ran for that consumption).
    std::optional<double> dailyAverage() const;
    // The newest `months` periods, oldest first, each with the same month a year before (or
    // nullopt): the chart's bars.
    struct MonthPair
    {
        QString period;
        double consumption = 0;
        std::optional<double> yearBefore;
    };
    QList<MonthPair> lastMonths(int months) const;

    static QString periodYearsBefore(const QString &period, int years);

private:
    QList<Reading> m_readings;
    QMap<QString, double> m_monthly;
};

} // namespace ov
