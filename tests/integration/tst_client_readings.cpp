// Integration: meter readings from the client core against a real `ov-server --demo` — a
// reading entered while the server is down waits in the outbox, survives the app closing, and
// is taken exactly once when the server is back (the cache then shows it through the sync); a
// spike is taken and comes back flagged; a reading the server refuses stays, with its reason,
// until dismissed.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "consumption/ConsumptionController.h"
#include "domain/ReadingRules.h"
#include "outbox/Outbox.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestClientReadings : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;

    using Client = test::ClientFixture;

    std::unique_ptr<Client> makeClient()
    {
        auto c = std::make_unique<Client>(m_home.path(), m_server.baseUrl(),
                                          QStringLiteral("Oficina Virtual reading tests"));
        c->app()->setSyncRetryDelays(1, 2);
        c->app()->outbox()->setBackoff(200, 1000);
        return c;
    }

    static bool signIn(Client &c)
    {
        c.app()->chooseProfile(QStringLiteral("demo-electricity-co"));
        bool done = false;
        std::optional<ApiError> error;
        c.app()->signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), true,
                        [&](const AuthSession::Outcome &o) {
                            error = o.error;
                            done = true;
                        });
        return QTest::qWaitFor([&] { return done; }, 20000) && !error;
    }

    static bool waitForSync(Client &c)
    {
        QSignalSpy finished(c.app()->sync(), &SyncEngine::finished);
        return finished.wait(30000) && finished.first().first().toBool();
    }

    // The first contract's readings, as the page would show them.
    static bool open(Client &c, ConsumptionController &controller)
    {
        const QList<Contract> contracts = c.app()->cache()->contracts();
        if (contracts.isEmpty())
            return false;
        QSignalSpy loaded(&controller, &ConsumptionController::loaded);
        c.app()->setCurrentContractId(contracts.first().id);
        return loaded.wait(10000) && !controller.history().isEmpty();
    }

    static QList<Reading> entered(Client &c, const QString &contractId, double value)
    {
        QList<Reading> list;
        for (const Reading &r : c.app()->cache()->readings(contractId))
            if (r.source == QLatin1StringView("customer") && r.value == value)
                list << r;
        return list;
    }

    static bool submit(ConsumptionController &controller, double value)
    {
        bool done = false;
        bool saved = false;
        controller.submit(value, controller.utilityToday(), [&](bool ok) {
            saved = ok;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 5000) && saved;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void aReadingEnteredOfflineIsTakenOnceAfterARestart()
    {
        QString contractId;
        double value = 0;
        {
            auto c = makeClient();
            QVERIFY(signIn(*c));
            QVERIFY(waitForSync(*c));
            ConsumptionController controller(c->app());
            QVERIFY(open(*c, controller));
            contractId = controller.contractId();
            const auto last =
                ReadingRules::lastOf(controller.history().readings(), controller.meterNumber());
            QVERIFY(last);
            value = last->value + 37;
            QVERIFY(controller.check(value, controller.utilityToday()).accepted());

            m_server.stop(); // the connection drops
            QVERIFY(submit(controller, value));
            QCOMPARE(controller.pending().size(), 1);
            QTRY_VERIFY_WITH_TIMEOUT(c->app()->outbox()->entries().value(0).attempts >= 1, 10000);
            QVERIFY(!c->app()->outbox()->entries().first().lastError.isEmpty());
            QCOMPARE(controller.pending().size(), 1); // still waiting, not refused
            QVERIFY(!controller.pending().first().rejected);
        } // the app closes while offline

        auto c = makeClient();
        c->app()->start(); // the last user's workspace, offline
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::Workspace, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(c->app()->outbox()->isLoaded(), 10000);
        QCOMPARE(c->app()->outbox()->entries().size(), 1);
        QCOMPARE(c->app()->outbox()->entries().first().scope, contractId);

        QString error;
        QVERIFY2(m_server.restart(&error), qPrintable(error)); // the server is back
        QTRY_VERIFY_WITH_TIMEOUT(c->app()->outbox()->entries().isEmpty(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(entered(*c, contractId, value).size(), 1, 30000);
        const Reading taken = entered(*c, contractId, value).first();
        QVERIFY(!taken.needsReview);
        QCOMPARE(taken.readAt, ConsumptionController(c->app()).utilityToday());

        // And it stays one: nothing more goes out, the next sync brings no second one.
        c->app()->sync()->syncNow();
        QVERIFY(waitForSync(*c));
        QCOMPARE(entered(*c, contractId, value).size(), 1);
    }

    void aSpikeComesBackFlagged()
    {
        auto c = makeClient();
        c->app()->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::Workspace, 20000);
        QVERIFY(waitForSync(*c));
        ConsumptionController controller(c->app());
        QVERIFY(open(*c, controller));
        const auto last =
            ReadingRules::lastOf(controller.history().readings(), controller.meterNumber());
        const double average = ReadingRules::averageConsumption(controller.history().readings());
        const double value = last->value + std::round(5 * average);
        const auto outcome = controller.check(value, controller.utilityToday());
        QVERIFY(outcome.accepted());
        QVERIFY(outcome.needsReview); // the app warns before sending…
        QVERIFY(submit(controller, value));
        // …and the server, deciding the same, takes it for review.
        QTRY_VERIFY_WITH_TIMEOUT(entered(*c, controller.contractId(), value).size() == 1, 30000);
        QVERIFY(entered(*c, controller.contractId(), value).first().needsReview);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.history().isEmpty() &&
                                     controller.history().latest()->value == value,
                                 10000); // the page's data followed the sync
    }

    void aRefusedReadingStaysWithItsReasonUntilDismissed()
    {
        auto c = makeClient();
        c->app()->start();
        QTRY_COMPARE_WITH_TIMEOUT(c->app()->stage(), AppController::Stage::Workspace, 20000);
        QVERIFY(waitForSync(*c));
        ConsumptionController controller(c->app());
        QVERIFY(open(*c, controller));
        QSignalSpy rejected(&controller, &ConsumptionController::readingRejected);
        // Lower than the last: the app would say so first; sent anyway, the server says no.
        QVERIFY(submit(controller, 1));
        QVERIFY(rejected.wait(15000));
        const auto pending = controller.pending();
        QCOMPARE(pending.size(), 1);
        QVERIFY(pending.first().rejected);
        QCOMPARE(pending.first().errors.value(0).code, QStringLiteral("below_last_reading"));
        controller.dismiss(pending.first().outboxId);
        QVERIFY(controller.pending().isEmpty());
        QVERIFY(c->app()->outbox()->entries().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientReadings)
#include "tst_client_readings.moc"
