// Unit: the outbox — a change is on disk before it is sent, goes out one at a time and oldest
// first with the same Idempotency-Key on every attempt, is tried again after offline or a 5xx
// with a growing, jittered delay, is kept after a restart and sent then, and is confirmed once;
// a refusal (4xx) is kept with its problem until dismissed and never sent again.

#include "FakeNetworkAccessManager.h"
#include "FakeReply.h"

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "outbox/Outbox.h"

#include <QSignalSpy>

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <memory>

using namespace ov;
using test::FakeNetworkAccessManager;
using test::FakeReply;

namespace {
struct Answer
{
    FakeReply::Mode mode = FakeReply::Mode::Answer;
    int status = 201;
    QByteArray body = "{\"id\":\"rd_1\"}";
};
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeNetworkAccessManager m_nam;
    QList<Answer> m_script; // answers in order; the last one repeats
    QList<QNetworkRequest> m_sent;
    QList<QByteArray> m_bodies;
    int m_maxInFlight = 0;
    int m_inFlight = 0;

    std::unique_ptr<ApiClient> client()
    {
        auto c = std::make_unique<ApiClient>(&m_nam);
        UtilityProfile p;
        p.id = QStringLiteral("t");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        c->setProfile(p);
        c->setAccessToken(QStringLiteral("ova_test"));
        return c;
    }
    QString cachePath() const { return m_dir.filePath(QStringLiteral("cache.sqlite")); }
    static OutboxEntry reading(const QString &contract, double value)
    {
        OutboxEntry e;
        e.action = QStringLiteral("reading.submit");
        e.scope = contract;
        e.path = QStringLiteral("/contracts/%1/readings").arg(contract);
        e.body = QByteArray("{\"value\":") + QByteArray::number(value) + '}';
        return e;
    }
    static bool enqueue(Outbox &outbox, OutboxEntry e)
    {
        bool done = false;
        bool saved = false;
        outbox.enqueue(std::move(e), [&](bool ok) {
            saved = ok;
            done = true;
        });
        return QTest::qWaitFor([&] { return done; }, 5000) && saved;
    }
    // Waits until what was queued on the cache's thread has run. (Not waitForFinished(): a
    // QFuture waited on runs its task in the waiting thread if it has not started, ahead of
    // the queue.)
    static void drain(Cache &cache)
    {
        auto done = std::make_shared<std::atomic_bool>(false);
        cache.run([done] { *done = true; });
        QVERIFY(QTest::qWaitFor([&] { return done->load(); }, 5000));
    }
    int savedEntries()
    {
        Cache cache(cachePath());
        return int(cache.outbox().size());
    }

private slots:
    void init()
    {
        QFile::remove(cachePath());
        m_script.clear();
        m_sent.clear();
        m_bodies.clear();
        m_maxInFlight = 0;
        m_inFlight = 0;
        m_nam.setOverride([this](QNetworkAccessManager::Operation op, const QNetworkRequest &r,
                                 const QByteArray &body) -> QNetworkReply * {
            m_sent << r;
            m_bodies << body;
            const Answer a = m_script.size() > 1 ? m_script.takeFirst() : m_script.value(0);
            m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
            auto *reply =
                new FakeReply(op, r, a.mode, a.status, a.body,
                              {{"Content-Type", a.status >= 400 ? "application/problem+json"
                                                                : "application/json"}});
            connect(reply, &QNetworkReply::finished, this, [this] { --m_inFlight; });
            return reply;
        });
    }

    void theDelayGrowsIsCappedAndJittered()
    {
        QCOMPARE(Outbox::backoffMs(0, 1.0, 1000, 60000), 0);
        QCOMPARE(Outbox::backoffMs(1, 1.0, 1000, 60000), 1000);
        QCOMPARE(Outbox::backoffMs(2, 1.0, 1000, 60000), 2000);
        QCOMPARE(Outbox::backoffMs(4, 1.0, 1000, 60000), 8000);
        QCOMPARE(Outbox::backoffMs(7, 1.0, 1000, 60000), 60000); // 64 s, capped
        QCOMPARE(Outbox::backoffMs(500, 1.0, 1000, 60000), 60000);
        QCOMPARE(Outbox::backoffMs(4, 0.5, 1000, 60000), 4000);
        QCOMPARE(Outbox::backoffMs(4, 0.75, 1000, 60000), 6000);
        QCOMPARE(Outbox::backoffMs(4, 0.0, 1000, 60000), 4000); // the jitter stays in [0.5, 1]
        QCOMPARE(Outbox::backoffMs(4, 9.0, 1000, 60000), 8000);
    }

    void retriesWithTheSameKeyAndIsConfirmedOnce()
    {
        m_script = {{FakeReply::Mode::NetworkError, 0, {}},
                    {FakeReply::Mode::Answer, 503, "{\"code\":\"unavailable\",\"status\":503}"},
                    {FakeReply::Mode::Answer, 201, "{\"id\":\"rd_1\"}"}};
        auto api = client();
        Cache cache(cachePath());
        Outbox outbox(api.get());
        outbox.setBackoff(20, 200);
        outbox.setCache(&cache);
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        QVERIFY(enqueue(outbox, reading(QStringLiteral("ct_1"), 120)));
        QVERIFY(QTest::qWaitFor([&] { return delivered.size() == 1; }, 5000));
        QCOMPARE(m_sent.size(), 3);
        const QByteArray key = m_sent.first().rawHeader("Idempotency-Key");
        QCOMPARE(key.size(), 36);
        for (const QNetworkRequest &r : std::as_const(m_sent)) {
            QCOMPARE(r.rawHeader("Idempotency-Key"), key);
            QCOMPARE(r.url().path(), QStringLiteral("/api/v1/contracts/ct_1/readings"));
        }
        QCOMPARE(m_bodies.last(), QByteArray("{\"value\":120}"));
        const auto done = delivered.first().at(0).value<OutboxEntry>();
        QCOMPARE(done.attempts, 2); // the two that failed
        QCOMPARE(delivered.first().at(1).toByteArray(), QByteArray("{\"id\":\"rd_1\"}"));
        QVERIFY(outbox.entries().isEmpty());
        // Nothing more goes out, now or later.
        QTest::qWait(300);
        QCOMPARE(m_sent.size(), 3);
        drain(cache);
        QCOMPARE(savedEntries(), 0);
    }

    void changesGoOneAtATimeOldestFirst()
    {
        m_script = {{FakeReply::Mode::Answer, 201, "{}"}};
        auto api = client();
        Cache cache(cachePath());
        Outbox outbox(api.get());
        outbox.setCache(&cache);
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        for (int i = 1; i <= 4; ++i)
            outbox.enqueue(reading(QStringLiteral("ct_%1").arg(i), i));
        QVERIFY(QTest::qWaitFor([&] { return delivered.size() == 4; }, 5000));
        QCOMPARE(m_maxInFlight, 1);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(m_sent.at(i).url().path(),
                     QStringLiteral("/api/v1/contracts/ct_%1/readings").arg(i + 1));
        QSet<QByteArray> keys;
        for (const QNetworkRequest &r : std::as_const(m_sent))
            keys.insert(r.rawHeader("Idempotency-Key"));
        QCOMPARE(keys.size(), 4);
    }

    void aRefusalIsKeptUntilDismissedAndNotSentAgain()
    {
        m_script = {{FakeReply::Mode::Answer, 409,
                     "{\"status\":409,\"code\":\"reading_rejected\",\"errors\":[{\"field\":"
                     "\"value\",\"code\":\"below_last_reading\"}]}"}};
        auto api = client();
        Cache cache(cachePath());
        Outbox outbox(api.get());
        outbox.setBackoff(10, 50);
        outbox.setCache(&cache);
        QSignalSpy rejected(&outbox, &Outbox::rejected);
        QVERIFY(enqueue(outbox, reading(QStringLiteral("ct_1"), 5)));
        QVERIFY(QTest::qWaitFor([&] { return rejected.size() == 1; }, 5000));
        QTest::qWait(200);
        QCOMPARE(m_sent.size(), 1);
        QCOMPARE(outbox.entries().size(), 1);
        const OutboxEntry e = outbox.entries().first();
        QCOMPARE(e.state, OutboxEntry::State::Rejected);
        QCOMPARE(e.lastError, QStringLiteral("reading_rejected"));
        const auto problem = Problem::fromJson(e.problem);
        QVERIFY(problem);
        QCOMPARE(problem->errors.value(0).code, QStringLiteral("below_last_reading"));
        outbox.retryNow(); // coming back online does not send a refused change
        QTest::qWait(100);
        QCOMPARE(m_sent.size(), 1);
        outbox.dismiss(e.id);
        QVERIFY(outbox.entries().isEmpty());
        drain(cache);
        QCOMPARE(savedEntries(), 0);
    }

    void aChangeMadeOfflineIsSentAfterARestart()
    {
        m_script = {{FakeReply::Mode::NetworkError, 0, {}}};
        QByteArray key;
        {
            auto api = client();
            Cache cache(cachePath());
            Outbox outbox(api.get());
            outbox.setBackoff(60000, 60000); // it will not try again in this "session"
            outbox.setCache(&cache);
            QVERIFY(enqueue(outbox, reading(QStringLiteral("ct_9"), 77)));
            QVERIFY(QTest::qWaitFor([&] { return m_sent.size() == 1; }, 5000));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return !outbox.entries().isEmpty() && outbox.entries().first().attempts == 1;
                },
                5000));
            key = m_sent.first().rawHeader("Idempotency-Key");
            drain(cache); // the attempt is on disk
        }                 // the app closes
        QCOMPARE(savedEntries(), 1);

        m_script = {{FakeReply::Mode::Answer, 201, "{}"}};
        auto api = client();
        Cache cache(cachePath());
        Outbox outbox(api.get());
        outbox.setBackoff(10, 50);
        QSignalSpy delivered(&outbox, &Outbox::delivered);
        outbox.setCache(&cache);
        QVERIFY(QTest::qWaitFor([&] { return outbox.isLoaded(); }, 5000));
        // Loaded with its attempt and next time: the backoff still holds, the server's return
        // (any answer) sends it at once.
        QCOMPARE(outbox.entries().size(), 1);
        QCOMPARE(outbox.entries().first().attempts, 1);
        outbox.retryNow();
        QVERIFY(QTest::qWaitFor([&] { return delivered.size() == 1; }, 5000));
        QCOMPARE(m_sent.size(), 2);
        QCOMPARE(m_sent.last().rawHeader("Idempotency-Key"), key);
        QCOMPARE(m_bodies.last(), QByteArray("{\"value\":77}"));
        drain(cache);
        QCOMPARE(savedEntries(), 0);
    }

    void nothingIsSentWithoutACache()
    {
        auto api = client();
        Outbox outbox(api.get());
        bool saved = true;
        outbox.enqueue(reading(QStringLiteral("ct_1"), 1), [&](bool ok) { saved = ok; });
        QVERIFY(!saved);
        QVERIFY(m_sent.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
