// Unit: with no keychain backend (this test runs with no D-Bus session bus, so QtKeychain's
// Secret Service backend cannot work), "keep me signed in" stores nothing anywhere, the user
// is told once — not at every sign-in — and the settings file never receives the token.

#include "FakeNetworkAccessManager.h"
#include "FakeReply.h"

#include "AppController.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS")
                     .startsWith(QLatin1StringView("unix:path=/nonexistent")),
                 "run with DBUS_SESSION_BUS_ADDRESS pointing nowhere (ctest sets it)");
    }

    void toldOnceAndNothingStored()
    {
        QTemporaryDir home;
        Settings settings(home.filePath(QStringLiteral("settings.ini")));
        ProfileStore profiles(home.filePath(QStringLiteral("profiles")));
        test::FakeNetworkAccessManager nam;
        nam.setOverride([](auto op, const QNetworkRequest &req,
                           const QByteArray &) -> QNetworkReply * {
            const QString path = req.url().path();
            if (path.endsWith(QLatin1StringView("/sessions")))
                return new test::FakeReply(
                    op, req, test::FakeReply::Mode::Answer, 201,
                    "{\"tokenType\":\"Bearer\",\"accessToken\":\"ova_secret_access\","
                    "\"refreshToken\":\"ovr_secret_refresh\",\"userId\":\"us_1\"}",
                    {});
            if (path.endsWith(QLatin1StringView("/config")))
                return new test::FakeReply(op, req, test::FakeReply::Mode::Answer, 503, "{}", {});
            return new test::FakeReply(op, req, test::FakeReply::Mode::Answer, 200,
                                       "{\"items\":[],\"nextCursor\":null}", {});
        });
        TokenStore tokens(QStringLiteral("Oficina Virtual unavailable-keychain test"));
        AppController app(&settings, &profiles, &nam, &tokens);
        QSignalSpy told(&app, &AppController::keychainUnavailable);

        for (int attempt = 0; attempt < 2; ++attempt) {
            app.chooseProfile(QStringLiteral("demo-electricity-co"));
            bool done = false;
            app.signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"), true,
                       [&](const AuthSession::Outcome &o) {
                           QVERIFY(!o.error);
                           done = true;
                       });
            QTRY_VERIFY(done);
            QCOMPARE(app.stage(), AppController::Stage::Workspace);
            QTRY_COMPARE_WITH_TIMEOUT(told.size(), 1, 15000); // the keychain write fails…
            app.signOut();
        }
        QTest::qWait(500);
        QCOMPARE(told.size(), 1); // …but the user hears it once
        QVERIFY(settings.keychainWarningShown());

        settings.sync();
        QFile f(settings.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY(!ini.contains("ovr_secret_refresh"));
        QVERIFY(!ini.contains("ova_secret_access"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
