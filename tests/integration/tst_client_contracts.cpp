// Integration: a new demo customer registers, then links a second unregistered demo customer's
// contract to that account, renames it, turns on paperless billing, asks for a new billing
// email and confirms it with the emailed code, and unlinks it again — every step through the
// outbox to a real ov-server, and the cache following each one through the sync protocol.
// A link whose details do not match is refused without leaving anything queued.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "cache/Cache.h"
#include "contracts/ContractsController.h"
#include "outbox/Outbox.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestClientContracts : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::unique_ptr<test::ClientFixture> m_client;
    AppController *m_app = nullptr;
    std::unique_ptr<ContractsController> m_contracts;
    QString m_linkedId;

    template <typename Call>
    std::pair<QJsonObject, std::optional<ApiError>> wait(Call call)
    {
        std::pair<QJsonObject, std::optional<ApiError>> result;
        bool done = false;
        call([&](const QJsonObject &answer, const std::optional<ApiError> &error) {
            result = {answer, error};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.second =
                ApiError{ApiError::Kind::Cancelled, 0, {}, QStringLiteral("test timeout"), -1};
        return result;
    }

    std::optional<Contract> cached(const QString &number) const
    {
        for (const Contract &c : m_app->cache()->contracts())
            if (c.number == number)
                return c;
        return std::nullopt;
    }

    // Makes a change and waits until the server has confirmed it and a sync started after
    // that has finished (the outbox starts one on every confirmation).
    template <typename Call>
    bool delivered(Call call)
    {
        QSignalSpy confirmed(m_app->outbox(), &Outbox::delivered);
        QSignalSpy synced(m_app->sync(), &SyncEngine::finished);
        call();
        if (!confirmed.wait(20000))
            return false;
        const qsizetype before = synced.count();
        return QTest::qWaitFor([&] { return synced.count() > before; }, 20000) &&
               synced.last().first().toBool();
    }

    static QJsonObject proof(const QString &reference, const QString &meter,
                             const QString &paternal, const QString &maternal)
    {
        return {{QStringLiteral("customerType"), QStringLiteral("individual")},
                {QStringLiteral("reference"), reference},
                {QStringLiteral("meterNumber"), meter},
                {QStringLiteral("paternalSurname"), paternal},
                {QStringLiteral("maternalSurname"), maternal}};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual contract tests"));
        m_app = m_client->app();
        QVERIFY(m_client->chooseDemoUtility());
        m_app->setSyncRetryDelays(1, 2);
        m_app->outbox()->setBackoff(200, 1000);
    }

    void registerANewCustomer()
    {
        // Catalina Ríos Londoño, a demo customer without an account, registers.
        AccountClient *accounts = m_app->accounts();
        auto [registration, error] = wait([&](auto done) {
            accounts->identify(proof(QStringLiteral("100000302"), QStringLiteral("EDV-691538"),
                                     QStringLiteral("Rios"), QStringLiteral("Londono")),
                               done);
        });
        QVERIFY2(!error, qPrintable(error ? error->describe() : QString()));
        const int emailsBefore = m_server.emailCount();
        auto [pending, error2] = wait([&](auto done) {
            accounts->createUser(
                registration.value(QLatin1StringView("registrationId")).toString(),
                {{QStringLiteral("username"), QStringLiteral("catalina")},
                 {QStringLiteral("email"), QStringLiteral("catalina@example.com")},
                 {QStringLiteral("emailConfirmation"), QStringLiteral("catalina@example.com")},
                 {QStringLiteral("acceptTerms"), true},
                 {QStringLiteral("acceptPrivacy"), true},
                 {QStringLiteral("termsVersion"), m_app->config()->termsVersion}},
                done);
        });
        QVERIFY2(!error2, qPrintable(error2 ? error2->describe() : QString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.emailCount(), emailsBefore + 1, 15000);
        bool done = false;
        std::optional<ApiError> activated;
        m_app->activate(m_server.lastEmailedCode(), QStringLiteral("Rionegro-Verde-31"), false,
                        [&](const AuthSession::Outcome &o) {
                            activated = o.error;
                            done = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(!activated);
        QCOMPARE(m_app->stage(), AppController::Stage::Workspace);
        m_contracts = std::make_unique<ContractsController>(m_app);
        QTRY_VERIFY_WITH_TIMEOUT(m_app->lastSynced().isValid(), 20000);
        QCOMPARE(m_app->cache()->contracts().size(), qsizetype(1));
    }

    void aWrongBillIsRefusedAndNothingWaits()
    {
        std::optional<ContractsController::LinkOutcome> outcome;
        m_contracts->link(proof(QStringLiteral("100000301"), QStringLiteral("EDV-000000"),
                                QStringLiteral("Munoz"), QStringLiteral("Zapata")),
                          [&](const ContractsController::LinkOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(outcome->state, ContractsController::LinkOutcome::State::Refused);
        QCOMPARE(outcome->error->code(), QStringLiteral("customer_not_found"));
        QTRY_VERIFY(m_app->outbox()->entries().isEmpty());
        QCOMPARE(m_app->cache()->contracts().size(), qsizetype(1));
    }

    void linkASecondCustomersContract()
    {
        // Andrés Muñoz Zapata's contract, with the details of his bill.
        std::optional<ContractsController::LinkOutcome> outcome;
        m_contracts->link(proof(QStringLiteral("100000301"), QStringLiteral("edv 683619"),
                                QStringLiteral("MUNOZ"), QStringLiteral("zapata")),
                          [&](const ContractsController::LinkOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        QCOMPARE(outcome->state, ContractsController::LinkOutcome::State::Linked);
        QCOMPARE(outcome->contract.number, QStringLiteral("100000301"));
        m_linkedId = outcome->contract.id;
        QTRY_VERIFY_WITH_TIMEOUT(cached(QStringLiteral("100000301")), 20000);
        QCOMPARE(m_app->cache()->contracts().size(), qsizetype(2));
        QVERIFY(!m_app->cache()->invoices(m_linkedId).isEmpty()); // its data came with it
        QVERIFY(!m_app->cache()->readings(m_linkedId).isEmpty());
    }

    void renameAndGoPaperless()
    {
        const QJsonObject changes{{QStringLiteral("alias"), QStringLiteral("Local de Andres")},
                                  {QStringLiteral("paperless"), true}};
        QVERIFY(m_contracts->validate(changes).isEmpty());
        QVERIFY(!m_contracts->validate({{QStringLiteral("billingEmail"), QStringLiteral("x@")}})
                     .isEmpty());
        QVERIFY(delivered([&] { m_contracts->update(m_linkedId, changes); }));
        const Contract after = *cached(QStringLiteral("100000301"));
        QCOMPARE(after.alias, QStringLiteral("Local de Andres"));
        QVERIFY(after.paperless);
    }

    void aNewBillingEmailIsConfirmedWithItsCode()
    {
        const int emailsBefore = m_server.emailCount();
        QVERIFY(delivered([&] {
            m_contracts->update(m_linkedId, {{QStringLiteral("billingEmail"),
                                              QStringLiteral("local@example.com")}});
        }));
        QCOMPARE(cached(QStringLiteral("100000301"))->pendingBillingEmail,
                 QStringLiteral("local@example.com"));
        QCOMPARE(cached(QStringLiteral("100000301"))->billingEmail, QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.emailCount(), emailsBefore + 1, 15000);

        // A wrong code is refused and stays, with the reason, until it is dismissed.
        QSignalSpy rejected(m_contracts.get(), &ContractsController::changeRejected);
        m_contracts->confirmBillingEmail(m_linkedId, QStringLiteral("AAAA-BBBB"));
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 20000);
        const auto refused = m_contracts->pending(m_linkedId);
        QCOMPARE(refused.size(), qsizetype(1));
        QVERIFY(refused.first().rejected);
        QCOMPARE(refused.first().problemCode, QStringLiteral("invalid_code"));
        m_contracts->dismiss(refused.first().outboxId);

        const QString code = m_server.lastEmailedCode();
        QVERIFY(!code.isEmpty());
        QVERIFY(delivered([&] { m_contracts->confirmBillingEmail(m_linkedId, code); }));
        QCOMPARE(cached(QStringLiteral("100000301"))->billingEmail,
                 QStringLiteral("local@example.com"));
        QCOMPARE(cached(QStringLiteral("100000301"))->pendingBillingEmail, QString());
    }

    void unlinkItAgain()
    {
        QVERIFY(delivered([&] { m_contracts->unlink(m_linkedId); }));
        QVERIFY(!cached(QStringLiteral("100000301")));
        QCOMPARE(m_app->cache()->contracts().size(), qsizetype(1));
        QVERIFY(m_app->cache()->invoices(m_linkedId).isEmpty()); // everything under it went

        // The last one stays: refused, with the reason.
        const QString last = m_app->cache()->contracts().first().id;
        QSignalSpy rejected(m_contracts.get(), &ContractsController::changeRejected);
        m_contracts->unlink(last);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 1, 20000);
        QCOMPARE(rejected.first().first().value<ContractsController::Pending>().problemCode,
                 QStringLiteral("last_contract"));
        QCOMPARE(m_app->cache()->contracts().size(), qsizetype(1));
    }

    void cleanupTestCase() { m_contracts.reset(); }
};

QTEST_GUILESS_MAIN(TestClientContracts)
#include "tst_client_contracts.moc"
