#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace ov {

// Business days in a utility's country, for the legal answer deadline of a request (in Colombia
// 15 business days, Ley 142 de 1994 art. 158). Weekends and the country's holidays are not
// business days. The holidays are bundled for 2026–2028 (`kFirstYear`–`kLastYear`), made from
// the rules that define them and checked against the published calendars in unit_business_days;
// outside those years the same rules still apply.
//  - CO: the fixed holidays, the "Ley Emiliani" ones moved to the next Monday (Ley 51 de 1983),
//    and those that hang from Easter (Holy Thursday, Good Friday; Ascension, Corpus Christi and
//    Sacred Heart on Mondays).
//  - MX: the mandatory rest days (Ley Federal del Trabajo art. 74, with its Mondays), plus the
//    days public utilities close (Holy Thursday, Good Friday, 2 November, 12 December).
//  - anything else: weekends only.
class BusinessCalendar
{
public:
    static constexpr int kFirstYear = 2026;
    static constexpr int kLastYear = 2028;

    explicit BusinessCalendar(QString country = {});

    const QString &country() const { return m_country; }
    QList<QDate> holidays(int year) const;
    bool isHoliday(const QDate &day) const;
    bool isBusinessDay(const QDate &day) const;
    // The `days`-th business day after `filed` (counting starts the next day, whatever day the
    // filing was made on): the last day the answer is on time.
    QDate addBusinessDays(const QDate &filed, int days) const;
    // Business days from `today` to `deadline`: those in (today, deadline]; 0 when the deadline
    // is today (or a non-business day before the next one), negative once it has passed
    // (−1 the first business day after it).
    int businessDaysLeft(const QDate &today, const QDate &deadline) const;

    static QDate easterSunday(int year);

private:
    QString m_country;
};

} // namespace ov
