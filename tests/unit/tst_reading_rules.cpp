// Unit: the rules for a reading the customer enters (shared by app and server) and the
// consumption figures the page shows (latest period, a year before, daily average, months).

#include "consumption/ConsumptionHistory.h"
#include "domain/ReadingRules.h"

#include <QTest>

using namespace ov;

namespace {
Reading reading(const char *date, double value, double consumption, const char *meter = "M1",
                const char *period = nullptr)
{
    Reading r;
    r.readAt = QDate::fromString(QString::fromLatin1(date), Qt::ISODate);
    r.period = period ? QString::fromLatin1(period) : r.readAt.toString(QStringLiteral("yyyy-MM"));
    r.value = value;
    r.consumption = consumption;
    r.meterNumber = QString::fromLatin1(meter);
    r.unit = QStringLiteral("kWh");
    return r;
}

const QDate kToday(2026, 11, 15);

QList<Reading> twelveMonths() // 100 a month, last read on 2026-10-30 at 2200
{
    QList<Reading> list;
    for (int i = 0; i < 12; ++i) {
        const QDate d = QDate(2026, 10, 30).addMonths(-i);
        Reading r = reading("2026-01-01", 2200 - 100 * i, 100);
        r.readAt = d;
        r.period = d.toString(QStringLiteral("yyyy-MM"));
        list << r;
    }
    return list;
}

QString codeOf(const ReadingRules::Outcome &o, const QString &field)
{
    for (const FieldError &e : o.errors)
        if (e.field == field)
            return e.code;
    return {};
}
} // namespace

class TestReadingRules : public QObject
{
    Q_OBJECT

private slots:
    void aNormalReadingIsTaken()
    {
        const auto o = ReadingRules::check(2250, kToday, twelveMonths(), QStringLiteral("M1"),
                                           ReadingWindow{}, kToday);
        QVERIFY(o.accepted());
        QCOMPARE(o.consumption, 50.0);
        QCOMPARE(o.average, 100.0);
        QVERIFY(!o.needsReview);
        QCOMPARE(o.last->value, 2200.0);
    }

    void refusals_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QDate>("readAt");
        QTest::addColumn<ReadingWindow>("window");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        const ReadingWindow any{};
        QTest::newRow("lower") << 2199.0 << kToday << any << "value"
                               << "below_last_reading";
        QTest::newRow("negative") << -1.0 << kToday << any << "value"
                                  << "invalid";
        QTest::newRow("not a number") << qQNaN() << kToday << any << "value"
                                      << "invalid";
        QTest::newRow("too big") << 1e9 << kToday << any << "value"
                                 << "invalid";
        QTest::newRow("future") << 2300.0 << kToday.addDays(1) << any << "readAt"
                                << "in_future";
        QTest::newRow("too old") << 2300.0 << kToday.addDays(-4) << any << "readAt"
                                 << "too_old";
        QTest::newRow("window") << 2300.0 << kToday << ReadingWindow{20, 28, 3} << "readAt"
                                << "outside_window";
        QTest::newRow("before the last")
            << 2300.0 << QDate(2026, 10, 29) << ReadingWindow{1, 31, 30} << "readAt"
            << "before_last_reading";
        QTest::newRow("no date") << 2300.0 << QDate() << any << "readAt"
                                 << "invalid";
    }
    void refusals()
    {
        QFETCH(double, value);
        QFETCH(QDate, readAt);
        QFETCH(ReadingWindow, window);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const auto o = ReadingRules::check(value, readAt, twelveMonths(), QStringLiteral("M1"),
                                           window, kToday);
        QVERIFY(!o.accepted());
        QCOMPARE(codeOf(o, field), code);
    }

    void theWindowIncludesBothEnds()
    {
        const ReadingWindow w{1, 15, 3};
        QVERIFY(w.isOpenOn(QDate(2026, 11, 1)));
        QVERIFY(w.isOpenOn(QDate(2026, 11, 15)));
        QVERIFY(!w.isOpenOn(QDate(2026, 11, 16)));
        QVERIFY(ReadingRules::check(2300, kToday, twelveMonths(), QStringLiteral("M1"), w, kToday)
                    .accepted());
    }

    void aSpikeIsFlaggedNotRefused()
    {
        auto o = ReadingRules::check(2200 + 301, kToday, twelveMonths(), QStringLiteral("M1"),
                                     ReadingWindow{}, kToday);
        QVERIFY(o.accepted());
        QVERIFY(o.needsReview);
        o = ReadingRules::check(2200 + 300, kToday, twelveMonths(), QStringLiteral("M1"),
                                ReadingWindow{}, kToday);
        QVERIFY(!o.needsReview); // exactly three times is not more than three times
    }

    void aReplacedMeterStartsAgain()
    {
        const auto o = ReadingRules::check(15, kToday, twelveMonths(), QStringLiteral("M2"),
                                           ReadingWindow{}, kToday);
        QVERIFY(o.accepted());
        QVERIFY(!o.last);
        QCOMPARE(o.consumption, 15.0);
        QVERIFY(!o.needsReview);
        // The new meter's own readings count from then on.
        QList<Reading> list = twelveMonths();
        list << reading("2026-11-10", 15, 15, "M2");
        const auto lower =
            ReadingRules::check(14, kToday, list, QStringLiteral("M2"), ReadingWindow{}, kToday);
        QCOMPARE(codeOf(lower, QStringLiteral("value")), QStringLiteral("below_last_reading"));
    }

    void theAverageSkipsFlaggedAndEmptyReadings()
    {
        QList<Reading> list = twelveMonths();
        Reading spike = reading("2026-11-01", 9000, 6800);
        spike.needsReview = true;
        list << spike << reading("2026-11-02", 9000, 0);
        QCOMPARE(ReadingRules::averageConsumption(list), 100.0);
        QCOMPARE(ReadingRules::averageConsumption({}), 0.0);
    }

    void theHistoryComparesWithAYearBefore()
    {
        QList<Reading> list;
        for (int i = 0; i < 14; ++i) {
            const QDate d = QDate(2026, 10, 30).addMonths(-i);
            Reading r = reading("2026-01-01", 5000 - 100 * i, i == 0 ? 130 : (i == 12 ? 100 : 90));
            r.readAt = d;
            r.period = d.toString(QStringLiteral("yyyy-MM"));
            list << r;
        }
        std::reverse(list.begin(), list.end()); // any order in
        const ConsumptionHistory h(list);
        QCOMPARE(h.latest()->readAt, QDate(2026, 10, 30));
        QCOMPARE(h.latestPeriod(), QStringLiteral("2026-10"));
        QCOMPARE(h.changeFromLastYear().value(), 0.3);
        QCOMPARE(h.dailyAverage().value(), 130.0 / 30); // 2026-09-30 → 2026-10-30
        const auto months = h.lastMonths(12);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.last().period, QStringLiteral("2026-10"));
        QCOMPARE(months.last().yearBefore.value(), 100.0);
        QCOMPARE(months.first().period, QStringLiteral("2025-11"));
        QVERIFY(!ConsumptionHistory(list.mid(10)).changeFromLastYear());
        QCOMPARE(h.lastMonths(100).size(), 14);
        QVERIFY(!h.lastMonths(100).first().yearBefore);
    }

    void aPeriodWithTwoReadingsAddsThemUp()
    {
        const ConsumptionHistory h({reading("2026-09-30", 1000, 90),
                                    reading("2026-10-15", 1040, 40),
                                    reading("2026-10-30", 1100, 60)});
        QCOMPARE(h.consumptionOf(QStringLiteral("2026-10")).value(), 100.0);
        QCOMPARE(h.dailyAverage().value(), 100.0 / 30);
        QCOMPARE(h.readings().first().value, 1100.0);
    }
};

QTEST_GUILESS_MAIN(TestReadingRules)
#include "tst_reading_rules.moc"
