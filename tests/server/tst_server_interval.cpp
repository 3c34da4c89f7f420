// Server: smart-meter interval data — three years of quarter-hours in one compact answer, well
// under 1 MB gzipped; hours and local days that are the sums of their quarter-hours; a shape
// like real use (evening over night, a business's office hours, the July week away); the same
// range always the same bytes, with an ETag per range and 304; ranges clipped to what exists;
// bad parameters refused at the field; another user's contract 404; a utility without smart
// meters 409 interval_data_unavailable.

#include "ServerFixture.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {
struct Series
{
    QDateTime start;
    QDateTime end;
    int step = 0;
    QList<double> values;
};

Series seriesOf(const Reply &r)
{
    const QJsonObject o = r.json();
    Series s;
    s.start = QDateTime::fromString(o.value(QLatin1StringView("start")).toString(), Qt::ISODate);
    s.end = QDateTime::fromString(o.value(QLatin1StringView("end")).toString(), Qt::ISODate);
    s.step = o.value(QLatin1StringView("stepSeconds")).toInt();
    for (const QJsonValue &v : o.value(QLatin1StringView("values")).toArray())
        s.values << v.toDouble();
    return s;
}

const QTimeZone kBogota("America/Bogota");
} // namespace

class TestServerInterval : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_token;
    QString m_home;     // the demo's house
    QString m_business; // a business contract of the business account
    QString m_businessToken;

    QString path(const QString &contract, const QString &from, const QString &to,
                 const QString &resolution) const
    {
        return QStringLiteral("/api/v1/contracts/%1/interval-data?from=%2&to=%3&resolution=%4")
            .arg(contract, from, to, resolution);
    }
    Reply get(const QString &contract, const QString &from, const QString &to,
              const QString &resolution, httplib::Headers headers = {})
    {
        return m_f->get(path(contract, from, to, resolution),
                        contract == m_business ? m_businessToken : m_token, std::move(headers));
    }
    // The mean of the quarter-hours starting at local `hour` over the given local days.
    static double meanAt(const Series &s, int hour, const std::function<bool(QDate)> &days)
    {
        double sum = 0;
        int n = 0;
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            const QDateTime local = s.start.addSecs(i * s.step).toTimeZone(kBogota);
            if (local.time().hour() == hour && days(local.date())) {
                sum += s.values.at(i);
                ++n;
            }
        }
        return n ? sum / n : 0;
    }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        m_token = m_f->accessToken();
        m_businessToken =
            m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        for (const auto &[token, target] :
             {std::pair{m_token, &m_home}, std::pair{m_businessToken, &m_business}})
            for (const QJsonObject &c : m_f->collection(QStringLiteral("/api/v1/contracts"), token))
                if ((c.value(QLatin1StringView("kind")).toString() ==
                     QLatin1StringView("business")) == (target == &m_business) &&
                    target->isEmpty())
                    *target = c.value(QLatin1StringView("id")).toString();
        QVERIFY(!m_home.isEmpty() && !m_business.isEmpty());
    }
    void cleanupTestCase() { m_f.reset(); }

    void threeYearsOfQuarterHoursInOneCompactAnswer()
    {
        // The fixture's clock: 2026-11-15 12:00 UTC (07:00 in Bogotá).
        const QString from = QStringLiteral("2023-11-01"), to = QStringLiteral("2026-11-16");
        httplib::Client raw("127.0.0.1", m_f->port());
        raw.set_decompress(false);
        const auto wire = raw.Get(
            path(m_home, from, to, QStringLiteral("PT15M")).toStdString(),
            {{"Authorization", "Bearer " + m_token.toStdString()}, {"Accept-Encoding", "gzip"}});
        QVERIFY(wire);
        QCOMPARE(wire->status, 200);
        QCOMPARE(QString::fromStdString(wire->get_header_value("Content-Encoding")),
                 QStringLiteral("gzip"));
        QVERIFY2(wire->body.size() < 400 * 1024, qPrintable(QString::number(wire->body.size())));

        const Reply r = get(m_home, from, to, QStringLiteral("PT15M"));
        const Series s = seriesOf(r);
        // Three years back from today's local midnight, to the last whole quarter-hour.
        QCOMPARE(s.start, QDateTime(QDate(2023, 11, 15), QTime(0, 0), kBogota).toUTC());
        QCOMPARE(s.end, QDateTime(QDate(2026, 11, 15), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(s.step, 900);
        QCOMPARE(s.values.size(), qsizetype(s.start.secsTo(s.end) / 900));
        QVERIFY(s.values.size() > 105000);
        QCOMPARE(r.json().value(QLatin1StringView("unit")).toString(), QStringLiteral("kWh"));
        for (double v : s.values)
            QVERIFY(v > 0 && v < 5);
        // About the contract's usual month: within a fifth of its readings' average.
        double total = 0;
        for (double v : s.values)
            total += v;
        double readings = 0;
        int n = 0;
        for (const QJsonObject &o :
             m_f->collection(QStringLiteral("/api/v1/contracts/%1/readings").arg(m_home), m_token))
            if (o.value(QLatin1StringView("consumption")).toDouble() > 0) {
                readings += o.value(QLatin1StringView("consumption")).toDouble();
                ++n;
            }
        const double perMonth = total / (s.start.daysTo(s.end) / 30.4);
        QVERIFY2(std::abs(perMonth / (readings / n) - 1) < 0.2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(perMonth).arg(readings / n)));
    }

    void hoursAndDaysAreTheSumsOfTheirQuarters()
    {
        const Series q =
            seriesOf(get(m_home, QStringLiteral("2026-03-01T05:00:00Z"),
                         QStringLiteral("2026-03-08T05:00:00Z"), QStringLiteral("PT15M")));
        const Series h =
            seriesOf(get(m_home, QStringLiteral("2026-03-01T05:00:00Z"),
                         QStringLiteral("2026-03-08T05:00:00Z"), QStringLiteral("PT1H")));
        const Series d = seriesOf(get(m_home, QStringLiteral("2026-03-01"),
                                      QStringLiteral("2026-03-08"), QStringLiteral("P1D")));
        QCOMPARE(q.values.size(), 7 * 96);
        QCOMPARE(h.values.size(), 7 * 24);
        QCOMPARE(d.values.size(), 7);
        QCOMPARE(h.start, q.start);
        QCOMPARE(d.start, q.start); // a local midnight: 05:00 UTC in Bogotá
        for (int i = 0; i < h.values.size(); ++i) {
            const double sum = q.values.at(4 * i) + q.values.at(4 * i + 1) +
                               q.values.at(4 * i + 2) + q.values.at(4 * i + 3);
            QVERIFY(std::abs(h.values.at(i) - sum) < 0.003);
        }
        for (int day = 0; day < 7; ++day) {
            double sum = 0;
            for (int i = 0; i < 96; ++i)
                sum += q.values.at(day * 96 + i);
            QVERIFY(std::abs(d.values.at(day) - sum) < 0.05);
        }
    }

    void theShapeIsLikeRealUse()
    {
        const Series home = seriesOf(get(m_home, QStringLiteral("2026-01-05"),
                                         QStringLiteral("2026-11-01"), QStringLiteral("PT1H")));
        const auto weekday = [](QDate d) {
            return d.dayOfWeek() <= 5;
        };
        const auto sunday = [](QDate d) {
            return d.dayOfWeek() == 7;
        };
        const auto any = [](QDate) {
            return true;
        };
        QVERIFY(meanAt(home, 19, any) > 2 * meanAt(home, 3, any));     // evening over night
        QVERIFY(meanAt(home, 11, sunday) > meanAt(home, 11, weekday)); // at home on Sundays

        const Series shop = seriesOf(get(m_business, QStringLiteral("2026-01-05"),
                                         QStringLiteral("2026-11-01"), QStringLiteral("PT1H")));
        QVERIFY(meanAt(shop, 10, weekday) > 3 * meanAt(shop, 10, sunday)); // office hours
        QVERIFY(meanAt(shop, 10, weekday) > 3 * meanAt(shop, 22, weekday));

        // The week away in July, against the week before.
        const Series days = seriesOf(get(m_home, QStringLiteral("2026-06-29"),
                                         QStringLiteral("2026-07-13"), QStringLiteral("P1D")));
        double before = 0, away = 0;
        for (int i = 0; i < 7; ++i) {
            before += days.values.at(i);
            away += days.values.at(7 + i);
        }
        QVERIFY2(away < 0.5 * before, qPrintable(QStringLiteral("%1 %2").arg(away).arg(before)));
    }

    void aRangeHasItsOwnEtag()
    {
        const QString from = QStringLiteral("2026-10-01"), to = QStringLiteral("2026-11-01");
        const Reply first = get(m_home, from, to, QStringLiteral("PT15M"));
        const Reply again = get(m_home, from, to, QStringLiteral("PT15M"));
        QCOMPARE(first.status, 200);
        QCOMPARE(again.body, first.body); // deterministic
        const QString etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        QCOMPARE(again.header("ETag"), etag);
        const Reply cached =
            get(m_home, from, to, QStringLiteral("PT15M"), {{"If-None-Match", etag.toStdString()}});
        QCOMPARE(cached.status, 304);
        QVERIFY(cached.body.isEmpty());
        const Reply other =
            get(m_home, QStringLiteral("2026-09-01"), from, QStringLiteral("PT15M"));
        QVERIFY(other.header("ETag") != etag);
        QVERIFY(get(m_home, from, to, QStringLiteral("PT1H")).header("ETag") != etag);
        QVERIFY(get(m_business, from, to, QStringLiteral("PT15M")).header("ETag") != etag);
    }

    void rangesAreClippedToWhatExists()
    {
        // All in the future: an empty series, not an error.
        const Series future = seriesOf(get(m_home, QStringLiteral("2027-01-01"),
                                           QStringLiteral("2027-02-01"), QStringLiteral("PT1H")));
        QVERIFY(future.values.isEmpty());
        // Today so far: up to the last whole quarter-hour (12:00 UTC).
        const Series today = seriesOf(get(m_home, QStringLiteral("2026-11-15"),
                                          QStringLiteral("2026-11-16"), QStringLiteral("PT15M")));
        QCOMPARE(today.values.size(), (12 - 5) * 4); // from local midnight, 05:00 UTC
        // An unaligned start is aligned down to the resolution.
        const Series aligned =
            seriesOf(get(m_home, QStringLiteral("2026-11-10T10:07:00Z"),
                         QStringLiteral("2026-11-10T12:00:00Z"), QStringLiteral("PT15M")));
        QCOMPARE(aligned.start, QDateTime(QDate(2026, 11, 10), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(aligned.values.size(), 8);
    }

    void badParametersAreRefusedAtTheField_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("no from") << "to=2026-11-01"
                                 << "from"
                                 << "required";
        QTest::newRow("no to") << "from=2026-11-01"
                               << "to"
                               << "required";
        QTest::newRow("bad from") << "from=yesterday&to=2026-11-01"
                                  << "from"
                                  << "invalid";
        QTest::newRow("no offset") << "from=2026-10-01T00:00:00&to=2026-11-01"
                                   << "from"
                                   << "invalid";
        QTest::newRow("backwards") << "from=2026-11-01&to=2026-10-01"
                                   << "to"
                                   << "out_of_range";
        QTest::newRow("too long") << "from=2020-01-01&to=2026-11-01"
                                  << "to"
                                  << "out_of_range";
        QTest::newRow("resolution") << "from=2026-10-01&to=2026-11-01&resolution=PT5M"
                                    << "resolution"
                                    << "invalid";
    }
    void badParametersAreRefusedAtTheField()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const Reply r = m_f->get(
            QStringLiteral("/api/v1/contracts/%1/interval-data?%2").arg(m_home, query), m_token);
        QCOMPARE(r.status, 400);
        QVERIFY(r.isProblem());
        QCOMPARE(r.fieldCode(field), code);
    }

    void onlyTheOwnerAndOnlySmartMeters()
    {
        const Reply foreign = m_f->get(path(m_home, QStringLiteral("2026-10-01"),
                                            QStringLiteral("2026-11-01"), QStringLiteral("PT1H")),
                                       m_businessToken);
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.code(), QStringLiteral("not_found"));
        QCOMPARE(m_f->get(path(m_home, QStringLiteral("2026-10-01"), QStringLiteral("2026-11-01"),
                               QStringLiteral("PT1H")))
                     .status,
                 401);

        ServerFixture water(QStringLiteral("water-mx"));
        QVERIFY2(water.isValid(), qPrintable(water.error()));
        const QString token = water.accessToken();
        const QString contract = water.collection(QStringLiteral("/api/v1/contracts"), token)
                                     .first()
                                     .value(QLatin1StringView("id"))
                                     .toString();
        const Reply r = water.get(path(contract, QStringLiteral("2026-10-01"),
                                       QStringLiteral("2026-11-01"), QStringLiteral("PT1H")),
                                  token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), QStringLiteral("interval_data_unavailable"));
    }
};

QTEST_GUILESS_MAIN(TestServerInterval)
#include "tst_server_interval.moc"
