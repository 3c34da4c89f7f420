// Unit: whatever a broken server or network does to the change feed — garbage JSON, an item of
// the wrong shape, a truncated body, a 500, a proxy's HTML, no answer at all, on the first page
// or in the middle of a run — the sync stops with a clear error, the cache keeps a consistent
// state with the position that matches it, and the next run resumes from there. A position
// the server refuses (410) turns into a full sync that drops what it did not bring.

#include "FakeNetworkAccessManager.h"
#include "FakeReply.h"

#include "api/ApiClient.h"
#include "cache/Cache.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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
    c.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    return c;
}

Invoice invoice(const QString &contractId, const QString &period)
{
    Invoice i;
    i.id = QStringLiteral("inv_") + contractId + period;
    i.contractId = contractId;
    i.number = i.id;
    i.period = period;
    i.periodStart = QDate::fromString(i.period + QStringLiteral("-01"), Qt::ISODate);
    i.periodEnd = i.periodStart.addMonths(1).addDays(-1);
    i.issueDate = QDate(2026, 10, 5);
    i.dueDate = QDate(2026, 10, 23);
    i.amount = Money{1000000, QStringLiteral("COP")};
    i.status = InvoiceStatus::Paid;
    i.paidAt = QDateTime(QDate(2026, 10, 20), QTime(8, 0), QTimeZone::utc());
    i.unit = QStringLiteral("kWh");
    i.updatedAt = i.paidAt;
    return i;
}

template <typename T>
QJsonObject changes(const QList<T> &upserted, const QStringList &removed = {})
{
    QJsonArray items;
    for (const T &item : upserted)
        items.append(item.toJson());
    return {{QStringLiteral("upserted"), items},
            {QStringLiteral("removed"), QJsonArray::fromStringList(removed)}};
}

QByteArray page(const QString &token, bool more, const QJsonObject &changes)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("token"), token},
                                     {QStringLiteral("more"), more},
                                     {QStringLiteral("changes"), changes}})
        .toJson(QJsonDocument::Compact);
}

QString tokenOf(const QNetworkRequest &req)
{
    return QUrlQuery(req.url()).queryItemValue(QStringLiteral("token"));
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

    FakeReply *answer(QNetworkAccessManager::Operation op, const QNetworkRequest &req,
                      const QByteArray &body, int status = 200,
                      QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return new FakeReply(op, req, FakeReply::Mode::Answer, status, body, headers);
    }

    // A healthy server: from nothing, two pages (two contracts, then one invoice each); from
    // "t1", nothing new. With `link`, the first page names the next in a Link header.
    QNetworkReply *healthy(QNetworkAccessManager::Operation op, const QNetworkRequest &req,
                           bool link = false)
    {
        const QString token = tokenOf(req);
        QList<QPair<QByteArray, QByteArray>> next;
        if (link)
            next.append(qMakePair(QByteArray("Link"),
                                  QByteArray("</api/v1/sync?limit=5000&token=p1>; rel=\"next\"")));
        if (token.isEmpty())
            return answer(op, req,
                          page(QStringLiteral("p1"), true,
                               {{QStringLiteral("contracts"),
                                 changes(QList<Contract>{
                                     contract(QStringLiteral("c1"), QStringLiteral("100")),
                                     contract(QStringLiteral("c2"), QStringLiteral("200"))})}}),
                          200, next);
        if (token == QLatin1StringView("p1"))
            return answer(op, req,
                          page(QStringLiteral("t1"), false,
                               {{QStringLiteral("invoices"),
                                 changes(QList<Invoice>{
                                     invoice(QStringLiteral("c1"), QStringLiteral("2026-09")),
                                     invoice(QStringLiteral("c2"), QStringLiteral("2026-09"))})}}));
        return answer(op, req, page(token, false, {}));
    }

    QList<Contract> cachedContracts()
    {
        return m_cache->run([c = m_cache.get()] { return c->contracts(); }).result();
    }
    QList<Invoice> cachedInvoices(const QString &id)
    {
        return m_cache->run([c = m_cache.get(), id] { return c->invoices(id); }).result();
    }
    SyncPosition position()
    {
        return m_cache->run([c = m_cache.get()] { return c->syncPosition(); }).result();
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
            m_dir.filePath(QStringLiteral("%1-%2.sqlite")
                               .arg(QString::fromLatin1(QTest::currentTestFunction()))
                               .arg(qHash(QByteArray(QTest::currentDataTag())))));
        m_sync = std::make_unique<SyncEngine>(m_api.get(), m_cache.get());
        // First a good sync, so there is a state to keep.
        m_nam->setOverride([this](auto op, const QNetworkRequest &req, const QByteArray &) {
            return healthy(op, req);
        });
        QVERIFY(runSync());
        QCOMPARE(cachedContracts().size(), 2);
        QCOMPARE(cachedInvoices(QStringLiteral("c2")).size(), 1);
        QCOMPARE(position().token, QStringLiteral("t1"));
        QVERIFY(!position().more && !position().sweep);
        QCOMPARE(m_sync->lastRun().requests, 2);
    }
    void cleanup()
    {
        m_sync.reset();
        m_cache.reset();
        m_api.reset();
        m_nam.reset();
    }

    void faultsLeaveTheCacheConsistent_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("onSecondPage"); // the first page of the run was good
        QTest::addColumn<int>("kind");
        const std::pair<const char *, int> faults[] = {
            {"garbage", int(ApiError::Kind::InvalidResponse)},
            {"wrong-shape", int(ApiError::Kind::InvalidResponse)},
            {"no-token", int(ApiError::Kind::InvalidResponse)},
            {"truncated", int(ApiError::Kind::InvalidResponse)},
            {"500", int(ApiError::Kind::Http)},
            {"502-html", int(ApiError::Kind::Http)},
            {"refused", int(ApiError::Kind::Network)},
            {"hang", int(ApiError::Kind::Timeout)},
        };
        for (const auto &[fault, kind] : faults) {
            QTest::addRow("%s on the first page", fault) << fault << false << kind;
            QTest::addRow("%s in the middle of a run", fault) << fault << true << kind;
        }
    }
    void faultsLeaveTheCacheConsistent()
    {
        QFETCH(QString, fault);
        QFETCH(bool, onSecondPage);
        QFETCH(int, kind);
        const QList<Contract> before = cachedContracts();
        const QList<Invoice> invoicesBefore = cachedInvoices(QStringLiteral("c2"));

        // The server has news in two pages — a third contract, then a new invoice of c2 — but
        // misbehaves on one of them.
        m_nam->setOverride([&](auto op, const QNetworkRequest &req,
                               const QByteArray &) -> QNetworkReply * {
            const QString token = tokenOf(req);
            const bool broken =
                onSecondPage ? token == QLatin1StringView("p2") : token == QLatin1StringView("t1");
            if (!broken) {
                if (token == QLatin1StringView("t1"))
                    return answer(op, req,
                                  page(QStringLiteral("p2"), true,
                                       {{QStringLiteral("contracts"),
                                         changes(QList<Contract>{contract(
                                             QStringLiteral("c3"), QStringLiteral("300"))})}}));
                return answer(op, req,
                              page(QStringLiteral("t2"), false,
                                   {{QStringLiteral("invoices"),
                                     changes(QList<Invoice>{invoice(
                                         QStringLiteral("c2"), QStringLiteral("2026-10"))})}}));
            }
            if (fault == QLatin1StringView("garbage"))
                return answer(op, req, "{\"token\": \"x\", \"changes\": {");
            if (fault == QLatin1StringView("wrong-shape"))
                return answer(op, req,
                              page(QStringLiteral("t9"), false,
                                   {{QStringLiteral("contracts"),
                                     QJsonObject{{QStringLiteral("upserted"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("id"),
                                                                          QStringLiteral("c9")}}}},
                                                 {QStringLiteral("removed"), QJsonArray()}}}}));
            if (fault == QLatin1StringView("no-token"))
                return answer(op, req, "{\"more\":false,\"changes\":{}}");
            if (fault == QLatin1StringView("truncated"))
                return new FakeReply(op, req, FakeReply::Mode::Truncated, 200,
                                     page(QStringLiteral("t9"), false, {}), {});
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

        QVERIFY(!runSync());
        QVERIFY(m_sync->lastError());
        QCOMPARE(int(m_sync->lastError()->kind), kind);
        if (fault == QLatin1StringView("500"))
            QCOMPARE(m_sync->lastError()->code(), QStringLiteral("internal_error"));
        const bool offline =
            kind == int(ApiError::Kind::Network) || kind == int(ApiError::Kind::Timeout);
        QCOMPARE(m_sync->state(), offline ? SyncEngine::State::Offline : SyncEngine::State::Failed);

        if (!onSecondPage) {
            QCOMPARE(cachedContracts(), before); // nothing of the broken page got in
            QCOMPARE(position().token, QStringLiteral("t1"));
        } else {
            // The first page is in, with the position after it, and nothing of the second.
            QCOMPARE(cachedContracts().size(), 3);
            QCOMPARE(position().token, QStringLiteral("p2"));
            QVERIFY(position().more);
        }
        QCOMPARE(cachedInvoices(QStringLiteral("c2")), invoicesBefore);

        // The server recovers: the next run resumes from the stored position and converges.
        m_nam->clearRequests();
        m_nam->setOverride([&](auto op, const QNetworkRequest &req, const QByteArray &) {
            const QString token = tokenOf(req);
            if (token == QLatin1StringView("t1"))
                return answer(op, req,
                              page(QStringLiteral("p2"), true,
                                   {{QStringLiteral("contracts"),
                                     changes(QList<Contract>{contract(QStringLiteral("c3"),
                                                                      QStringLiteral("300"))})}}));
            return answer(op, req,
                          page(QStringLiteral("t2"), false,
                               {{QStringLiteral("invoices"),
                                 changes(QList<Invoice>{
                                     invoice(QStringLiteral("c2"), QStringLiteral("2026-10"))})}}));
        });
        QVERIFY(runSync());
        QCOMPARE(tokenOf(m_nam->requests().first()),
                 onSecondPage ? QStringLiteral("p2") : QStringLiteral("t1"));
        QCOMPARE(cachedContracts().size(), 3);
        QCOMPARE(cachedInvoices(QStringLiteral("c2")).size(), 2);
        QCOMPARE(position().token, QStringLiteral("t2"));
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

    void nothingNewIsOneRequestAndChangesNothing()
    {
        m_nam->clearRequests();
        QSignalSpy contracts(m_sync.get(), &SyncEngine::contractsChanged);
        QSignalSpy items(m_sync.get(), &SyncEngine::itemsChanged);
        QVERIFY(runSync());
        QCOMPARE(m_nam->requests().size(), 1);
        QCOMPARE(tokenOf(m_nam->requests().first()), QStringLiteral("t1"));
        QCOMPARE(contracts.size(), 0);
        QCOMPARE(items.size(), 0);
    }

    void theNextPageNamedInTheHeadersIsAskedForEarlyAndOnce()
    {
        // A fresh cache and a server that names the next page in a Link header.
        m_sync.reset();
        m_cache = std::make_unique<Cache>(m_dir.filePath(QStringLiteral("linked.sqlite")));
        m_sync = std::make_unique<SyncEngine>(m_api.get(), m_cache.get());
        bool firstDone = false;
        bool askedAhead = false;
        m_nam->clearRequests();
        m_nam->setOverride([&](auto op, const QNetworkRequest &req, const QByteArray &) {
            const QString token = tokenOf(req);
            if (token == QLatin1StringView("p1"))
                askedAhead = !firstDone;
            QNetworkReply *reply = healthy(op, req, true);
            if (token.isEmpty())
                connect(reply, &QNetworkReply::finished, this, [&] { firstDone = true; });
            return reply;
        });
        QVERIFY(runSync());
        QCOMPARE(m_nam->requests().size(), 2);
        QCOMPARE(tokenOf(m_nam->requests().at(1)), QStringLiteral("p1"));
        QVERIFY(askedAhead); // while the first page was still on its way
        QCOMPARE(cachedContracts().size(), 2);
        QCOMPARE(cachedInvoices(QStringLiteral("c1")).size(), 1);
        QCOMPARE(position().token, QStringLiteral("t1"));
    }

    void removalsReachTheCacheAndSayWhere()
    {
        m_nam->setOverride([&](auto op, const QNetworkRequest &req, const QByteArray &) {
            return answer(op, req,
                          page(QStringLiteral("t2"), false,
                               {{QStringLiteral("contracts"),
                                 changes(QList<Contract>{}, {QStringLiteral("c1")})},
                                {QStringLiteral("invoices"),
                                 changes(QList<Invoice>{}, {QStringLiteral("inv_c22026-09")})}}));
        });
        QSignalSpy items(m_sync.get(), &SyncEngine::itemsChanged);
        QVERIFY(runSync());
        QCOMPARE(cachedContracts().size(), 1); // c1 went, with its invoice
        QCOMPARE(cachedInvoices(QStringLiteral("c1")).size(), 0);
        QCOMPARE(cachedInvoices(QStringLiteral("c2")).size(), 0);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().at(0).toString(), QStringLiteral("invoices"));
        QCOMPARE(items.first().at(1).toStringList(), QStringList{QStringLiteral("c2")});
    }

    void aRefusedPositionBecomesAFullSyncThatDropsWhatIsGone()
    {
        // The server forgot this position (pruned, or its database was rebuilt) and now has
        // only c2, with a different invoice.
        m_nam->clearRequests();
        m_nam->setOverride([&](auto op, const QNetworkRequest &req,
                               const QByteArray &) -> QNetworkReply * {
            if (!tokenOf(req).isEmpty())
                return new FakeReply(op, req, FakeReply::Mode::Answer, 410,
                                     "{\"type\":\"x\",\"title\":\"old\",\"status\":410,\"code\":"
                                     "\"sync_token_expired\"}",
                                     {{"Content-Type", "application/problem+json"}});
            return answer(op, req,
                          page(QStringLiteral("n1"), false,
                               {{QStringLiteral("contracts"),
                                 changes(QList<Contract>{
                                     contract(QStringLiteral("c2"), QStringLiteral("200"))})},
                                {QStringLiteral("invoices"),
                                 changes(QList<Invoice>{
                                     invoice(QStringLiteral("c2"), QStringLiteral("2026-10"))})}}));
        });
        QVERIFY(runSync());
        QCOMPARE(m_nam->requests().size(), 2);
        QVERIFY(tokenOf(m_nam->requests().at(1)).isEmpty());
        QVERIFY(m_sync->lastRun().full);
        const QList<Contract> left = cachedContracts();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().id, QStringLiteral("c2"));
        const QList<Invoice> invoices = cachedInvoices(QStringLiteral("c2"));
        QCOMPARE(invoices.size(), 1);
        QCOMPARE(invoices.first().period, QStringLiteral("2026-10"));
        QCOMPARE(position().token, QStringLiteral("n1"));
        QVERIFY(!position().sweep);
    }

    void aServerThatRefusesEveryPositionDoesNotLoop()
    {
        m_nam->clearRequests();
        m_nam->setOverride([](auto op, const QNetworkRequest &req, const QByteArray &) {
            return new FakeReply(op, req, FakeReply::Mode::Answer, 410,
                                 "{\"type\":\"x\",\"title\":\"no\",\"status\":410,\"code\":"
                                 "\"sync_token_invalid\"}",
                                 {{"Content-Type", "application/problem+json"}});
        });
        QVERIFY(!runSync());
        QCOMPARE(m_nam->requests().size(), 2); // the position, then once from nothing
        QCOMPARE(m_sync->lastError()->code(), QStringLiteral("sync_token_invalid"));
        QCOMPARE(cachedContracts().size(), 2); // nothing dropped
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
