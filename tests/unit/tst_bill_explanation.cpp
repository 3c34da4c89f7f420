// Unit: "why did my bill change?" splits the difference of two bills into consumption, price,
// days and other charges that add up exactly to it — for rises, falls, a tariff change, a
// period of another length, a block tariff and a correction; and the invoice history finds the
// previous bill, the same month last year and the years.

#include "invoices/BillExplanation.h"
#include "invoices/InvoiceHistory.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ov;

namespace {
const QString kCop = QStringLiteral("COP");

InvoiceLine perUnit(const QString &code, const QString &kind, double quantity, qint64 price)
{
    InvoiceLine l;
    l.code = code;
    l.label = code;
    l.kind = kind;
    l.quantity = quantity;
    l.unit = QStringLiteral("kWh");
    l.unitPrice = Money{price, kCop};
    l.amount = Money{std::llround(quantity * double(price)), kCop};
    return l;
}

InvoiceLine percent(const QString &code, double rate, qint64 base)
{
    InvoiceLine l;
    l.code = code;
    l.kind = QStringLiteral("tax");
    l.quantity = rate;
    l.unit = QStringLiteral("%");
    l.unitPrice = Money{base, kCop};
    l.amount = Money{std::llround(double(base) * rate / 100.0), kCop};
    return l;
}

InvoiceLine fixedCharge(const QString &code, qint64 amount)
{
    InvoiceLine l;
    l.code = code;
    l.kind = code == QLatin1StringView("adjustment") ? QStringLiteral("adjustment")
                                                     : QStringLiteral("fixed");
    l.quantity = 1;
    l.unitPrice = Money{amount, kCop};
    l.amount = l.unitPrice;
    return l;
}

// A bill of `kwh` over the days from `start` to `end` at `price` per kWh with a 20 %
// contribution on energy and a fixed street-lighting charge.
Invoice bill(const QString &period, QDate start, QDate end, double kwh, qint64 price,
             qint64 lighting = 980000, double contribution = 20)
{
    Invoice i;
    i.id = QStringLiteral("inv_") + period;
    i.contractId = QStringLiteral("ct_1");
    i.period = period;
    i.periodStart = start;
    i.periodEnd = end;
    i.consumption = kwh;
    i.unit = QStringLiteral("kWh");
    const InvoiceLine energy =
        perUnit(QStringLiteral("energy"), QStringLiteral("consumption"), kwh, price);
    i.lines = {energy, percent(QStringLiteral("contribution"), contribution, energy.amount.amount),
               fixedCharge(QStringLiteral("street_lighting"), lighting)};
    qint64 total = 0;
    for (const InvoiceLine &l : i.lines)
        total += l.amount.amount;
    i.amount = Money{total, kCop};
    return i;
}

void verifyAddsUp(const BillExplanation &e)
{
    QCOMPARE(e.difference, e.after.amount.amount - e.before.amount.amount);
    QCOMPARE(e.consumption + e.price + e.days + e.other, e.difference);
}

const QDate kOct1(2026, 10, 1), kOct31(2026, 10, 31), kSep1(2026, 9, 1), kSep30(2026, 9, 30);
} // namespace

class TestBillExplanation : public QObject
{
    Q_OBJECT

private slots:
    void moreConsumptionIsAllConsumption()
    {
        // Same days, same prices: 18 % more kWh is the whole rise.
        const Invoice before = bill(QStringLiteral("2026-09"), kOct1, kOct31, 200, 88000);
        const Invoice after = bill(QStringLiteral("2026-10"), kOct1, kOct31, 236, 88000);
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QVERIFY(e->difference > 0);
        QCOMPARE(e->price, 0);
        QCOMPARE(e->days, 0);
        QCOMPARE(e->other, 0);
        QCOMPARE(e->consumption, e->difference);
        QVERIFY(qFuzzyCompare(*e->consumptionChange(), 0.18));
        QCOMPARE(*e->unitPriceChange(), 0.0);
    }

    void lessConsumptionIsAFall()
    {
        const Invoice before = bill(QStringLiteral("2026-09"), kOct1, kOct31, 300, 88000);
        const Invoice after = bill(QStringLiteral("2026-10"), kOct1, kOct31, 240, 88000);
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QVERIFY(e->consumption < 0);
        QCOMPARE(e->consumption, e->difference);
        QVERIFY(qFuzzyCompare(*e->consumptionChange(), -0.2));
    }

    void aTariffChangeIsPrice()
    {
        // Same use, same days; energy 6.5 % dearer: the rise and its contribution are price.
        const Invoice before = bill(QStringLiteral("2026-09"), kOct1, kOct31, 200, 88000);
        const Invoice after = bill(QStringLiteral("2026-10"), kOct1, kOct31, 200, 93700);
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QCOMPARE(e->consumption, 0);
        QCOMPARE(e->days, 0);
        QCOMPARE(e->other, 0);
        QCOMPARE(e->price, qint64(200 * 5700 * 1.2));
        QVERIFY(std::abs(*e->unitPriceChange() - 5700.0 / 88000.0) < 1e-12);
    }

    void aNewTaxRateIsPrice()
    {
        const Invoice before = bill(QStringLiteral("2026-09"), kOct1, kOct31, 200, 88000);
        const Invoice after =
            bill(QStringLiteral("2026-10"), kOct1, kOct31, 200, 88000, 980000, 25);
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QCOMPARE(e->price, qint64(200 * 88000 / 20)); // 5 points more of the energy charge
        QCOMPARE(e->consumption, 0);
    }

    void aLongerPeriodIsDays()
    {
        // 30 days then 31 at the same daily use (6.5 kWh a day) and price: one more day.
        const Invoice before = bill(QStringLiteral("2026-09"), kSep1, kSep30, 195, 88000);
        const Invoice after = bill(QStringLiteral("2026-10"), kOct1, kOct31, 201.5, 88000);
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QCOMPARE(e->dayDifference(), 1);
        QCOMPARE(e->price, 0);
        QCOMPARE(e->other, 0);
        QCOMPARE(e->days, e->difference);
        QCOMPARE(e->consumption, 0);
        QVERIFY(std::abs(*e->dailyConsumptionChange()) < 1e-12);
    }

    void everythingAtOnceStillAddsUp_data()
    {
        QTest::addColumn<double>("kwh0");
        QTest::addColumn<double>("kwh1");
        QTest::addColumn<qint64>("price0");
        QTest::addColumn<qint64>("price1");
        QTest::addColumn<qint64>("lighting1");
        QTest::newRow("rise, dearer, longer") << 187.0 << 243.0 << 88000LL << 93700LL << 1040000LL;
        QTest::newRow("fall, cheaper, longer") << 401.0 << 97.0 << 93700LL << 88100LL << 980000LL;
        QTest::newRow("odd quantities") << 0.7 << 1333.3 << 88013LL << 91017LL << 1LL;
        QTest::newRow("from nothing") << 0.0 << 120.0 << 88000LL << 88000LL << 980000LL;
        QTest::newRow("to nothing") << 120.0 << 0.0 << 88000LL << 88000LL << 980000LL;
    }
    void everythingAtOnceStillAddsUp()
    {
        QFETCH(double, kwh0);
        QFETCH(double, kwh1);
        QFETCH(qint64, price0);
        QFETCH(qint64, price1);
        QFETCH(qint64, lighting1);
        const Invoice before = bill(QStringLiteral("2026-09"), kSep1, kSep30, kwh0, price0);
        const Invoice after =
            bill(QStringLiteral("2026-10"), kOct1, kOct31, kwh1, price1, lighting1);
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QCOMPARE(e->other, lighting1 - 980000);
    }

    void wholePesoBillsGiveWholePesoParts()
    {
        // Every amount of both bills is whole pesos (multiples of 100 centavos): so is every part.
        const Invoice before = bill(QStringLiteral("2026-09"), kSep1, kSep30, 187, 88000);
        const Invoice after = bill(QStringLiteral("2026-10"), kOct1, kOct31, 240, 93700, 1040000);
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        for (const qint64 part : {e->consumption, e->price, e->days, e->other})
            QCOMPARE(part % 100, 0);
        QVERIFY(e->days != 0 && e->price != 0 && e->consumption != 0 && e->other != 0);
    }

    void aCorrectionIsOther()
    {
        const Invoice before = bill(QStringLiteral("2026-09"), kOct1, kOct31, 200, 88000);
        Invoice after = bill(QStringLiteral("2026-10"), kOct1, kOct31, 200, 88000);
        after.lines << fixedCharge(QStringLiteral("adjustment"), -2640000);
        after.amount.amount -= 2640000;
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QCOMPARE(e->other, -2640000);
        QCOMPARE(e->consumption, 0);
    }

    void aBlockTariffMovingBetweenBlocksIsConsumption()
    {
        // Water in blocks: more use reaches the dearer block; no block changed its price.
        auto water = [](double m3) {
            Invoice i = bill(QStringLiteral("2026-10"), kOct1, kOct31, 0, 0, 9500, 0);
            i.consumption = m3;
            i.unit = QStringLiteral("kWh");
            i.lines = {fixedCharge(QStringLiteral("fixed"), 9500)};
            const double blocks[][3] = {{0, 10, 950}, {10, 30, 1870}, {30, 1e9, 3140}};
            for (const auto &b : blocks) {
                InvoiceLine l = perUnit(QStringLiteral("water"), QStringLiteral("consumption"),
                                        std::clamp(m3 - b[0], 0.0, b[1] - b[0]), qint64(b[2]));
                l.label = QString::number(b[0]);
                i.lines << l;
            }
            i.amount.amount = 0;
            for (const InvoiceLine &l : i.lines)
                i.amount.amount += l.amount.amount;
            return i;
        };
        Invoice before = water(18);
        before.period = QStringLiteral("2026-09");
        const auto e = BillExplanation::compare(before, water(34));
        QVERIFY(e);
        verifyAddsUp(*e);
        QCOMPARE(e->price, 0);
        QCOMPARE(e->consumption, e->difference);
    }

    void billsOfAnotherCurrencyOrUnitDoNotCompare()
    {
        const Invoice before = bill(QStringLiteral("2026-09"), kOct1, kOct31, 200, 88000);
        Invoice other = before;
        other.unit = QStringLiteral("m3");
        QVERIFY(!BillExplanation::compare(before, other));
        other = before;
        other.amount.currency = QStringLiteral("MXN");
        QVERIFY(!BillExplanation::compare(before, other));
    }

    void aBillWithoutLinesIsAllVariable()
    {
        Invoice before = bill(QStringLiteral("2026-09"), kSep1, kSep30, 200, 88000);
        Invoice after = bill(QStringLiteral("2026-10"), kOct1, kOct31, 250, 88000);
        before.lines.clear();
        after.lines.clear();
        const auto e = BillExplanation::compare(before, after);
        QVERIFY(e);
        verifyAddsUp(*e);
        QCOMPARE(e->other, 0);
        QCOMPARE(e->price, 0);
        QVERIFY(e->days > 0);
    }

    void historyFindsItsComparisons()
    {
        QList<Invoice> list;
        for (int k = 0; k < 26; ++k) { // 2024-09 … 2026-10, shuffled order on purpose
            const QDate start = QDate(2026, 10, 1).addMonths(-((k * 7) % 26));
            list << bill(start.toString(QStringLiteral("yyyy-MM")), start,
                         start.addMonths(1).addDays(-1), 100 + k, 88000);
        }
        const InvoiceHistory history(list);
        QCOMPARE(history.latest()->period, QStringLiteral("2026-10"));
        QCOMPARE(history.previous(*history.latest())->period, QStringLiteral("2026-09"));
        QCOMPARE(history.sameMonthLastYear(*history.latest())->period, QStringLiteral("2025-10"));
        const Invoice *oldest = history.forPeriod(QStringLiteral("2024-09"));
        QVERIFY(oldest);
        QVERIFY(!history.previous(*oldest));
        QVERIFY(!history.sameMonthLastYear(*oldest));
        QCOMPARE(history.years(), (QList<int>{2026, 2025, 2024}));
        QCOMPARE(history.ofYear(2025).size(), 12);
        QCOMPARE(history.ofYear(2024).size(), 4);
        const QList<Invoice> twelve = history.lastMonths(12);
        QCOMPARE(twelve.size(), 12);
        QCOMPARE(twelve.first().period, QStringLiteral("2025-11"));
        QCOMPARE(twelve.last().period, QStringLiteral("2026-10"));

        const Invoice &latest = *history.latest();
        const Invoice *lastYear = history.sameMonthLastYear(latest);
        const auto change = InvoiceHistory::change(lastYear, latest);
        QVERIFY(change);
        QVERIFY(std::abs(*change - (double(latest.amount.amount - lastYear->amount.amount) /
                                    double(lastYear->amount.amount))) < 1e-12);
        QVERIFY(!InvoiceHistory::change(nullptr, latest));
    }
};

QTEST_GUILESS_MAIN(TestBillExplanation)
#include "tst_bill_explanation.moc"
