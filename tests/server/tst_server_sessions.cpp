// Server: sign-in, lockout, token expiry, refresh rotation and sign-out, over real HTTP, on
// SQLite or PostgreSQL (OV_TEST_BACKEND).

#include "ServerFixture.h"

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
