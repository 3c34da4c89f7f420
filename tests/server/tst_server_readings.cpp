// Server: meter readings the customer enters — Idempotency-Key required and honoured (a retry
// takes nothing twice), malformed bodies refused at the field, the rules of ReadingRules
// (lower than the last reading unless the meter was replaced, in the future, too old, outside
// the utility's window) answered with reading_rejected and the field's code, a spike taken but
// flagged for review, another user's contract 404; what is taken is listed with the contract's
// readings.

#include "ServerFixture.h"

#include "domain/Reading.h"
#include "domain/ReadingRules.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {
httplib::Headers keyed(const QString &key)
{
    return {{"Idempotency-Key", key.toStdString()}};
}

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray body(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestServerReadings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_owner; // the business account: 40 contracts, one per test that takes a reading
    QString m_other;
    QStringList m_contracts;

    QString takeContract() { return m_contracts.isEmpty() ? QString() : m_contracts.takeFirst(); }
    QList<Reading> readingsOf(const QString &contractId, ServerFixture *f = nullptr,
                              const QString &token = {})
    {
        f = f ? f : m_f.get();
        QList<Reading> list;
        for (const QJsonObject &o :
             f->collection(QStringLiteral("/api/v1/contracts/%1/readings").arg(contractId),
                           token.isEmpty() ? m_owner : token))
            if (auto r = Reading::fromJson(o))
                list.append(*r);
        return list;
    }
    Reply submit(const QString &contractId, const QJsonObject &reading, const QString &key,
                 ServerFixture *f = nullptr, const QString &token = {})
    {
        f = f ? f : m_f.get();
        return f->post(QStringLiteral("/api/v1/contracts/%1/readings").arg(contractId),
                       body(reading), token.isEmpty() ? m_owner : token, "application/json",
                       keyed(key));
    }
    QDate today() const { return QDate(2026, 11, 15); } // the fixture's clock, in Bogotá too

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        m_owner = m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        m_other = m_f->accessToken();
        for (const QJsonObject &c : m_f->collection(QStringLiteral("/api/v1/contracts"), m_owner))
            m_contracts << c.value(QLatin1StringView("id")).toString();
        QVERIFY(m_contracts.size() >= 8);
    }
    void cleanupTestCase() { m_f.reset(); }

    void theDemoReadingsCarryTheirMeter()
    {
        const QList<Reading> list = readingsOf(m_contracts.first());
        QVERIFY(list.size() >= 24);
        for (const Reading &r : list) {
            QVERIFY(!r.meterNumber.isEmpty());
            QVERIFY(!r.needsReview);
        }
    }

    void aKeyIsRequired()
    {
        const QString contract = m_contracts.first();
        const Reply r = m_f->post(QStringLiteral("/api/v1/contracts/%1/readings").arg(contract),
                                  body({{QStringLiteral("value"), 1e6}}), m_owner);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("Idempotency-Key")), QStringLiteral("required"));
    }

    void malformedBodiesAreRefusedAtTheField()
    {
        const QString contract = m_contracts.first();
        Reply r = submit(contract, {}, newKey());
        QCOMPARE(r.status, 400);
        QVERIFY(r.isProblem());
        QCOMPARE(r.fieldCode(QStringLiteral("value")), QStringLiteral("required"));
        r = submit(contract, {{QStringLiteral("value"), QStringLiteral("12")}}, newKey());
        QCOMPARE(r.fieldCode(QStringLiteral("value")), QStringLiteral("wrong_type"));
        r = submit(contract,
                   {{QStringLiteral("value"), 12}, {QStringLiteral("readAt"), QStringLiteral("x")}},
                   newKey());
        QCOMPARE(r.fieldCode(QStringLiteral("readAt")), QStringLiteral("invalid"));
        r = m_f->post(QStringLiteral("/api/v1/contracts/%1/readings").arg(contract), "[1", m_owner,
                      "application/json", keyed(newKey()));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("malformed_json"));
    }

    void theRulesRefuseAtTheField_data()
    {
        QTest::addColumn<double>("delta"); // from the last reading
        QTest::addColumn<int>("daysAgo");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");
        QTest::newRow("lower") << -1.0 << 0 << "value"
                               << "below_last_reading";
        QTest::newRow("negative") << -1e9 << 0 << "value"
                                  << "invalid";
        QTest::newRow("future") << 10.0 << -1 << "readAt"
                                << "in_future";
        QTest::newRow("too old") << 10.0 << 4 << "readAt"
                                 << "too_old";
    }
    void theRulesRefuseAtTheField()
    {
        QFETCH(double, delta);
        QFETCH(int, daysAgo);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const QString contract = m_contracts.first(); // nothing is taken: it can be shared
        const QList<Reading> before = readingsOf(contract);
        const auto last = ReadingRules::lastOf(before, before.first().meterNumber);
        QVERIFY(last);
        const Reply r =
            submit(contract,
                   {{QStringLiteral("value"), last->value + delta},
                    {QStringLiteral("readAt"), today().addDays(-daysAgo).toString(Qt::ISODate)}},
                   newKey());
        QCOMPARE(r.status, 409);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), QStringLiteral("reading_rejected"));
        QCOMPARE(r.fieldCode(field), code);
        QCOMPARE(readingsOf(contract).size(), before.size());
    }

    void aReadingIsTakenOnceAndListed()
    {
        const QString contract = takeContract();
        const QList<Reading> before = readingsOf(contract);
        const auto last = ReadingRules::lastOf(before, before.first().meterNumber);
        const double average = ReadingRules::averageConsumption(before);
        const double value = last->value + std::round(average / 2);
        const QString key = newKey();
        const QJsonObject reading{{QStringLiteral("value"), value}};
        const Reply first = submit(contract, reading, key);
        QCOMPARE(first.status, 201);
        const auto r = Reading::fromJson(first.json());
        QVERIFY(r);
        QCOMPARE(r->source, QStringLiteral("customer"));
        QCOMPARE(r->readAt, today()); // no date: today, in the utility's time zone
        QCOMPARE(r->value, value);
        QCOMPARE(r->consumption, value - last->value);
        QCOMPARE(r->unit, QStringLiteral("kWh"));
        QCOMPARE(r->meterNumber, last->meterNumber);
        QVERIFY(!r->needsReview);
        QCOMPARE(r->period, QStringLiteral("2026-11"));

        // The answer was lost; the app sends the same again: the same reading, nothing new.
        const Reply again = submit(contract, reading, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(Reading::fromJson(again.json())->id, r->id);
        const QList<Reading> after = readingsOf(contract);
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.first().id, r->id); // newest first

        // The same value again is not lower: taken (a meter that did not move).
        const Reply same = submit(contract, reading, newKey());
        QCOMPARE(same.status, 201);
        QCOMPARE(Reading::fromJson(same.json())->consumption, 0.0);
    }

    void aSpikeIsTakenButFlagged()
    {
        const QString contract = takeContract();
        const QList<Reading> before = readingsOf(contract);
        const auto last = ReadingRules::lastOf(before, before.first().meterNumber);
        const double average = ReadingRules::averageConsumption(before);
        QVERIFY(average > 0);
        const Reply r =
            submit(contract, {{QStringLiteral("value"), last->value + 4 * average}}, newKey());
        QCOMPARE(r.status, 201);
        QVERIFY(Reading::fromJson(r.json())->needsReview);
        QVERIFY(readingsOf(contract).first().needsReview);
        // Just under three times the average is not a spike.
        const QString other = takeContract();
        const QList<Reading> list = readingsOf(other);
        const double avg = ReadingRules::averageConsumption(list);
        const double lastValue = ReadingRules::lastOf(list, list.first().meterNumber)->value;
        const Reply normal =
            submit(other, {{QStringLiteral("value"), lastValue + 2.9 * avg}}, newKey());
        QCOMPARE(normal.status, 201);
        QVERIFY(!Reading::fromJson(normal.json())->needsReview);
    }

    void aReplacedMeterStartsAgain()
    {
        const QString contract = takeContract();
        {
            QSqlQuery q(m_f->db().database().connection());
            q.prepare(QStringLiteral("UPDATE contracts SET meter_number = 'NEW-1' WHERE id = ?"));
            q.addBindValue(contract);
            QVERIFY(q.exec());
        }
        const Reply r = submit(contract, {{QStringLiteral("value"), 12}}, newKey());
        QCOMPARE(r.status, 201);
        const auto reading = Reading::fromJson(r.json());
        QCOMPARE(reading->meterNumber, QStringLiteral("NEW-1"));
        QCOMPARE(reading->consumption, 12.0);
        // From now on the new meter's own readings are the ones to compare with.
        const Reply lower = submit(contract, {{QStringLiteral("value"), 11}}, newKey());
        QCOMPARE(lower.status, 409);
        QCOMPARE(lower.fieldCode(QStringLiteral("value")), QStringLiteral("below_last_reading"));
    }

    void anotherUsersContractIsNotFound()
    {
        const Reply r = submit(m_contracts.last(), {{QStringLiteral("value"), 1e6}}, newKey(),
                               nullptr, m_other);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.code(), QStringLiteral("not_found"));
        const Reply unknown =
            submit(QStringLiteral("ctr_nope"), {{QStringLiteral("value"), 1}}, newKey());
        QCOMPARE(unknown.status, 404);
        const Reply anonymous = m_f->post(
            QStringLiteral("/api/v1/contracts/%1/readings").arg(m_contracts.last()),
            body({{QStringLiteral("value"), 1}}), {}, "application/json", keyed(newKey()));
        QCOMPARE(anonymous.status, 401);
    }

    void theWaterUtilityTakesReadingsOnlyInItsWindow()
    {
        ServerFixture water(QStringLiteral("water-mx"));
        QVERIFY2(water.isValid(), qPrintable(water.error()));
        const QString token = water.accessToken();
        const QJsonObject config = water.get(QStringLiteral("/api/v1/config")).json();
        const QJsonObject window = config.value(QLatin1StringView("readingWindow")).toObject();
        QCOMPARE(window.value(QLatin1StringView("lastDay")).toInt(), 25);
        const QString contract = water.collection(QStringLiteral("/api/v1/contracts"), token)
                                     .first()
                                     .value(QLatin1StringView("id"))
                                     .toString();
        const QList<Reading> list = readingsOf(contract, &water, token);
        const double next = ReadingRules::lastOf(list, list.first().meterNumber)->value + 3;
        // The 27th: the window closed on the 25th.
        water.clock().set(QDateTime(QDate(2026, 11, 27), QTime(18, 0), QTimeZone::utc()));
        const QString fresh = water.accessToken(); // the first one expired meanwhile
        Reply r = submit(contract, {{QStringLiteral("value"), next}}, newKey(), &water, fresh);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.fieldCode(QStringLiteral("readAt")), QStringLiteral("outside_window"));
        // Dated the 25th, entered on the 27th: inside the window and not too old.
        r = submit(contract,
                   {{QStringLiteral("value"), next},
                    {QStringLiteral("readAt"), QStringLiteral("2026-11-25")}},
                   newKey(), &water, fresh);
        QCOMPARE(r.status, 201);
        QCOMPARE(Reading::fromJson(r.json())->unit, QStringLiteral("m3"));
    }
};

QTEST_GUILESS_MAIN(TestServerReadings)
#include "tst_server_readings.moc"
