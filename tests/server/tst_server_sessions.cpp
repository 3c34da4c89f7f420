// Server: sign-in, lockout, token expiry, refresh rotation and sign-out, over real HTTP, on
// SQLite or PostgreSQL (OV_TEST_BACKEND).

#include "ServerFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {
const QString kSessions = QStringLiteral("/api/v1/sessions");
const QString kRefresh = QStringLiteral("/api/v1/sessions/refresh");
const QString kContracts = QStringLiteral("/api/v1/contracts");

QJsonObject credentials(const QString &login, const QString &password)
{
    return {{QStringLiteral("login"), login}, {QStringLiteral("password"), password}};
}
} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

private slots:
    void signInByUsernameOrEmail()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        for (const QString &login : {QStringLiteral("demo"), QStringLiteral("DEMO "),
                                     QStringLiteral("demo@example.com")}) {
            const Reply r = f.postJson(kSessions, credentials(login, QStringLiteral("Demo-2026")));
            QCOMPARE(r.status, 201);
            const QJsonObject o = r.json();
            QVERIFY(o.value(QLatin1StringView("accessToken"))
                        .toString()
                        .startsWith(QLatin1StringView("ova_")));
            QVERIFY(o.value(QLatin1StringView("refreshToken"))
                        .toString()
                        .startsWith(QLatin1StringView("ovr_")));
            // 256-bit tokens: 43 base64url characters after the prefix.
            QCOMPARE(o.value(QLatin1StringView("accessToken")).toString().size(), 4 + 43);
            QCOMPARE(o.value(QLatin1StringView("accessTokenExpiresAt")).toString(),
                     f.clock().now().addSecs(15 * 60).toUTC().toString(Qt::ISODate));
            QCOMPARE(o.value(QLatin1StringView("refreshTokenExpiresAt")).toString(),
                     f.clock().now().addDays(30).toUTC().toString(Qt::ISODate));
        }
    }

    // RFC 6749 §5.1: answers that carry tokens must not be stored by any cache.
    void tokenAnswersAreNeverStored()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Reply signIn =
            f.postJson(kSessions, credentials(QStringLiteral("demo"), QStringLiteral("Demo-2026")));
        QCOMPARE(signIn.status, 201);
        QCOMPARE(signIn.header("Cache-Control"), QStringLiteral("no-store"));
        const Reply refreshed = f.postJson(
            kRefresh, {{QStringLiteral("refreshToken"),
                        signIn.json().value(QLatin1StringView("refreshToken")).toString()}});
        QCOMPARE(refreshed.status, 200);
        QCOMPARE(refreshed.header("Cache-Control"), QStringLiteral("no-store"));
        QCOMPARE(refreshed.header("X-Content-Type-Options"), QStringLiteral("nosniff"));
    }

    // Hardening finding 3: one address tried one password on 40 logins and was never stopped.
    void passwordSprayingFromOneAddressIsThrottled()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        for (int i = 0; i < 20; ++i) {
            // Every login once (the lockout of one login never comes into it), real ones too.
            const QString login = i == 0   ? QStringLiteral("demo")
                                  : i == 1 ? QStringLiteral("empresa")
                                           : QStringLiteral("nobody%1").arg(i);
            QCOMPARE(f.postJson(kSessions, credentials(login, QStringLiteral("Verano2026"))).status,
                     401);
        }
        // The address has had its share: whatever the login, even the right password, waits.
        for (const auto &[login, password] :
             {std::pair{QStringLiteral("someone-else"), QStringLiteral("Verano2026")},
              std::pair{QStringLiteral("demo"), QStringLiteral("Demo-2026")}}) {
            const Reply r = f.postJson(kSessions, credentials(login, password));
            QCOMPARE(r.status, 429);
            QCOMPARE(r.code(), QStringLiteral("too_many_requests"));
            QVERIFY(r.header("Retry-After").toInt() > 0);
        }
        f.clock().advanceSeconds(15 * 60 + 1);
        QCOMPARE(
            f.postJson(kSessions, credentials(QStringLiteral("demo"), QStringLiteral("Demo-2026")))
                .status,
            201);
    }

    // Behind a load balancer the address is the one it forwards for; the /24 it belongs to has
    // a budget of its own; and X-Forwarded-For from anyone else changes nothing.
    void throttlesFollowTheForwardedAddressAndItsBlock()
    {
        ServerFixture f(QStringLiteral("electricity-co"), true, [](server::ServerSettings &s) {
            s.trustedProxies = {QStringLiteral("127.0.0.1")};
            s.signInFailuresPerAddress = 4;
            s.signInFailuresPerBlock = 10;
        });
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        int attempt = 0;
        auto tryFrom = [&](const char *address) {
            return f
                .post(kSessions,
                      QJsonDocument(credentials(QStringLiteral("nobody%1").arg(++attempt),
                                                QStringLiteral("Verano2026")))
                          .toJson(),
                      {}, "application/json", {{"X-Forwarded-For", address}})
                .status;
        };
        for (int i = 0; i < 4; ++i)
            QCOMPARE(tryFrom("203.0.113.7"), 401);
        QCOMPARE(tryFrom("203.0.113.7"), 429);               // that address is done…
        QCOMPARE(tryFrom("198.51.100.1, 203.0.113.8"), 401); // …its neighbour is not (yet)
        for (int i = 0; i < 3; ++i)
            QCOMPARE(tryFrom("203.0.113.8"), 401);
        QCOMPARE(tryFrom("203.0.113.9"), 401);
        QCOMPARE(tryFrom("203.0.113.10"), 401); // 10 failures from 203.0.113.0/24
        QCOMPARE(tryFrom("203.0.113.11"), 429); // a fresh address in a spent block
        QCOMPARE(tryFrom("198.51.100.1"), 401); // another block
    }

    void forwardedForFromAnUntrustedPeerIsIgnored()
    {
        ServerFixture f(QStringLiteral("electricity-co"), true,
                        [](server::ServerSettings &s) { s.signInFailuresPerAddress = 3; });
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                f.post(kSessions,
                       QJsonDocument(
                           credentials(QStringLiteral("nobody"), QStringLiteral("Verano2026")))
                           .toJson(),
                       {}, "application/json",
                       {{"X-Forwarded-For", QStringLiteral("192.0.2.%1").arg(i).toStdString()}})
                    .status,
                401);
        QCOMPARE(f.postJson(kSessions,
                            credentials(QStringLiteral("nobody"), QStringLiteral("Verano2026")))
                     .status,
                 429); // all three were 127.0.0.1
    }

    // Every unknown login used to add a row that stayed for ever.
    void throttleTablesForgetWhatIsOld()
    {
        ServerFixture f(QStringLiteral("electricity-co"), true,
                        [](server::ServerSettings &s) { s.signInFailuresPerAddress = 1000; });
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        auto rows = [&](const char *table) {
            QSqlQuery q(f.db().database().connection());
            q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
            return q.next() ? q.value(0).toInt() : -1;
        };
        for (int i = 0; i < 30; ++i)
            QCOMPARE(f.postJson(kSessions, credentials(QStringLiteral("nobody%1").arg(i),
                                                       QStringLiteral("Verano2026")))
                         .status,
                     401);
        QCOMPARE(rows("login_throttle"), 30);
        QVERIFY(rows("rate_limits") >= 2); // the address and its block
        f.clock().advanceSeconds(25 * 3600);
        QCOMPARE(f.postJson(kSessions,
                            credentials(QStringLiteral("later"), QStringLiteral("Verano2026")))
                     .status,
                 401);
        QCOMPARE(rows("login_throttle"), 1); // only the newest
        QCOMPARE(rows("rate_limits"), 2);    // this attempt's windows only
    }

    void wrongPasswordAndUnknownUserLookAlike()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const Reply wrong =
            f.postJson(kSessions, credentials(QStringLiteral("demo"), QStringLiteral("nope-nope")));
        const Reply unknown = f.postJson(
            kSessions, credentials(QStringLiteral("nobody"), QStringLiteral("nope-nope")));
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.isProblem());
        QCOMPARE(wrong.code(), QStringLiteral("invalid_credentials"));
        QCOMPARE(unknown.status, wrong.status);
        QCOMPARE(unknown.body, wrong.body);
    }

    void lockoutAfterFiveFailuresAndExpiry()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject bad =
            credentials(QStringLiteral("demo"), QStringLiteral("wrong-password"));
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(f.postJson(kSessions, bad).status, 401);
        Reply r = f.postJson(kSessions, bad);
        QCOMPARE(r.status, 423);
        QCOMPARE(r.code(), QStringLiteral("account_locked"));
        QCOMPARE(r.header("Retry-After"), QStringLiteral("900"));
        QCOMPARE(r.json().value(QLatin1StringView("retryAfter")).toInt(), 900);

        // Locked means locked, even with the right password.
        const QJsonObject good =
            credentials(QStringLiteral("demo@example.com"), QStringLiteral("Demo-2026"));
        f.clock().advanceSeconds(14 * 60);
        r = f.postJson(kSessions, good);
        QCOMPARE(r.status, 423);
        QCOMPARE(r.header("Retry-After"), QStringLiteral("60"));

        f.clock().advanceSeconds(61);
        QCOMPARE(f.postJson(kSessions, good).status, 201);
        // The count started again: one failure is just a failure.
        QCOMPARE(f.postJson(kSessions, bad).status, 401);
    }

    void unknownLoginsAreThrottledTheSameWay()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject bad =
            credentials(QStringLiteral("ghost"), QStringLiteral("wrong-password"));
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(f.postJson(kSessions, bad).status, 401);
        const Reply r = f.postJson(kSessions, bad);
        QCOMPARE(r.status, 423);
        QCOMPARE(r.header("Retry-After"), QStringLiteral("900"));
    }

    void successResetsTheFailureCount()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject bad =
            credentials(QStringLiteral("demo"), QStringLiteral("wrong-password"));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.postJson(kSessions, bad).status, 401);
        QCOMPARE(
            f.postJson(kSessions, credentials(QStringLiteral("demo"), QStringLiteral("Demo-2026")))
                .status,
            201);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(f.postJson(kSessions, bad).status, 401);
    }

    void accessTokenExpiresAfterFifteenMinutes()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        QCOMPARE(f.get(kContracts, token).status, 200);
        f.clock().advanceSeconds(15 * 60 - 1);
        QCOMPARE(f.get(kContracts, token).status, 200);
        f.clock().advanceSeconds(2);
        const Reply r = f.get(kContracts, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_token"));
    }

    void refreshRotatesAndRejectsTheOldToken()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject first = f.signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"));
        const QString oldRefresh = first.value(QLatin1StringView("refreshToken")).toString();
        f.clock().advanceSeconds(20 * 60); // the access token has expired meanwhile

        Reply r = f.postJson(kRefresh, {{QStringLiteral("refreshToken"), oldRefresh}});
        QCOMPARE(r.status, 200);
        const QString newAccess = r.json().value(QLatin1StringView("accessToken")).toString();
        const QString newRefresh = r.json().value(QLatin1StringView("refreshToken")).toString();
        QVERIFY(newRefresh != oldRefresh);
        QCOMPARE(f.get(kContracts, newAccess).status, 200);

        // The old refresh token is spent; presenting it again is a replay: the session ends.
        r = f.postJson(kRefresh, {{QStringLiteral("refreshToken"), oldRefresh}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_refresh_token"));
        QCOMPARE(f.get(kContracts, newAccess).status, 401);
        QCOMPARE(f.postJson(kRefresh, {{QStringLiteral("refreshToken"), newRefresh}}).status, 401);
    }

    void refreshTokenExpiresAfterThirtyDays()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString refresh = f.signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"))
                                    .value(QLatin1StringView("refreshToken"))
                                    .toString();
        f.clock().advanceSeconds(30 * 24 * 3600 + 1);
        QCOMPARE(f.postJson(kRefresh, {{QStringLiteral("refreshToken"), refresh}}).status, 401);
        QCOMPARE(
            f.postJson(kRefresh, {{QStringLiteral("refreshToken"), QStringLiteral("ovr_made_up")}})
                .status,
            401);
    }

    void signOutRevokesTheSession()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QJsonObject tokens = f.signIn(QStringLiteral("demo"), QStringLiteral("Demo-2026"));
        const QString access = tokens.value(QLatin1StringView("accessToken")).toString();
        const QString other = f.accessToken(); // a second session of the same user
        QCOMPARE(f.del(QStringLiteral("/api/v1/sessions/current"), access).status, 204);
        QCOMPARE(f.get(kContracts, access).status, 401);
        QCOMPARE(f.postJson(kRefresh, {{QStringLiteral("refreshToken"),
                                        tokens.value(QLatin1StringView("refreshToken"))}})
                     .status,
                 401);
        QCOMPARE(f.get(kContracts, other).status, 200); // only this session ended
        QCOMPARE(f.del(QStringLiteral("/api/v1/sessions/current")).status, 401);
    }

    void malformedSignIns_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("not JSON") << QByteArray("login=demo") << QByteArray("application/json")
                                  << 400 << "malformed_json"
                                  << "";
        QTest::newRow("truncated") << QByteArray("{\"login\":\"demo\",\"pass")
                                   << QByteArray("application/json") << 400 << "malformed_json"
                                   << "";
        QTest::newRow("array") << QByteArray("[]") << QByteArray("application/json") << 400
                               << "malformed_json"
                               << "";
        QTest::newRow("empty body")
            << QByteArray() << QByteArray("application/json") << 400 << "malformed_json"
            << "";
        QTest::newRow("form encoded")
            << QByteArray("login=demo") << QByteArray("application/x-www-form-urlencoded") << 415
            << "unsupported_media_type"
            << "";
        QTest::newRow("missing login")
            << QByteArray("{\"password\":\"x\"}") << QByteArray("application/json") << 400
            << "validation_failed"
            << "login";
        QTest::newRow("wrong type") << QByteArray("{\"login\":[\"demo\"],\"password\":\"x\"}")
                                    << QByteArray("application/json") << 400 << "validation_failed"
                                    << "login";
        QTest::newRow("login too long")
            << (QByteArray("{\"password\":\"x\",\"login\":\"") + QByteArray(300, 'a') + "\"}")
            << QByteArray("application/json") << 400 << "validation_failed"
            << "login";
        QTest::newRow("null password")
            << QByteArray("{\"login\":\"demo\",\"password\":null}")
            << QByteArray("application/json") << 400 << "validation_failed"
            << "password";
        QTest::newRow("over 64 KiB")
            << (QByteArray("{\"login\":\"demo\",\"password\":\"") + QByteArray(70000, 'a') + "\"}")
            << QByteArray("application/json") << 413 << "payload_too_large"
            << "";
    }
    void malformedSignIns()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);
        if (!m_plain) // one server without demo data for all rows
            m_plain = std::make_unique<ServerFixture>(QStringLiteral("electricity-co"), false);
        ServerFixture *f = m_plain.get();
        QVERIFY2(f->isValid(), qPrintable(f->error()));
        const Reply r = f->post(kSessions, body, {}, contentType.constData());
        QCOMPARE(r.status, status);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), code);
        if (!field.isEmpty()) {
            const QJsonArray errors = r.json().value(QLatin1StringView("errors")).toArray();
            QVERIFY(!errors.isEmpty());
            QCOMPARE(errors.first().toObject().value(QLatin1StringView("field")).toString(), field);
        }
    }

    void cleanupTestCase() { m_plain.reset(); }

private:
    std::unique_ptr<ServerFixture> m_plain;
};

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_server_sessions.moc"
