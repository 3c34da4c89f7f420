#include "ConsumptionHistory.h"

#include <QDate>

#include <algorithm>

namespace ov {

ConsumptionHistory::ConsumptionHistory(QList<Reading> readings)
    : m_readings(std::move(readings))
{
    std::stable_sort(m_readings.begin(), m_readings.end(), [](const Reading &a, const Reading &b) {
        return a.readAt != b.readAt ? a.readAt > b.readAt : a.value > b.value;
    });
    for (const Reading &r : std::as_const(m_readings))
        m_monthly[r.period] += r.consumption;
}

const Reading *ConsumptionHistory::latest() const
{
    return m_readings.isEmpty() ? nullptr : &m_readings.first();
}

QString ConsumptionHistory::latestPeriod() const
{
    return m_monthly.isEmpty() ? QString() : m_monthly.lastKey();
}

std::optional<double> ConsumptionHistory::consumptionOf(const QString &period) const
{
    const auto it = m_monthly.constFind(period);
    return it == m_monthly.cend() ? std::nullopt : std::optional<double>(*it);
}

QString ConsumptionHistory::periodYearsBefore(const QString &period, int years)
{
    const QDate month = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return month.isValid() ? month.addYears(-years).toString(QStringLiteral("yyyy-MM")) : QString();
}

std::optional<double> ConsumptionHistory::changeFromLastYear() const
{
    const QString period = latestPeriod();
    const auto now = consumptionOf(period);
    const auto before = consumptionOf(periodYearsBefore(period, 1));
    if (!now || !before || *before <= 0)
        return std::nullopt;
    return (*now - *before) / *before;
}

std::optional<double> ConsumptionHistory::dailyAverage() const
{
    const QString period = latestPeriod();
    if (period.isEmpty())
        return std::nullopt;
    // The period's readings span from the reading before its first to its last.
    QDate last;
    QDate before;
    for (int i = 0; i < m_readings.size(); ++i) {
        if (m_readings.at(i).period != period)
            continue;
        if (!last.isValid())
            last = m_readings.at(i).readAt;
        if (i + 1 < m_readings.size() && m_readings.at(i + 1).period != period)
            before = m_readings.at(i + 1).readAt;
    }
    const qint64 days = before.isValid() ? before.daysTo(last) : 0;
    if (days <= 0)
        return std::nullopt;
    return *consumptionOf(period) / double(days);
}

QList<ConsumptionHistory::MonthPair> ConsumptionHistory::lastMonths(int months) const
{
    QList<MonthPair> list;
    const QStringList periods = m_monthly.keys();
    for (qsizetype i = std::max<qsizetype>(0, periods.size() - months); i < periods.size(); ++i) {
        const QString &p = periods.at(i);
        list.append({p, m_monthly.value(p), consumptionOf(periodYearsBefore(p, 1))});
    }
    return list;
}

} // namespace ov
