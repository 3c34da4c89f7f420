#include "IntervalProfile.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace ov::server {

namespace {
double bump(double x, double centre, double width)
{
    const double d = (x - centre) / width;
    return std::exp(-0.5 * d * d);
}

// A well-mixed 64-bit hash (splitmix64) → [0, 1).
double unit(quint64 seed, qint64 index)
{
    quint64 z = seed + quint64(index) * 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    return double(z >> 11) / double(1ULL << 53);
}
} // namespace

IntervalProfile::IntervalProfile(const QString &contractId, bool business,
                                 double monthlyConsumption, const QTimeZone &zone)
    : m_business(business)
    , m_zone(zone.isValid() ? zone : QTimeZone::utc())
{
    const QByteArray digest =
        QCryptographicHash::hash(contractId.toUtf8(), QCryptographicHash::Sha256);
    m_seed = 0;
    for (int i = 0; i < 8; ++i)
        m_seed = (m_seed << 8) | quint8(digest.at(i));
    // The shape's mean over a week of days, so a month adds up to the monthly consumption.
    double sum = 0;
    for (int q = 0; q < 96; ++q)
        sum += 5 * shape(q / 4.0, false) + 2 * shape(q / 4.0, true);
    const double meanPerQuarter = sum / (7 * 96);
    m_scale = monthlyConsumption > 0 ? monthlyConsumption / (30.4 * 96 * meanPerQuarter) : 0;
}

bool IntervalProfile::isHoliday(QDate day)
{
    // Colombia's national holidays that never move (the Monday-moved ones are for issue 10's
    // calendar): New Year, Labour Day, Independence, Boyacá, Immaculate Conception, Christmas.
    static const int fixed[][2] = {{1, 1}, {5, 1}, {7, 20}, {8, 7}, {12, 8}, {12, 25}};
    for (const auto &d : fixed)
        if (day.month() == d[0] && day.day() == d[1])
            return true;
    return false;
}

bool IntervalProfile::isAway(QDate day)
{
    return day.month() == 7 && day.day() >= 6 && day.day() <= 12;
}

double IntervalProfile::shape(double hour, bool restDay) const
{
    if (m_business) {
        if (restDay)
            return 0.25;
        const double open = 1 / (1 + std::exp(-(hour - 7.5) * 3)) -
                            1 / (1 + std::exp(-(hour - 18.5) * 3)); // 8:00 to 18:00
        return 0.25 + 1.6 * open - 0.2 * bump(hour, 13, 0.7);       // lunch
    }
    double s = 0.30 + 0.55 * bump(hour, 6.8, 1.0) + 1.1 * bump(hour, 19.5, 1.7) +
               0.15 * bump(hour, 12.5, 1.5);
    if (restDay)
        s += 0.35 * bump(hour, 11, 2.5); // at home during the day
    return s;
}

double IntervalProfile::at(qint64 epochSeconds, int offsetSeconds) const
{
    const qint64 local = epochSeconds + offsetSeconds;
    const qint64 days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
    const QDate day = QDate(1970, 1, 1).addDays(days);
    const double hour = double(local - days * 86400) / 3600.0;
    const bool restDay = day.dayOfWeek() >= 6 || isHoliday(day);
    constexpr double pi = std::numbers::pi;
    const double season = 1.0 + (m_business ? 0.05 * std::sin(2 * pi * day.month() / 12.0)
                                            : 0.08 * std::cos(2 * pi * (day.month() - 12) / 12.0));
    double v = m_scale * shape(hour, restDay) * season;
    if (isAway(day))
        v *= m_business ? 0.6 : 0.25; // the fridge, and little else
    return v * (0.8 + 0.4 * unit(m_seed, epochSeconds / kQuarter));
}

double IntervalProfile::quarterHour(const QDateTime &utcStart) const
{
    return at(utcStart.toSecsSinceEpoch(), m_zone.offsetFromUtc(utcStart));
}

std::vector<double> IntervalProfile::series(const QDateTime &utcStart, int stepSeconds,
                                            qsizetype count) const
{
    std::vector<double> values;
    values.reserve(size_t(std::max<qsizetype>(count, 0)));
    const qint64 start = utcStart.toSecsSinceEpoch();
    qint64 offsetHour = std::numeric_limits<qint64>::min();
    int offset = 0;
    for (qsizetype i = 0; i < count; ++i) {
        double sum = 0;
        for (int q = 0; q < stepSeconds; q += kQuarter) {
            const qint64 t = start + i * stepSeconds + q;
            if (t / 3600 != offsetHour) { // zones change their offset on the hour
                offsetHour = t / 3600;
                offset = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()));
            }
            sum += at(t, offset);
        }
        values.push_back(sum);
    }
    return values;
}

} // namespace ov::server
