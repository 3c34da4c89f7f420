// Unit: the legal answer deadline in business days — weekends and each country's holidays
// (Colombia's Ley Emiliani Mondays and Easter-based days; Mexico's statutory Mondays and the days
// public utilities close), checked against the published 2026–2028 calendars; filings on the
// Friday before a Monday holiday, in Holy Week and at year end; the days left, today and once
// overdue. And the shared request rules (sizes, types by signature, required contract).

#include "domain/BusinessCalendar.h"
#include "domain/RequestRules.h"

#include <QTest>

using namespace ov;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

class TestBusinessDays : public QObject
{
    Q_OBJECT

private slots:
    void easter()
    {
        QCOMPARE(BusinessCalendar::easterSunday(2026), d(2026, 4, 5));
        QCOMPARE(BusinessCalendar::easterSunday(2027), d(2027, 3, 28));
        QCOMPARE(BusinessCalendar::easterSunday(2028), d(2028, 4, 16));
    }

    void colombiaPublishedCalendars_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("expected");
        QTest::newRow("2026") << 2026
                              << QList<QDate>{d(2026, 1, 1),   d(2026, 1, 12),  d(2026, 3, 23),
                                              d(2026, 4, 2),   d(2026, 4, 3),   d(2026, 5, 1),
                                              d(2026, 5, 18),  d(2026, 6, 8),   d(2026, 6, 15),
                                              d(2026, 6, 29),  d(2026, 7, 20),  d(2026, 8, 7),
                                              d(2026, 8, 17),  d(2026, 10, 12), d(2026, 11, 2),
                                              d(2026, 11, 16), d(2026, 12, 8),  d(2026, 12, 25)};
        QTest::newRow("2027") << 2027
                              << QList<QDate>{d(2027, 1, 1),   d(2027, 1, 11),  d(2027, 3, 22),
                                              d(2027, 3, 25),  d(2027, 3, 26),  d(2027, 5, 1),
                                              d(2027, 5, 10),  d(2027, 5, 31),  d(2027, 6, 7),
                                              d(2027, 7, 5),   d(2027, 7, 20),  d(2027, 8, 7),
                                              d(2027, 8, 16),  d(2027, 10, 18), d(2027, 11, 1),
                                              d(2027, 11, 15), d(2027, 12, 8),  d(2027, 12, 25)};
        QTest::newRow("2028") << 2028
                              << QList<QDate>{d(2028, 1, 1),   d(2028, 1, 10),  d(2028, 3, 20),
                                              d(2028, 4, 13),  d(2028, 4, 14),  d(2028, 5, 1),
                                              d(2028, 5, 29),  d(2028, 6, 19),  d(2028, 6, 26),
                                              d(2028, 7, 3),   d(2028, 7, 20),  d(2028, 8, 7),
                                              d(2028, 8, 21),  d(2028, 10, 16), d(2028, 11, 6),
                                              d(2028, 11, 13), d(2028, 12, 8),  d(2028, 12, 25)};
    }
    void colombiaPublishedCalendars()
    {
        QFETCH(int, year);
        QFETCH(QList<QDate>, expected);
        QCOMPARE(BusinessCalendar(QStringLiteral("CO")).holidays(year), expected);
    }

    void mexicoCalendars()
    {
        const BusinessCalendar mx(QStringLiteral("MX"));
        QCOMPARE(mx.holidays(2026),
                 (QList<QDate>{d(2026, 1, 1), d(2026, 2, 2), d(2026, 3, 16), d(2026, 4, 2),
                               d(2026, 4, 3), d(2026, 5, 1), d(2026, 9, 16), d(2026, 11, 2),
                               d(2026, 11, 16), d(2026, 12, 12), d(2026, 12, 25)}));
        QCOMPARE(mx.holidays(2027).first(2), (QList<QDate>{d(2027, 1, 1), d(2027, 2, 1)}));
        QVERIFY(mx.isHoliday(d(2027, 3, 15)));  // third Monday of March
        QVERIFY(mx.isHoliday(d(2028, 11, 20))); // third Monday of November
        QVERIFY(!mx.isHoliday(d(2026, 10, 1))); // only every six years (2024, 2030)
        QVERIFY(!BusinessCalendar(QStringLiteral("CO")).isHoliday(d(2026, 2, 2)));
    }

    void fridayBeforeMondayHoliday()
    {
        const BusinessCalendar co(QStringLiteral("CO"));
        // Friday 9 January 2026; Monday 12 is Reyes (moved): counting starts on Tuesday 13.
        QCOMPARE(co.addBusinessDays(d(2026, 1, 9), 1), d(2026, 1, 13));
        // 15 business days: 13–16, 19–23, 26–30, 2 Feb → the 15th is Monday 2 February.
        QCOMPARE(co.addBusinessDays(d(2026, 1, 9), 15), d(2026, 2, 2));
        // In Mexico that Monday is a working day.
        QCOMPARE(BusinessCalendar(QStringLiteral("MX")).addBusinessDays(d(2026, 1, 9), 1),
                 d(2026, 1, 12));
    }

    void holyWeek()
    {
        // Filed Wednesday 1 April 2026: Thursday 2 and Friday 3 are holidays in both countries.
        QCOMPARE(BusinessCalendar(QStringLiteral("CO")).addBusinessDays(d(2026, 4, 1), 1),
                 d(2026, 4, 6));
        QCOMPARE(BusinessCalendar(QStringLiteral("MX")).addBusinessDays(d(2026, 4, 1), 2),
                 d(2026, 4, 7));
    }

    void yearEnd()
    {
        const BusinessCalendar co(QStringLiteral("CO"));
        // Filed Thursday 24 December 2026: 25 (holiday), weekend; 28–31, then 1 January 2027
        // (holiday), weekend, 4 January.
        QCOMPARE(co.addBusinessDays(d(2026, 12, 24), 5), d(2027, 1, 4));
        // A filing on a Sunday counts from Monday.
        QCOMPARE(co.addBusinessDays(d(2026, 11, 29), 1), d(2026, 11, 30));
        // Mexico closes on 12 December (a Saturday in 2026 anyway) and 25.
        QCOMPARE(BusinessCalendar(QStringLiteral("MX")).addBusinessDays(d(2026, 12, 23), 2),
                 d(2026, 12, 28));
    }

    void daysLeft()
    {
        const BusinessCalendar co(QStringLiteral("CO"));
        const QDate deadline = d(2026, 12, 18); // a Friday
        QCOMPARE(co.businessDaysLeft(d(2026, 12, 18), deadline), 0);
        QCOMPARE(co.businessDaysLeft(d(2026, 12, 15), deadline), 3);
        QCOMPARE(co.businessDaysLeft(d(2026, 12, 7), deadline), 8);  // 8 Dec is a holiday
        QCOMPARE(co.businessDaysLeft(d(2026, 12, 19), deadline), 0); // Saturday after it
        QCOMPARE(co.businessDaysLeft(d(2026, 12, 21), deadline), -1);
        QCOMPARE(co.businessDaysLeft(d(2026, 12, 28), deadline), -5); // 25 Dec skipped
        // No country: weekends only.
        QCOMPARE(BusinessCalendar().addBusinessDays(d(2026, 12, 24), 1), d(2026, 12, 25));
    }

    void requestRules()
    {
        const QList<RequestCategory> categories{{QStringLiteral("high_consumption"),
                                                 QStringLiteral("Alto consumo"),
                                                 {},
                                                 15,
                                                 QStringLiteral("service"),
                                                 QStringLiteral("claim"),
                                                 true},
                                                {QStringLiteral("suggestion"),
                                                 QStringLiteral("Sugerencia"),
                                                 {},
                                                 15,
                                                 QStringLiteral("feedback"),
                                                 QStringLiteral("suggestion"),
                                                 false}};
        const auto codes = [](const QList<FieldError> &errors) {
            QStringList out;
            for (const FieldError &e : errors)
                out << e.field + QLatin1Char(':') + e.code;
            return out;
        };
        QCOMPARE(codes(RequestRules::checkRequest(categories, QStringLiteral("high_consumption"),
                                                  {}, QStringLiteral("Cobro"),
                                                  QStringLiteral("No reconozco"))),
                 QStringList{QStringLiteral("contractId:required")});
        QVERIFY(RequestRules::checkRequest(categories, QStringLiteral("suggestion"), {},
                                           QStringLiteral("Idea"), QStringLiteral("Texto"))
                    .isEmpty());
        QCOMPARE(
            codes(RequestRules::checkRequest(categories, QStringLiteral("nope"), {},
                                             QString(151, QLatin1Char('a')),
                                             QString(5001, QLatin1Char('b')))),
            (QStringList{QStringLiteral("categoryId:invalid"), QStringLiteral("subject:too_long"),
                         QStringLiteral("description:too_long")}));

        QCOMPARE(RequestRules::typeBySignature("%PDF-1.7\n"), QStringLiteral("application/pdf"));
        QCOMPARE(RequestRules::typeBySignature("\x89PNG\r\n\x1a\nxx"), QStringLiteral("image/png"));
        QCOMPARE(RequestRules::typeBySignature("\xff\xd8\xff\xe0"), QStringLiteral("image/jpeg"));
        QCOMPARE(RequestRules::typeBySignature("MZ\x90\x00"), QString());

        const QString pdf = QStringLiteral("application/pdf");
        const qint64 mb = 1024 * 1024;
        QVERIFY(RequestRules::checkFiles({{QStringLiteral("a.pdf"), 5 * mb, pdf}}).isEmpty());
        QCOMPARE(codes(RequestRules::checkFiles({{QStringLiteral("a.pdf"), 5 * mb + 1, pdf},
                                                 {QStringLiteral("b.exe"), 10, QString()}})),
                 (QStringList{QStringLiteral("attachments[0]:too_large"),
                              QStringLiteral("attachments[1]:unsupported_type")}));
        QCOMPARE(codes(RequestRules::checkFiles({{QStringLiteral("a.pdf"), 4 * mb, pdf},
                                                 {QStringLiteral("b.pdf"), 4 * mb, pdf},
                                                 {QStringLiteral("c.pdf"), 4 * mb, pdf},
                                                 {QStringLiteral("d.pdf"), 4 * mb, pdf}})),
                 QStringList{QStringLiteral("attachments:total_too_large")});
        QList<RequestRules::File> six(6, {QStringLiteral("a.pdf"), 10, pdf});
        QCOMPARE(codes(RequestRules::checkFiles(six)),
                 QStringList{QStringLiteral("attachments:too_many")});

        QCOMPARE(
            codes(RequestRules::checkContact(categories, {}, QStringLiteral("x@"),
                                             QStringLiteral("suggestion"), QStringLiteral("Hola"))),
            (QStringList{QStringLiteral("name:required"), QStringLiteral("email:invalid")}));
    }
};

QTEST_GUILESS_MAIN(TestBusinessDays)
#include "tst_business_days.moc"
