// Server: password reset (no enumeration, single use, 30 minutes, ends every session), password
// change (needs the current one, ends the other sessions, emails a notice), profile and contact
// email, notification preferences, and signing out the other sessions.

#include "ServerFixture.h"

#include "admin/AdminCommand.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {

Reply put(ServerFixture &f, const QString &path, const QJsonObject &body, const QString &token)
{
    return f.send(QStringLiteral("PUT"), path, token,
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply patch(ServerFixture &f, const QString &path, const QJsonObject &body, const QString &token)
{
    return f.send(QStringLiteral("PATCH"), path, token,
                  QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private slots:
    void resetAnswersTheSameForEveryone()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Reply unknown = f.postJson(QStringLiteral("/api/v1/password-resets"),
                                         {{QStringLiteral("login"), QStringLiteral("nobody")}});
        const Reply known = f.postJson(QStringLiteral("/api/v1/password-resets"),
                                       {{QStringLiteral("login"), QStringLiteral("demo")}});
        QCOMPARE(unknown.status, 202);
        QCOMPARE(known.status, 202);
        QCOMPARE(unknown.body, known.body);
        QCOMPARE(f.emails().size(), 1); // only the real account got a message
        QVERIFY(f.emails().first().contains(QLatin1StringView("To: demo@example.com")));
    }

    // The answer does the same work whether or not the login is someone's: the lookup, the code
    // and the email happen after it, in the background. Interleaved requests from distinct client
    // addresses (past the per-address limit), medians compared; the earlier code, which ran a
    // dummy password hash for unknown logins only, measured 1 ms against 16 ms here.
    void resetTakesAsLongForAnyLogin()
    {
        ServerFixture f(QStringLiteral("electricity-co"), true, [](server::ServerSettings &s) {
            s.trustedProxies = {QStringLiteral("127.0.0.1")};
        });
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QList<qint64> known, unknown;
        Reply first[2];
        for (int i = 0; i < 40; ++i) {
            for (const bool isKnown : {true, false}) {
                const QJsonObject body{
                    {QStringLiteral("login"),
                     isKnown ? QStringLiteral("demo") : QStringLiteral("nadie.registrado")}};
                const httplib::Headers forwarded{
                    {"X-Forwarded-For",
                     QStringLiteral("203.0.113.%1").arg(i * 2 + int(isKnown)).toStdString()}};
                QElapsedTimer timer;
                timer.start();
                const Reply r = f.post(QStringLiteral("/api/v1/password-resets"),
                                       QJsonDocument(body).toJson(QJsonDocument::Compact), {},
                                       "application/json", forwarded);
                const qint64 ns = timer.nsecsElapsed();
                QCOMPARE(r.status, 202);
                if (i == 0)
                    first[int(isKnown)] = r;
                if (i >= 5) // the first few warm caches up
                    (isKnown ? known : unknown).append(ns);
            }
        }
        QCOMPARE(first[0].body, first[1].body);
        for (const char *name : {"Content-Type", "Content-Length", "Cache-Control"})
            QCOMPARE(first[0].header(name), first[1].header(name));
        const auto median = [](QList<qint64> v) {
            std::sort(v.begin(), v.end());
            return v.at(v.size() / 2);
        };
        const qint64 k = median(known), u = median(unknown);
        qInfo("median known %lld µs, unknown %lld µs", k / 1000, u / 1000);
        const qint64 slack = 1'000'000; // 1 ms of scheduling noise either way
        QVERIFY2(
            k <= 2 * u + slack && u <= 2 * k + slack,
            qPrintable(
                QStringLiteral("median known %1 µs, unknown %2 µs").arg(k / 1000).arg(u / 1000)));
        QCOMPARE(f.emails().size(), 40); // and the work was done: one email per known request
    }

    // An email relay that accepts the connection and never answers holds up nobody's answer: the
    // email waits in the background (and is tried again later).
    void aSilentMailRelayDelaysNoAnswer()
    {
        auto relay = std::make_unique<QTcpServer>(); // the kernel accepts; nothing ever greets
        QVERIFY(relay->listen(QHostAddress::LocalHost, 0));
        const quint16 port = relay->serverPort();
        ServerFixture f(QStringLiteral("electricity-co"), true, [port](server::ServerSettings &s) {
            s.smtpUrl = QStringLiteral("smtp://127.0.0.1:%1").arg(port);
        });
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/password-resets"),
                            {{QStringLiteral("login"), QStringLiteral("demo")}})
                     .status,
                 202);
        // The relay keeps a sender waiting 30 s (libcurl's timeout); the answer did not wait.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(relay->hasPendingConnections(), 10000); // the email was on its way
        delete relay->nextPendingConnection(); // hang up: the attempt fails, a retry is planned
        relay.reset();
    }

    void resetSetsThePasswordOnceAndEndsEverySession()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString before = f.accessToken();
        // Locked out after five wrong passwords: a reset lets the owner back in at once.
        for (int i = 0; i < 5; ++i)
            f.postJson(QStringLiteral("/api/v1/sessions"),
                       {{QStringLiteral("login"), QStringLiteral("demo")},
                        {QStringLiteral("password"), QStringLiteral("wrong-wrong")}});
        QVERIFY(f.postJson(QStringLiteral("/api/v1/password-resets"),
                           {{QStringLiteral("login"), QStringLiteral("demo@example.com")}})
                    .status == 202);
        const QString code = f.lastCode();
        QVERIFY(!code.isEmpty());
        Reply r = f.postJson(QStringLiteral("/api/v1/password-resets/confirm"),
                             {{QStringLiteral("code"), code},
                              {QStringLiteral("password"), QStringLiteral("password")}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("password")), QStringLiteral("too_common"));
        r = f.postJson(QStringLiteral("/api/v1/password-resets/confirm"),
                       {{QStringLiteral("code"), code},
                        {QStringLiteral("password"), QStringLiteral("Nueva-Clave-77")}});
        QCOMPARE(r.status, 204);
        QCOMPARE(f.get(QStringLiteral("/api/v1/contracts"), before).status,
                 401); // every session ended
        QVERIFY(!f.accessToken(QStringLiteral("demo"), QStringLiteral("Nueva-Clave-77")).isEmpty());
        QVERIFY(f.accessToken(QStringLiteral("demo"), QStringLiteral("Demo-2026")).isEmpty());
        // Single use.
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/password-resets/confirm"),
                            {{QStringLiteral("code"), code},
                             {QStringLiteral("password"), QStringLiteral("Otra-Clave-88")}})
                     .code(),
                 QStringLiteral("invalid_code"));
    }

    void resetCodesExpireAfterThirtyMinutes()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        f.postJson(QStringLiteral("/api/v1/password-resets"),
                   {{QStringLiteral("login"), QStringLiteral("demo")}});
        const QString code = f.lastCode();
        f.clock().advanceSeconds(30 * 60 + 1);
        const Reply r =
            f.postJson(QStringLiteral("/api/v1/password-resets/confirm"),
                       {{QStringLiteral("code"), code},
                        {QStringLiteral("password"), QStringLiteral("Nueva-Clave-77")}});
        QCOMPARE(r.status, 410);
        QCOMPARE(r.code(), QStringLiteral("code_expired"));
    }

    void changePasswordKeepsOnlyThisSession()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString mine = f.accessToken();
        const QString other = f.accessToken();
        Reply r = put(f, QStringLiteral("/api/v1/me/password"),
                      {{QStringLiteral("currentPassword"), QStringLiteral("not-it")},
                       {QStringLiteral("newPassword"), QStringLiteral("Nueva-Clave-77")}},
                      mine);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("currentPassword")), QStringLiteral("incorrect"));
        r = put(f, QStringLiteral("/api/v1/me/password"),
                {{QStringLiteral("currentPassword"), QStringLiteral("Demo-2026")},
                 {QStringLiteral("newPassword"), QStringLiteral("short")}},
                mine);
        QCOMPARE(r.fieldCode(QStringLiteral("newPassword")), QStringLiteral("too_short"));
        r = put(f, QStringLiteral("/api/v1/me/password"),
                {{QStringLiteral("currentPassword"), QStringLiteral("Demo-2026")},
                 {QStringLiteral("newPassword"), QStringLiteral("Nueva-Clave-77")}},
                mine);
        QCOMPARE(r.status, 204);
        QCOMPARE(f.get(QStringLiteral("/api/v1/contracts"), mine).status, 200);
        QCOMPARE(f.get(QStringLiteral("/api/v1/contracts"), other).status, 401);
        QCOMPARE(f.emails().size(), 1); // the notice
        QVERIFY(f.emails().first().contains(
            QStringLiteral("la contraseña de su cuenta acaba de cambiar")));
    }

    // Hardening finding 2: passwords a review found accepted are refused, with the field code
    // the client's checklist shows (the same rules run on both sides).
    void weakPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code");
        QTest::newRow("repeated") << "aaaaaaaa"
                                  << "too_common";
        QTest::newRow("common with a symbol") << "password!"
                                              << "too_common";
        QTest::newRow("common with digits") << "monkey123"
                                            << "too_common";
        QTest::newRow("the utility's name") << "Energía del Valle"
                                            << "too_common";
        QTest::newRow("a city of its country") << "Barranquilla2026"
                                               << "too_common";
    }
    void weakPasswordsAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Reply r = put(f, QStringLiteral("/api/v1/me/password"),
                            {{QStringLiteral("currentPassword"), QStringLiteral("Demo-2026")},
                             {QStringLiteral("newPassword"), password}},
                            f.accessToken());
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("newPassword")), code);
    }

    void passwordGuessesWithATokenAreThrottled()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const QJsonObject guess{{QStringLiteral("currentPassword"), QStringLiteral("guess")},
                                {QStringLiteral("newPassword"), QStringLiteral("Nueva-Clave-77")}};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(put(f, QStringLiteral("/api/v1/me/password"), guess, token).status, 400);
        const Reply r = put(f, QStringLiteral("/api/v1/me/password"), guess, token);
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").toInt() > 0);
    }

    void adminUnlockLiftsALockout()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        for (int i = 0; i < 5; ++i)
            f.postJson(QStringLiteral("/api/v1/sessions"),
                       {{QStringLiteral("login"), QStringLiteral("demo")},
                        {QStringLiteral("password"), QStringLiteral("wrong-wrong")}});
        QVERIFY(f.accessToken().isEmpty());
        QCOMPARE(
            server::AdminCommand::run({QStringLiteral("unlock"), QStringLiteral("demo@example.com"),
                                       QStringLiteral("--database"), f.db().url()}),
            0);
        QVERIFY(!f.accessToken().isEmpty());
        QCOMPARE(server::AdminCommand::run({QStringLiteral("unlock"), QStringLiteral("nobody"),
                                            QStringLiteral("--database"), f.db().url()}),
                 1);
    }

    void profileAndContactEmail()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        Reply r = f.get(QStringLiteral("/api/v1/me"), token);
        QCOMPARE(r.status, 200);
        QJsonObject me = r.json();
        QCOMPARE(me.value(QLatin1StringView("username")).toString(), QStringLiteral("demo"));
        QCOMPARE(me.value(QLatin1StringView("displayName")).toString(),
                 QStringLiteral("Laura Gómez Restrepo"));
        QCOMPARE(me.value(QLatin1StringView("twoFactorEnabled")).toBool(), false);
        QVERIFY(me.value(QLatin1StringView("phone")).isNull());

        QCOMPARE(patch(f, QStringLiteral("/api/v1/me"),
                       {{QStringLiteral("phone"), QStringLiteral("call me")}}, token)
                     .fieldCode(QStringLiteral("phone")),
                 QStringLiteral("invalid"));
        QCOMPARE(patch(f, QStringLiteral("/api/v1/me"),
                       {{QStringLiteral("username"), QStringLiteral("x")}}, token)
                     .fieldCode(QStringLiteral("username")),
                 QStringLiteral("not_editable"));
        r = patch(f, QStringLiteral("/api/v1/me"),
                  {{QStringLiteral("phone"), QStringLiteral("+57 300 123 4567")},
                   {QStringLiteral("contactEmail"), QStringLiteral("laura@trabajo.example")}},
                  token);
        QCOMPARE(r.status, 200);
        me = r.json();
        QCOMPARE(me.value(QLatin1StringView("phone")).toString(),
                 QStringLiteral("+57 300 123 4567"));
        QVERIFY(me.value(QLatin1StringView("contactEmail")).isNull()); // not until confirmed
        QCOMPARE(me.value(QLatin1StringView("pendingContactEmail")).toString(),
                 QStringLiteral("laura@trabajo.example"));
        QVERIFY(f.emails().last().contains(QLatin1StringView("To: laura@trabajo.example")));
        QCOMPARE(f.postJson(QStringLiteral("/api/v1/me/contact-email/confirm"),
                            {{QStringLiteral("code"), QStringLiteral("WRONG")}}, token)
                     .code(),
                 QStringLiteral("invalid_code"));
        r = f.postJson(QStringLiteral("/api/v1/me/contact-email/confirm"),
                       {{QStringLiteral("code"), f.lastCode()}}, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1StringView("contactEmail")).toString(),
                 QStringLiteral("laura@trabajo.example"));
        QVERIFY(r.json().value(QLatin1StringView("pendingContactEmail")).isNull());
    }

    void notificationPreferences()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        Reply r = f.get(QStringLiteral("/api/v1/me/notification-preferences"), token);
        QCOMPARE(r.status, 200);
        QJsonArray prefs = r.json().value(QLatin1StringView("preferences")).toArray();
        QCOMPARE(prefs.size(), 4);
        QCOMPARE(prefs.first().toObject().value(QLatin1StringView("event")).toString(),
                 QStringLiteral("new_invoice"));
        QCOMPARE(prefs.first().toObject().value(QLatin1StringView("email")).toBool(), true);

        const QJsonObject smsOutage{
            {QStringLiteral("preferences"),
             QJsonArray{QJsonObject{{QStringLiteral("event"), QStringLiteral("outage")},
                                    {QStringLiteral("email"), false},
                                    {QStringLiteral("sms"), true}}}}};
        r = put(f, QStringLiteral("/api/v1/me/notification-preferences"), smsOutage, token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.fieldCode(QStringLiteral("preferences[0].sms")),
                 QStringLiteral("phone_required"));
        QCOMPARE(patch(f, QStringLiteral("/api/v1/me"),
                       {{QStringLiteral("phone"), QStringLiteral("+57 300 123 4567")}}, token)
                     .status,
                 200);
        r = put(f, QStringLiteral("/api/v1/me/notification-preferences"), smsOutage, token);
        QCOMPARE(r.status, 200);
        prefs = r.json().value(QLatin1StringView("preferences")).toArray();
        QCOMPARE(prefs.at(3).toObject().value(QLatin1StringView("sms")).toBool(), true);
        QCOMPARE(prefs.at(3).toObject().value(QLatin1StringView("email")).toBool(), false);
        QCOMPARE(prefs.at(0).toObject().value(QLatin1StringView("email")).toBool(),
                 true); // untouched

        const QJsonObject unknown{
            {QStringLiteral("preferences"),
             QJsonArray{QJsonObject{{QStringLiteral("event"), QStringLiteral("birthday")},
                                    {QStringLiteral("email"), true},
                                    {QStringLiteral("sms"), false}}}}};
        QCOMPARE(
            put(f, QStringLiteral("/api/v1/me/notification-preferences"), unknown, token).status,
            400);
    }

    void signOutTheOtherSessions()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString mine = f.accessToken();
        const QString laptop = f.accessToken();
        const QString phone = f.accessToken();
        QCOMPARE(f.del(QStringLiteral("/api/v1/sessions/others"), mine).status, 204);
        QCOMPARE(f.get(QStringLiteral("/api/v1/me"), mine).status, 200);
        QCOMPARE(f.get(QStringLiteral("/api/v1/me"), laptop).status, 401);
        QCOMPARE(f.get(QStringLiteral("/api/v1/me"), phone).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"
