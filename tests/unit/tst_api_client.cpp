// Unit: ApiClient builds every request the same way, maps errors, refreshes once on 401,
// honours a short Retry-After and refuses plain http to other machines.

#include "FakeNetworkAccessManager.h"
#include "FakeReply.h"

#include "api/ApiClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace ov;
using test::FakeNetworkAccessManager;
using test::FakeReply;

class TestApiClient : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager m_nam;

    std::unique_ptr<ApiClient> client(const QString &url = QStringLiteral("http://127.0.0.1:8080"))
    {
        auto c = std::make_unique<ApiClient>(&m_nam);
        UtilityProfile p;
        p.id = QStringLiteral("t");
        p.baseUrl = QUrl(url);
        c->setProfile(p);
        return c;
    }
    static ApiResult call(ApiClient &api, const ApiCall &c)
    {
        ApiResult result;
        bool done = false;
        QObject context;
        api.send(c, &context, [&](const ApiResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            result.error =
                ApiError{ApiError::Kind::Cancelled, 0, {}, QStringLiteral("test timeout"), -1};
        return result;
    }

private slots:
    void init()
    {
        m_nam.clearRequests();
        m_nam.setOverride({});
    }

    void buildsEveryRequestInOnePlace()
    {
        auto api = client(QStringLiteral("https://ov.example.com/utility/"));
        api->setLanguage(QStringLiteral("en"));
        api->setAccessToken(QStringLiteral("ova_abc"));
        ApiCall c =
            ApiCall::get(QStringLiteral("/contracts"), QUrlQuery(QStringLiteral("limit=5")));
        c.ifNoneMatch = "\"tag\"";
        const QNetworkRequest r = api->buildRequest(c);
        QCOMPARE(r.url().toString(),
                 QStringLiteral("https://ov.example.com/utility/api/v1/contracts?limit=5"));
        QCOMPARE(r.rawHeader("Authorization"), QByteArray("Bearer ova_abc"));
        QVERIFY(r.rawHeader("Accept-Language").startsWith("en"));
        QVERIFY(r.rawHeader("User-Agent").startsWith("OficinaVirtual/"));
        QCOMPARE(r.rawHeader("X-Request-Id").size(), 36);
        QCOMPARE(r.rawHeader("If-None-Match"), QByteArray("\"tag\""));
        QVERIFY(r.rawHeader("Accept").contains("application/problem+json"));
        // Public calls carry no token; two requests never share an id.
        c.authenticated = false;
        QVERIFY(api->buildRequest(c).rawHeader("Authorization").isEmpty());
        QVERIFY(api->buildRequest(c).rawHeader("X-Request-Id") != r.rawHeader("X-Request-Id"));
    }

    void problemJsonBecomesATypedError()
    {
        auto api = client();
        m_nam.setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            return new FakeReply(
                op, req, FakeReply::Mode::Answer, 423,
                "{\"type\":\"t\",\"title\":\"Locked\",\"status\":423,\"code\":\"account_locked\","
                "\"retryAfter\":840}",
                {{"Content-Type", "application/problem+json"}, {"Retry-After", "840"}});
        });
        const ApiResult r = call(*api, ApiCall::post(QStringLiteral("/sessions"), "{}", false));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, ApiError::Kind::Http);
        QCOMPARE(r.error->status, 423);
        QCOMPARE(r.error->code(), QStringLiteral("account_locked"));
        QCOMPARE(r.error->retryAfterSeconds, 840);
        QVERIFY(!r.error->isOffline());
    }

    void refreshesOnceOn401AndRetries()
    {
        auto api = client();
        api->setAccessToken(QStringLiteral("ova_old"));
        int refreshes = 0;
        api->setRefresher([&](std::function<void(bool)> done) {
            ++refreshes;
            api->setAccessToken(QStringLiteral("ova_new"));
            done(true);
        });
        m_nam.setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            const bool fresh = req.rawHeader("Authorization") == "Bearer ova_new";
            return new FakeReply(op, req, FakeReply::Mode::Answer, fresh ? 200 : 401,
                                 fresh ? QByteArray("{\"items\":[],\"nextCursor\":null}")
                                       : QByteArray("{\"code\":\"invalid_token\",\"status\":401}"),
                                 {});
        });
        const ApiResult r = call(*api, ApiCall::get(QStringLiteral("/contracts")));
        QVERIFY2(r.ok(), qPrintable(r.error ? r.error->describe() : QString()));
        QCOMPARE(refreshes, 1);
        QCOMPARE(m_nam.requests().size(), 2);

        // A refresh that does not help is not repeated: the 401 reaches the caller.
        m_nam.clearRequests();
        m_nam.setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            return new FakeReply(op, req, FakeReply::Mode::Answer, 401,
                                 "{\"code\":\"invalid_token\",\"status\":401}", {});
        });
        const ApiResult denied = call(*api, ApiCall::get(QStringLiteral("/contracts")));
        QCOMPARE(denied.status, 401);
        QCOMPARE(refreshes, 2);
        QCOMPARE(m_nam.requests().size(), 2);
    }

    void honoursAShortRetryAfter()
    {
        auto api = client();
        int calls = 0;
        m_nam.setOverride([&](auto op, const QNetworkRequest &req, const QByteArray &) {
            ++calls;
            if (calls == 1)
                return new FakeReply(op, req, FakeReply::Mode::Answer, 429,
                                     "{\"code\":\"too_many_requests\",\"status\":429}",
                                     {{"Retry-After", "1"}});
            return new FakeReply(op, req, FakeReply::Mode::Answer, 200, "{}", {});
        });
        QElapsedTimer t;
        t.start();
        const ApiResult r = call(*api, ApiCall::get(QStringLiteral("/config")));
        QVERIFY(r.ok());
        QCOMPARE(calls, 2);
        QVERIFY(t.elapsed() >= 900); // it did wait as asked

        // A long wait is not ours to take: the caller hears about it.
        calls = 0;
        api->setMaxRetryAfterSeconds(0);
        const ApiResult later = call(*api, ApiCall::get(QStringLiteral("/config")));
        QCOMPARE(later.status, 429);
        QCOMPARE(later.error->retryAfterSeconds, 1);
        QCOMPARE(calls, 1);
    }

    void plainHttpOnlyToThisMachine_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("localhost") << "http://localhost:8080" << true;
        QTest::newRow("loopback v6") << "http://[::1]:8080" << true;
        QTest::newRow("https anywhere") << "https://ov.example.com" << true;
        QTest::newRow("http elsewhere") << "http://ov.example.com" << false;
        QTest::newRow("http LAN") << "http://192.168.1.10:8080" << false;
    }
    void plainHttpOnlyToThisMachine()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        auto api = client(url);
        m_nam.setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            return new FakeReply(op, req, FakeReply::Mode::Answer, 200, "{}", {});
        });
        const ApiResult r = call(*api, ApiCall::get(QStringLiteral("/config")));
        QCOMPARE(r.ok(), allowed);
        if (!allowed) {
            QCOMPARE(r.error->kind, ApiError::Kind::InsecureUrl);
            QVERIFY(m_nam.requests().isEmpty()); // nothing left the machine
        }
    }

    void timeoutIsReportedAsSuch()
    {
        auto api = client();
        api->setTimeoutMs(200);
        QSignalSpy reachability(api.get(), &ApiClient::reachabilityChanged);
        m_nam.setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            return new FakeReply(op, req, FakeReply::Mode::Hang, 0, {}, {});
        });
        const ApiResult r = call(*api, ApiCall::get(QStringLiteral("/config")));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, ApiError::Kind::Timeout);
        QVERIFY(r.error->isOffline());
        QCOMPARE(reachability.size(), 1);
        QCOMPARE(reachability.first().first().toBool(), false);
    }

    // A slow but live link: a body that takes longer than the timeout to arrive, in pieces
    // that each come well within it, is an answer (the timeout is one of silence).
    void aSlowButLiveAnswerIsNotATimeout()
    {
        auto api = client();
        api->setTimeoutMs(300);
        const QByteArray body = QByteArray(2000, 'x').prepend("{\"pad\":\"").append("\"}");
        m_nam.setOverride([&](auto op, const QNetworkRequest &req, const QByteArray &) {
            auto *reply = new FakeReply(op, req, FakeReply::Mode::Trickle, 200, body,
                                        {{"Content-Type", "application/json"}});
            reply->trickleIntervalMs = 100; // ten parts: a second in all
            return reply;
        });
        QElapsedTimer took;
        took.start();
        const ApiResult r = call(*api, ApiCall::get(QStringLiteral("/config")));
        QVERIFY2(!r.error, r.error ? qPrintable(r.error->describe()) : "");
        QCOMPARE(r.body, body);
        QVERIFY(took.elapsed() >= 900); // it really took longer than the timeout
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_api_client.moc"
