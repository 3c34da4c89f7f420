#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

namespace ov::server {

// The demo's smart-meter data: what a supply point used in each quarter-hour, made up but
// deterministic (the same contract and quarter-hour always give the same value) and shaped
// like real use — a morning and an evening peak at home, office hours at a business, more at
// home on weekends and on Colombia's fixed national holidays (a business then uses little),
// the demo's seasons, one week of holidays away each July, and some noise. A month of it adds
// up to about the contract's usual monthly consumption.
class IntervalProfile
{
public:
    static constexpr int kQuarter = 900; // seconds

    IntervalProfile(const QString &contractId, bool business, double monthlyConsumption,
                    const QTimeZone &zone);

    // The consumption of the quarter-hour starting at `utcStart` (aligned to 15 minutes).
    double quarterHour(const QDateTime &utcStart) const;
    // `count` consecutive intervals of `stepSeconds` (a multiple of 15 minutes) from
    // `utcStart`, each the sum of its quarter-hours. The zone's offset is looked up once an
    // hour, not per value: three years of quarter-hours take milliseconds.
    std::vector<double> series(const QDateTime &utcStart, int stepSeconds, qsizetype count) const;

    static bool isHoliday(QDate day);
    static bool isAway(QDate day); // the July week away

private:
    double shape(double hour, bool restDay) const;
    double at(qint64 epochSeconds, int offsetSeconds) const;

    quint64 m_seed;
    bool m_business;
    QTimeZone m_zone;
    double m_scale = 0;
};

} // namespace ov::server
