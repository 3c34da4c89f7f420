// Server: whatever goes wrong reaches the client as problem+json with a stable code —
// unknown routes, wrong methods, oversized bodies — never a crash, an HTML page or a 500.

#include "ServerFixture.h"

#include <QHostAddress>
#include <QProcess>
#include <QTcpSocket>
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

    // Answers made before any route runs (httplib's own, and our error handler's) carry what
    // every answer carries: a request id, nosniff, and no-store.
    void everyAnswerCarriesItsHeaders_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("bigHeader");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown route") << "GET"
                                       << "/api/v1/nothing" << QByteArray() << 404;
        QTest::newRow("wrong method") << "DELETE"
                                      << "/api/v1/config" << QByteArray() << 405;
        QTest::newRow("URI too long")
            << "GET" << QString(QStringLiteral("/api/v1/") + QString(9000, QLatin1Char('a')))
            << QByteArray() << 414;
        QTest::newRow("header too long") << "GET"
                                         << "/api/v1/config" << QByteArray(10000, 'h') << 400;
        QTest::newRow("a routed answer") << "GET"
                                         << "/api/v1/health" << QByteArray() << 200;
    }
    void everyAnswerCarriesItsHeaders()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, bigHeader);
        QFETCH(int, status);
        httplib::Headers headers;
        if (!bigHeader.isEmpty())
            headers.emplace("X-Big", bigHeader.toStdString());
        const Reply r = method == QLatin1StringView("GET") ? m_f->get(path, {}, headers)
                                                           : m_f->send(method, path);
        QCOMPARE(r.status, status);
        QCOMPARE(r.header("X-Request-Id").size(), 36);
        QCOMPARE(r.header("X-Content-Type-Options"), QStringLiteral("nosniff"));
        QCOMPARE(r.header("Cache-Control"), QStringLiteral("no-store"));
        QCOMPARE(int(r.headers.count("Cache-Control")), 1);
    }

    void cacheableAnswersSayWhatTheyAllow()
    {
        const Reply r = m_f->get(QStringLiteral("/api/v1/config"));
        QCOMPARE(r.status, 200);
        QCOMPARE(int(r.headers.count("Cache-Control")), 1); // the default is replaced, not added
        QCOMPARE(r.header("Cache-Control"), QStringLiteral("private, no-cache"));
        QCOMPARE(r.header("X-Content-Type-Options"), QStringLiteral("nosniff"));
    }

    // A request with neither Content-Length nor Transfer-Encoding has no body (RFC 9112):
    // it is answered at once, as any request without a JSON body is — not after httplib has
    // waited 15 s for a body and given up with a bare 400.
    // httplib listens with a backlog of 5; a burst of connections beyond it (nginx opening
    // upstream connections, many apps coming back online) had SYNs dropped and retried after
    // 1, 3, 7, 15 s. The kernel reports the listening socket's backlog through `ss`.
    void listensWithARealBacklog()
    {
#ifdef Q_OS_LINUX
        QProcess ss;
        ss.start(QStringLiteral("ss"),
                 {QStringLiteral("-lntH"), QStringLiteral("sport = :%1").arg(m_f->port())});
        QVERIFY2(ss.waitForFinished(10000), "ss (iproute2; scripts/deps test installs it)");
        const QStringList fields =
            QString::fromUtf8(ss.readAllStandardOutput()).simplified().split(QLatin1Char(' '));
        QVERIFY2(fields.size() >= 3, qPrintable(fields.join(QLatin1Char(' '))));
        QCOMPARE(fields.at(0), QStringLiteral("LISTEN"));
        QVERIFY2(fields.at(2).toInt() >= 128, qPrintable(fields.join(QLatin1Char(' '))));
#else
        QSKIP("the backlog is read through Linux's ss");
#endif
    }

    void aBodyMethodWithoutABodyIsAnsweredAtOnce_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("PUT, signed-in route") << "PUT"
                                              << "/api/v1/me/password"
                                              << "unauthorized";
        QTest::newRow("POST, public route") << "POST"
                                            << "/api/v1/sessions"
                                            << "unsupported_media_type";
        QTest::newRow("PATCH, signed-in route") << "PATCH"
                                                << "/api/v1/me"
                                                << "unauthorized";
    }
    void aBodyMethodWithoutABodyIsAnsweredAtOnce()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, code);
        // By hand: HTTP clients add "Content-Length: 0" on their own.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_f->port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write(method.toLatin1() + ' ' + path.toLatin1() +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QByteArray answer;
        auto complete = [&answer] {
            const qsizetype end = answer.indexOf("\r\n\r\n");
            const qsizetype at = answer.indexOf("Content-Length: ");
            return end > 0 && at > 0 &&
                   answer.size() >= end + 4 + answer.mid(at + 16, 12).split('\r').first().toInt();
        };
        while (!complete() && socket.waitForReadyRead(5000)) // httplib used to wait 15 s
            answer += socket.readAll();
        QVERIFY2(complete(), answer.constData());
        const QByteArray body = answer.mid(answer.indexOf("\r\n\r\n") + 4);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QLatin1StringView("code")).toString(),
                 code);
        QVERIFY(answer.contains("X-Request-Id: "));
    }

private:
    std::unique_ptr<ServerFixture> m_f;
};

QTEST_GUILESS_MAIN(TestServerErrors)
#include "tst_server_errors.moc"
