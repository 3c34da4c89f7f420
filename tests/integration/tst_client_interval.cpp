// Integration: smart-meter data from the client core against a real `ov-server --demo` — the
// first load fetches the 37 local months (three years back and this one) into the cache; the
// next load shows the cache at once and asks again only for the current month, with its ETag;
// the levels are the quarter-hours summed per hour and per local day.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "consumption/IntervalStore.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ov;

class TestClientInterval : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;

    static int intervalRequests(test::ClientFixture &c)
    {
        int n = 0;
        for (const QNetworkRequest &r : c.nam()->requests())
            if (r.url().path().endsWith(QLatin1StringView("/interval-data")))
                ++n;
        return n;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // An earlier run's cache would already hold the months this test fetches.
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .removeRecursively();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void fetchesWhatItLacksOnly()
    {
        test::ClientFixture c(m_home.path(), m_server.baseUrl(),
                              QStringLiteral("Oficina Virtual interval tests"));
        c.app()->chooseProfile(QStringLiteral("demo-electricity-co"));
        bool done = false;
        c.app()->signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), true,
                        [&](const AuthSession::Outcome &) { done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 20000));
        QSignalSpy synced(c.app()->sync(), &SyncEngine::finished);
        QVERIFY(synced.wait(30000));
        const QList<Contract> contracts = c.app()->cache()->contracts();
        QVERIFY(!contracts.isEmpty());
        const QString contract = contracts.first().id;

        {
            IntervalStore store(c.app());
            QSignalSpy finished(&store, &IntervalStore::finished);
            QSignalSpy progress(&store, &IntervalStore::progress);
            store.load(contract);
            QVERIFY(finished.wait(60000));
            QVERIFY(finished.first().first().toBool());
            QCOMPARE(intervalRequests(c), IntervalStore::kMonths);
            QCOMPARE(progress.last().at(0).toInt(), IntervalStore::kMonths);
            const auto levels = store.levels();
            QVERIFY(levels);
            const auto &q = levels->quarters;
            QVERIFY(q.values.size() > 100000); // three years of quarter-hours, unbroken
            QCOMPARE(q.stepSeconds, 900);
            QCOMPARE(levels->hours.stepSeconds, 3600);
            QCOMPARE(levels->hours.start.toSecsSinceEpoch() % 3600, 0);
            // A local day is its 96 quarter-hours (Bogotá keeps one offset all year).
            const QTimeZone bogota("America/Bogota");
            QCOMPARE(levels->days.start.toTimeZone(bogota).time(), QTime(0, 0));
            const qint64 offset = q.start.secsTo(levels->days.start) / 900;
            float day = 0;
            for (int i = 0; i < 96; ++i)
                day += q.values[size_t(offset + i)];
            QVERIFY(std::abs(levels->days.values[0] - day) < 0.01f);
        }
        c.nam()->clearRequests();
        {
            IntervalStore store(c.app());
            QSignalSpy ready(&store, &IntervalStore::levelsReady);
            QSignalSpy finished(&store, &IntervalStore::finished);
            store.load(contract);
            QVERIFY(ready.wait(10000)); // the cache first…
            QVERIFY(store.levels()->quarters.values.size() > 100000);
            QVERIFY(finished.wait(30000));
            QVERIFY(finished.first().first().toBool());
            // …then only this month, revalidated with the ETag it was stored with.
            QCOMPARE(intervalRequests(c), 1);
            const QNetworkRequest r = c.nam()->requests().last();
            QVERIFY(!r.rawHeader("If-None-Match").isEmpty());
            const QDate today =
                QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("America/Bogota")).date();
            QVERIFY(r.url().query().contains(QStringLiteral("from=%1").arg(
                QDate(today.year(), today.month(), 1).toString(Qt::ISODate))));
        }
    }
};

QTEST_GUILESS_MAIN(TestClientInterval)
#include "tst_client_interval.moc"
