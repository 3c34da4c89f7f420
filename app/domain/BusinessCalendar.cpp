#include "BusinessCalendar.h"

#include <algorithm>

namespace ov {

namespace {

// The first `weekday` (1 = Monday) on or after `day`.
QDate onOrAfter(const QDate &day, int weekday)
{
    return day.addDays((weekday - day.dayOfWeek() + 7) % 7);
}

QDate nthWeekday(int year, int month, int weekday, int n)
{
    return onOrAfter(QDate(year, month, 1), weekday).addDays(7 * (n - 1));
}

QList<QDate> colombia(int year)
{
    const QDate easter = BusinessCalendar::easterSunday(year);
    QList<QDate> days = {
        QDate(year, 1, 1),  QDate(year, 5, 1),  QDate(year, 7, 20),
        QDate(year, 8, 7),  QDate(year, 12, 8), QDate(year, 12, 25),
        easter.addDays(-3), easter.addDays(-2), // Holy Thursday, Good Friday
        easter.addDays(43), easter.addDays(64),
        easter.addDays(71), // Ascension, Corpus, Sacred Heart
    };
    // Ley Emiliani: these are kept on the following Monday.
    for (const auto &[month, day] :
         {std::pair{1, 6}, {3, 19}, {6, 29}, {8, 15}, {10, 12}, {11, 1}, {11, 11}})
        days.append(onOrAfter(QDate(year, month, day), Qt::Monday));
    return days;
}

QList<QDate> mexico(int year)
{
    const QDate easter = BusinessCalendar::easterSunday(year);
    QList<QDate> days = {
        QDate(year, 1, 1),
        nthWeekday(year, 2, Qt::Monday, 1), // Constitution day
        nthWeekday(year, 3, Qt::Monday, 3), // Benito Juárez
        QDate(year, 5, 1),
        QDate(year, 9, 16),
        nthWeekday(year, 11, Qt::Monday, 3), // Revolution
        QDate(year, 12, 25),
        // Closed at public utilities and offices:
        easter.addDays(-3),
        easter.addDays(-2),
        QDate(year, 11, 2),
        QDate(year, 12, 12),
    };
    if ((year - 2024) % 6 == 0)
        days.append(QDate(year, 10, 1)); // a new president takes office
    return days;
}

} // namespace

BusinessCalendar::BusinessCalendar(QString country)
    : m_country(std::move(country))
{}

QDate BusinessCalendar::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<QDate> BusinessCalendar::holidays(int year) const
{
    QList<QDate> days;
    if (m_country == QLatin1StringView("CO"))
        days = colombia(year);
    else if (m_country == QLatin1StringView("MX"))
        days = mexico(year);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

bool BusinessCalendar::isHoliday(const QDate &day) const
{
    return holidays(day.year()).contains(day);
}

bool BusinessCalendar::isBusinessDay(const QDate &day) const
{
    return day.dayOfWeek() < Qt::Saturday && !isHoliday(day);
}

QDate BusinessCalendar::addBusinessDays(const QDate &filed, int days) const
{
    QDate day = filed;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isBusinessDay(day))
            ++counted;
    }
    return day;
}

int BusinessCalendar::businessDaysLeft(const QDate &today, const QDate &deadline) const
{
    const bool ahead = today <= deadline;
    const QDate from = ahead ? today : deadline;
    const QDate to = ahead ? deadline : today;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1))
        if (isBusinessDay(day))
            ++count;
    return ahead ? count : -count;
}

} // namespace ov
