// Server: whatever goes wrong reaches the client as problem+json with a stable code —
// unknown routes, wrong methods, oversized bodies — never a crash, an HTML page or a 500.

#include "ServerFixture.h"

#include <QTest>

using namespace ov;
using test::Reply;
using test::ServerFixture;

class TestServerErrors : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>(QStringLiteral("electricity-co"), false);
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
    }
    void cleanupTestCase() { m_f.reset(); }

    void unknownRoutes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown") << "/api/v1/nothing-here";
        QTest::newRow("root") << "/";
        QTest::newRow("other version") << "/api/v2/config";
        QTest::newRow("trailing slash") << "/api/v1/contracts/";
        QTest::newRow("too deep") << "/api/v1/contracts/a/b/c";
    }
    void unknownRoutes()
    {
        QFETCH(QString, path);
        const Reply r = m_f->get(path);
        QCOMPARE(r.status, 404);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), QStringLiteral("not_found"));
        QCOMPARE(r.json().value(QLatin1StringView("status")).toInt(), 404);
        QVERIFY(r.json()
                    .value(QLatin1StringView("type"))
                    .toString()
                    .endsWith(QLatin1StringView("/not_found")));
        QVERIFY(!r.json().value(QLatin1StringView("title")).toString().isEmpty());
    }

    void wrongMethodIs405WithAllow()
    {
        const Reply r = m_f->send(QStringLiteral("DELETE"), QStringLiteral("/api/v1/config"));
        QCOMPARE(r.status, 405);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), QStringLiteral("method_not_allowed"));
        QCOMPARE(r.header("Allow"), QStringLiteral("GET"));
        QCOMPARE(
            m_f->send(QStringLiteral("GET"), QStringLiteral("/api/v1/sessions")).header("Allow"),
            QStringLiteral("POST"));
    }

    void bodyOverTheServerLimitIs413()
    {
        // The fixture's limit is 1 MiB; the server refuses before reading the body.
        const QByteArray big(2 * 1024 * 1024, 'x');
        const Reply r = m_f->post(QStringLiteral("/api/v1/sessions"), big);
        QCOMPARE(r.status, 413);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), QStringLiteral("payload_too_large"));
        // And the server is still fine.
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/health")).status, 200);
    }

    void problemsSpeakTheCallersLanguage()
    {
        const Reply en =
            m_f->get(QStringLiteral("/api/v1/contracts"), {}, {{"Accept-Language", "en"}});
        QCOMPARE(en.status, 401);
        QCOMPARE(en.json().value(QLatin1StringView("title")).toString(),
                 QStringLiteral("You need to sign in"));
        const Reply es = m_f->get(QStringLiteral("/api/v1/contracts"));
        QCOMPARE(es.json().value(QLatin1StringView("title")).toString(),
                 QStringLiteral("Debe iniciar sesión"));
    }

    void requestIdIsEchoedOrMade()
    {
        const Reply given =
            m_f->get(QStringLiteral("/api/v1/config"), {}, {{"X-Request-Id", "abc-123"}});
        QCOMPARE(given.header("X-Request-Id"), QStringLiteral("abc-123"));
        const Reply made =
            m_f->get(QStringLiteral("/api/v1/config"), {}, {{"X-Request-Id", "bad id\twith tab"}});
        QCOMPARE(made.header("X-Request-Id").size(), 36); // a fresh UUID instead
    }

private:
    std::unique_ptr<ServerFixture> m_f;
};

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_server_errors.moc"
