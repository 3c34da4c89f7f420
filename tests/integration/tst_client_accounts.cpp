// Integration: the account flows through the client core against a real ov-server — register
// an unregistered demo customer, read the activation code from the server's outbox, activate
// (signed in), turn on two-step verification computing the TOTP here, sign out, and sign in
// again in two steps; then a password reset.

#include "ClientFixture.h"
#include "ServerProcess.h"

#include "AppController.h"
#include "domain/Base32.h"
#include "domain/Totp.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestClientAccounts : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    QTemporaryDir m_home;
    std::unique_ptr<test::ClientFixture> m_client;
    AppController *m_app = nullptr;

    template <typename Call>
    std::pair<QJsonObject, std::optional<ApiError>> wait(Call call)
    {
        std::pair<QJsonObject, std::optional<ApiError>> result;
        bool done = false;
        call([&](const QJsonObject &body, const std::optional<ApiError> &error) {
            result = {body, error};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            result.second =
                ApiError{ApiError::Kind::Cancelled, 0, {}, QStringLiteral("test timeout"), -1};
        return result;
    }

    template <typename Call>
    AuthSession::Outcome signInStep(Call call)
    {
        AuthSession::Outcome outcome;
        bool done = false;
        call([&](const AuthSession::Outcome &o) {
            outcome = o;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            outcome.error =
                ApiError{ApiError::Kind::Cancelled, 0, {}, QStringLiteral("test timeout"), -1};
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_client = std::make_unique<test::ClientFixture>(
            m_home.path(), m_server.baseUrl(), QStringLiteral("Oficina Virtual account tests"));
        m_app = m_client->app();
        QVERIFY(m_client->chooseDemoUtility());
    }

    void registerActivateTwoFactorAndSignInAgain()
    {
        AccountClient *accounts = m_app->accounts();
        // Phase 1: Catalina Ríos Londoño, a demo customer without an account.
        auto [registration, error] = wait([&](auto done) {
            accounts->identify({{QStringLiteral("customerType"), QStringLiteral("individual")},
                                {QStringLiteral("reference"), QStringLiteral("100000302")},
                                {QStringLiteral("meterNumber"), QStringLiteral("EDV-691538")},
                                {QStringLiteral("paternalSurname"), QStringLiteral("Rios")},
                                {QStringLiteral("maternalSurname"), QStringLiteral("Londono")}},
                               done);
        });
        QVERIFY2(!error, qPrintable(error ? error->describe() : QString()));
        const QString id = registration.value(QLatin1StringView("registrationId")).toString();
        QVERIFY(!id.isEmpty());
        // Phase 2.
        const int emailsBefore = m_server.emailCount();
        auto [pending, error2] = wait([&](auto done) {
            accounts->createUser(
                id,
                {{QStringLiteral("username"), QStringLiteral("catalina")},
                 {QStringLiteral("email"), QStringLiteral("catalina@example.com")},
                 {QStringLiteral("emailConfirmation"), QStringLiteral("catalina@example.com")},
                 {QStringLiteral("acceptTerms"), true},
                 {QStringLiteral("acceptPrivacy"), true},
                 {QStringLiteral("termsVersion"), m_app->config()->termsVersion}},
                done);
        });
        QVERIFY2(!error2, qPrintable(error2 ? error2->describe() : QString()));
        QCOMPARE(pending.value(QLatin1StringView("email")).toString(),
                 QStringLiteral("catalina@example.com"));
        // Phase 3: the code from the email (sent from the server's queue); activating signs in.
        QTRY_COMPARE_WITH_TIMEOUT(m_server.emailCount(), emailsBefore + 1, 15000);
        const QString code = m_server.lastEmailedCode();
        QVERIFY(!code.isEmpty());
        AuthSession::Outcome activated = signInStep([&](auto done) {
            m_app->activate(code, QStringLiteral("Rionegro-Verde-31"), false, done);
        });
        QVERIFY2(!activated.error,
                 qPrintable(activated.error ? activated.error->describe() : QString()));
        QCOMPARE(m_app->stage(), AppController::Stage::Workspace);

        // Turn on two-step verification, computing the code as an authenticator app would.
        auto [setup, error3] = wait([&](auto done) { accounts->setupTwoFactor(done); });
        QVERIFY(!error3);
        const QByteArray secret =
            *Base32::decode(setup.value(QLatin1StringView("secret")).toString());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto [confirmed, error4] =
            wait([&](auto done) { accounts->confirmTwoFactor(Totp::codeAt(secret, now), done); });
        QVERIFY2(!error4, qPrintable(error4 ? error4->describe() : QString()));
        QCOMPARE(confirmed.value(QLatin1StringView("recoveryCodes")).toArray().size(), 10);
        auto [profile, error5] = wait([&](auto done) { accounts->profile(done); });
        QVERIFY(profile.value(QLatin1StringView("twoFactorEnabled")).toBool());

        m_app->signOut();
        QCOMPARE(m_app->stage(), AppController::Stage::SignIn);

        // Signing in now takes two steps. (The next step's code: this step's was just used.)
        AuthSession::Outcome first = signInStep([&](auto done) {
            m_app->signIn(QStringLiteral("catalina"), QStringLiteral("Rionegro-Verde-31"), false,
                          done);
        });
        QVERIFY(!first.error);
        QVERIFY(!first.mfaToken.isEmpty());
        QCOMPARE(m_app->stage(), AppController::Stage::SignIn);
        AuthSession::Outcome second = signInStep([&](auto done) {
            m_app->completeMfa(first.mfaToken, Totp::codeAt(secret, now.addSecs(30)), false, done);
        });
        QVERIFY2(!second.error, qPrintable(second.error ? second.error->describe() : QString()));
        QCOMPARE(m_app->stage(), AppController::Stage::Workspace);
        m_app->signOut();
    }

    void forgottenPasswordIsReset()
    {
        const int before = m_server.emailCount();
        auto [answer, error] = wait([&](auto done) {
            m_app->accounts()->requestPasswordReset(QStringLiteral("empresa"), done);
        });
        QVERIFY(!error);
        QTRY_COMPARE(m_server.emailCount(), before + 1);
        auto [reset, error2] = wait([&](auto done) {
            m_app->accounts()->confirmPasswordReset(m_server.lastEmailedCode(),
                                                    QStringLiteral("Textiles-Andinos-44"), done);
        });
        QVERIFY2(!error2, qPrintable(error2 ? error2->describe() : QString()));
        AuthSession::Outcome signedIn = signInStep([&](auto done) {
            m_app->signIn(QStringLiteral("empresa"), QStringLiteral("Textiles-Andinos-44"), false,
                          done);
        });
        QVERIFY(!signedIn.error);
        QCOMPARE(m_app->stage(), AppController::Stage::Workspace);
    }

    void activationLinksReachTheApp()
    {
        QSignalSpy requested(m_app, &AppController::activationRequested);
        QVERIFY(m_app->openUrl(QUrl(QStringLiteral("oficinavirtual://activate?code=ABCD-EFGH"))));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("ABCD-EFGH"));
        QVERIFY(!m_app->openUrl(QUrl(QStringLiteral("oficinavirtual://pay?invoice=1"))));
        QVERIFY(!m_app->openUrl(QUrl(QStringLiteral("https://example.com/activate?code=x"))));
    }
};

QTEST_GUILESS_MAIN(TestClientAccounts)
#include "tst_client_accounts.moc"
