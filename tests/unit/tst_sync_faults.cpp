// Unit: whatever a broken server or network does — garbage JSON, a truncated body, a 500, no
// answer at all — the sync stops with a clear error and the cache keeps its last good state.

#include "FakeNetworkAccessManager.h"
#include "FakeReply.h"

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "domain/Page.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;
using test::FakeNetworkAccessManager;
using test::FakeReply;

namespace {

Contract contract(const QString &id, const QString &number)
{
    Contract c;
    c.id = id;
    c.number = number;
    c.alias = QStringLiteral("Casa");
    c.kind = QStringLiteral("residential");
    c.status = QStringLiteral("active");
    c.paymentStatus = InvoiceStatus::Paid;
    c.balanceDue = Money{0, QStringLiteral("COP")};
    c.updatedAt = QDateTime::currentDateTimeUtc();
    return c;
}

Invoice invoice(const QString &contractId, const QString &period)
{
    Invoice i;
    i.id = QStringLiteral("inv_") + contractId + period;
    i.contractId = contractId;
    i.number = i.id;
    i.period = period;
    i.issueDate = QDate(2026, 10, 5);
    i.dueDate = QDate(2026, 10, 23);
    i.amount = Money{1000000, QStringLiteral("COP")};
    i.status = InvoiceStatus::Paid;
    i.paidAt = QDateTime::currentDateTimeUtc();
    i.unit = QStringLiteral("kWh");
    i.updatedAt = QDateTime::currentDateTimeUtc();
    return i;
}

template <typename T>
QByteArray pageBody(const QList<T> &items)
{
    Page<T> p;
    p.items = items;
    return QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FakeNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Cache> m_cache;
    std::unique_ptr<SyncEngine> m_sync;

    // A healthy server: two contracts, one invoice each, no readings.
    QNetworkReply *healthy(QNetworkAccessManager::Operation op, const QNetworkRequest &req)
    {
        const QString path = req.url().path();
        QByteArray body;
        if (path.endsWith(QLatin1StringView("/contracts")))
            body = pageBody(QList<Contract>{contract(QStringLiteral("c1"), QStringLiteral("100")),
                                            contract(QStringLiteral("c2"), QStringLiteral("200"))});
        else if (path.endsWith(QLatin1StringView("/invoices")))
            body = pageBody(QList<Invoice>{
                invoice(path.section(QLatin1Char('/'), -2, -2), QStringLiteral("2026-09"))});
        else
            body = pageBody(QList<Reading>{});
        return new FakeReply(op, req, FakeReply::Mode::Answer, 200, body,
                             {{"Content-Type", "application/json"}, {"ETag", "\"v1\""}});
    }

    QList<Contract> cachedContracts()
    {
        return m_cache->run([c = m_cache.get()] { return c->contracts(); }).result();
    }
    QList<Invoice> cachedInvoices(const QString &id)
    {
        return m_cache->run([c = m_cache.get(), id] { return c->invoices(id); }).result();
    }
    bool runSync()
    {
        QSignalSpy finished(m_sync.get(), &SyncEngine::finished);
        m_sync->syncNow();
        if (!finished.wait(10000))
            return false;
        return finished.first().first().toBool();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_nam = std::make_unique<FakeNetworkAccessManager>();
        m_api = std::make_unique<ApiClient>(m_nam.get());
        UtilityProfile p;
        p.id = QStringLiteral("fake");
        p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_api->setProfile(p);
        m_api->setAccessToken(QStringLiteral("ova_test"));
        m_cache = std::make_unique<Cache>(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())));
        m_sync = std::make_unique<SyncEngine>(m_api.get(), m_cache.get());
        // First a good sync, so there is a state to keep.
        m_nam->setOverride([this](auto op, const QNetworkRequest &req, const QByteArray &) {
            return healthy(op, req);
        });
        QVERIFY(runSync());
        QCOMPARE(cachedContracts().size(), 2);
        QCOMPARE(cachedInvoices(QStringLiteral("c2")).size(), 1);
    }
    void cleanup()
    {
        m_sync.reset();
        m_cache.reset();
        m_api.reset();
        m_nam.reset();
    }

    void faultsLeaveTheCacheAlone_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("where"); // which request breaks
        QTest::addColumn<int>("kind");
        QTest::newRow("garbage JSON in the contract list")
            << "garbage"
            << "/contracts" << int(ApiError::Kind::InvalidResponse);
        QTest::newRow("an item of the wrong shape")
            << "wrong-shape"
            << "/contracts" << int(ApiError::Kind::InvalidResponse);
        QTest::newRow("truncated invoices") << "truncated"
                                            << "/invoices" << int(ApiError::Kind::InvalidResponse);
        QTest::newRow("500 on invoices") << "500"
                                         << "/invoices" << int(ApiError::Kind::Http);
        QTest::newRow("HTML 502 from a proxy") << "502-html"
                                               << "/contracts" << int(ApiError::Kind::Http);
        QTest::newRow("connection refused") << "refused"
                                            << "/contracts" << int(ApiError::Kind::Network);
        QTest::newRow("server hangs") << "hang"
                                      << "/invoices" << int(ApiError::Kind::Timeout);
    }
    void faultsLeaveTheCacheAlone()
    {
        QFETCH(QString, fault);
        QFETCH(QString, where);
        QFETCH(int, kind);
        const QList<Contract> before = cachedContracts();
        const QList<Invoice> invoicesBefore = cachedInvoices(QStringLiteral("c2"));

        // The server changed (new contract list, new ETags) but now misbehaves at one point.
        m_nam->setOverride([&](auto op, const QNetworkRequest &req,
                               const QByteArray &) -> QNetworkReply * {
            const QString path = req.url().path();
            if (!path.endsWith(where) || (where == QLatin1StringView("/invoices") &&
                                          !path.contains(QLatin1StringView("c2")))) {
                QList<Contract> changed{contract(QStringLiteral("c1"), QStringLiteral("100")),
                                        contract(QStringLiteral("c2"), QStringLiteral("200")),
                                        contract(QStringLiteral("c3"), QStringLiteral("300"))};
                QByteArray body =
                    path.endsWith(QLatin1StringView("/contracts")) ? pageBody(changed)
                    : path.endsWith(QLatin1StringView("/invoices"))
                        ? pageBody(QList<Invoice>{invoice(path.section(QLatin1Char('/'), -2, -2),
                                                          QStringLiteral("2026-10"))})
                        : pageBody(QList<Reading>{});
                return new FakeReply(op, req, FakeReply::Mode::Answer, 200, body,
                                     {{"ETag", "\"v2\""}});
            }
            if (fault == QLatin1StringView("garbage"))
                return new FakeReply(op, req, FakeReply::Mode::Answer, 200,
                                     "{\"items\": [ {\"id\": ", {});
            if (fault == QLatin1StringView("wrong-shape"))
                return new FakeReply(op, req, FakeReply::Mode::Answer, 200,
                                     "{\"items\":[{\"id\":\"c9\"}],\"nextCursor\":null}", {});
            if (fault == QLatin1StringView("truncated"))
                return new FakeReply(op, req, FakeReply::Mode::Truncated, 200, "{\"items\":[", {});
            if (fault == QLatin1StringView("500"))
                return new FakeReply(op, req, FakeReply::Mode::Answer, 500,
                                     "{\"type\":\"x\",\"title\":\"boom\",\"status\":500,\"code\":"
                                     "\"internal_error\"}",
                                     {{"Content-Type", "application/problem+json"}});
            if (fault == QLatin1StringView("502-html"))
                return new FakeReply(op, req, FakeReply::Mode::Answer, 502,
                                     "<html>Bad Gateway</html>", {});
            if (fault == QLatin1StringView("refused"))
                return new FakeReply(op, req, FakeReply::Mode::NetworkError, 0, {}, {});
            return new FakeReply(op, req, FakeReply::Mode::Hang, 0, {}, {});
        });
        m_api->setTimeoutMs(500); // every request carries a timeout; keep the hang short

        QSignalSpy states(m_sync.get(), &SyncEngine::stateChanged);
        QVERIFY(!runSync());
        QVERIFY(m_sync->lastError());
        QCOMPARE(int(m_sync->lastError()->kind), kind);
        if (fault == QLatin1StringView("500"))
            QCOMPARE(m_sync->lastError()->code(), QStringLiteral("internal_error"));
        const bool offline =
            kind == int(ApiError::Kind::Network) || kind == int(ApiError::Kind::Timeout);
        QCOMPARE(m_sync->state(), offline ? SyncEngine::State::Offline : SyncEngine::State::Failed);

        if (where == QLatin1StringView("/contracts")) {
            QCOMPARE(cachedContracts(), before); // nothing of the broken list got in
        } else {
            QCOMPARE(cachedContracts().size(), 3); // the contract list was good and is kept
        }
        QCOMPARE(cachedInvoices(QStringLiteral("c2")), invoicesBefore);
    }

    void offlineRetriesByItselfUntilTheServerIsBack()
    {
        m_nam->setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            return new FakeReply(op, req, FakeReply::Mode::NetworkError, 0, {}, {});
        });
        QVERIFY(!runSync());
        QCOMPARE(m_sync->state(), SyncEngine::State::Offline);
        QCOMPARE(m_sync->retryDelaySeconds(), 10);
        QVERIFY(!runSync());
        QCOMPARE(m_sync->retryDelaySeconds(), 20); // backs off
        m_nam->setOverride([this](auto op, const QNetworkRequest &req, const QByteArray &) {
            return healthy(op, req);
        });
        QVERIFY(runSync());
        QCOMPARE(m_sync->state(), SyncEngine::State::Idle);
        QCOMPARE(m_sync->retryDelaySeconds(), 0);
    }

    void secondSyncSendsIfNoneMatch()
    {
        m_nam->clearRequests();
        m_nam->setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            return new FakeReply(op, req, FakeReply::Mode::Answer, 304, {}, {{"ETag", "\"v1\""}});
        });
        QSignalSpy changed(m_sync.get(), &SyncEngine::contractsChanged);
        QVERIFY(runSync());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_nam->requests().size(), 5); // the list + 2 × (invoices, readings)
        for (const QNetworkRequest &r : m_nam->requests())
            QCOMPARE(r.rawHeader("If-None-Match"), QByteArray("\"v1\""));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
