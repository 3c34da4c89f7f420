// Server: GET /sync, the account-wide change feed — full and incremental runs in pages, one
// request when nothing changed, deletions, unlinks and links, date-derived changes, foreign and
// expired positions, and writers that commit out of order never skipped.

#include "ServerFixture.h"

#include "data/ContractRepository.h"
#include "data/InvoiceRepository.h"
#include "data/ReadingRepository.h"
#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/Page.h"
#include "sync/SyncRetention.h"
#include "sync/SyncWrite.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

#include <atomic>
#include <thread>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {

// Everything a run of the feed brought, by resource.
struct Run
{
    int requests = 0;
    int status = 200;
    QString code;
    QString token;
    QHash<QString, QHash<QString, QJsonObject>> upserted; // resource → id → item
    QHash<QString, QSet<QString>> removed;
    int entries = 0;

    QSet<QString> ids(const QString &resource) const
    {
        const auto items = upserted.value(resource);
        return QSet<QString>(items.keyBegin(), items.keyEnd());
    }
};

QString syncPath(const QString &token, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("token"), token);
    return QStringLiteral("/api/v1/sync?") + q.toString(QUrl::FullyEncoded);
}

Run runFeed(ServerFixture &f, const QString &access, const QString &from = {}, int limit = 2000)
{
    Run run;
    QString token = from;
    for (;;) {
        const Reply r = f.get(syncPath(token, limit), access);
        ++run.requests;
        run.status = r.status;
        if (r.status != 200) {
            run.code = r.code();
            return run;
        }
        const QJsonObject o = r.json();
        const QJsonObject changes = o.value(QLatin1StringView("changes")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            for (const QJsonValue &v : c.value(QLatin1StringView("upserted")).toArray()) {
                run.upserted[it.key()].insert(v[QLatin1StringView("id")].toString(), v.toObject());
                ++run.entries;
            }
            for (const QJsonValue &v : c.value(QLatin1StringView("removed")).toArray()) {
                run.removed[it.key()].insert(v.toString());
                ++run.entries;
            }
        }
        token = o.value(QLatin1StringView("token")).toString();
        if (!o.value(QLatin1StringView("more")).toBool())
            break;
        if (run.requests > 1000)
            break; // a feed that never ends is a failure, not a hang
    }
    run.token = token;
    return run;
}

QSet<QString> listIds(ServerFixture &f, const QString &access, const QString &path)
{
    QSet<QString> ids;
    for (const QJsonObject &item : f.collection(path, access))
        ids.insert(item.value(QLatin1StringView("id")).toString());
    return ids;
}

} // namespace

class TestServerSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_demo;
    QString m_business;

    server::Database &db() { return m_f->db().database(); }

    Invoice anInvoice(const QString &id, const QString &contractId)
    {
        Invoice i;
        i.id = id;
        i.contractId = contractId;
        i.number = QStringLiteral("T-") + id;
        i.period = QStringLiteral("2026-12");
        i.issueDate = QDate(2026, 12, 5);
        i.dueDate = QDate(2026, 12, 23);
        i.amount = Money{123400, QStringLiteral("COP")};
        i.consumption = 140;
        i.unit = QStringLiteral("kWh");
        i.updatedAt = m_f->clock().now();
        return i;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        m_demo = m_f->accessToken();
        m_business = m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        QVERIFY(!m_demo.isEmpty() && !m_business.isEmpty());
    }
    void cleanup() { m_f.reset(); }

    void fullSyncBringsExactlyTheListsInFewPages()
    {
        const Run run = runFeed(*m_f, m_business, {}, 1000);
        QCOMPARE(run.status, 200);
        const QSet<QString> contracts =
            listIds(*m_f, m_business, QStringLiteral("/api/v1/contracts"));
        QCOMPARE(contracts.size(), 40);
        QCOMPARE(run.ids(QStringLiteral("contracts")), contracts);
        QSet<QString> invoices, readings;
        for (const QString &c : contracts) {
            invoices +=
                listIds(*m_f, m_business, QStringLiteral("/api/v1/contracts/%1/invoices").arg(c));
            readings +=
                listIds(*m_f, m_business, QStringLiteral("/api/v1/contracts/%1/readings").arg(c));
        }
        QCOMPARE(run.ids(QStringLiteral("invoices")), invoices);
        QCOMPARE(run.ids(QStringLiteral("readings")), readings);
        // 40 + 2 × 40 × 36 entries, 1000 a page, none twice.
        QCOMPARE(run.entries, 40 + 2 * 40 * 36);
        QCOMPARE(run.requests, 3);
        // The items are what the collection routes serve, field for field.
        const auto listed = Page<Contract>::fromJson(
            m_f->get(QStringLiteral("/api/v1/contracts?limit=100"), m_business).json());
        QVERIFY(listed);
        for (const Contract &c : listed->items)
            QCOMPARE(Contract::fromJson(run.upserted[QStringLiteral("contracts")].value(c.id)), c);
    }

    void nothingChangedIsOneRequestWithAnEmptyPage()
    {
        const Run first = runFeed(*m_f, m_business);
        const Run again = runFeed(*m_f, m_business, first.token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.requests, 1);
        QCOMPARE(again.entries, 0);
        // Another user's writes do not make this user's feed bring anything.
        server::SyncWrite write(db());
        const QString demoContract =
            *runFeed(*m_f, m_demo).ids(QStringLiteral("contracts")).begin();
        QVERIFY(server::InvoiceRepository::save(write,
                                                anInvoice(QStringLiteral("inv_x1"), demoContract)));
        QVERIFY(write.commit());
        const Run after = runFeed(*m_f, m_business, again.token);
        QCOMPARE(after.requests, 1);
        QCOMPARE(after.entries, 0);
    }

    void oneChangedInvoiceBringsItAndItsContractOnly()
    {
        const Run first = runFeed(*m_f, m_demo);
        QString unpaid;
        for (const QJsonObject &i : first.upserted.value(QStringLiteral("invoices")))
            if (i.value(QLatin1StringView("status")).toString() != QLatin1StringView("paid"))
                unpaid = i.value(QLatin1StringView("id")).toString();
        QVERIFY(!unpaid.isEmpty());
        server::SyncWrite write(db());
        QVERIFY(server::InvoiceRepository::markPaid(write, unpaid, m_f->clock().now()));
        QVERIFY(write.commit());

        const Run next = runFeed(*m_f, m_demo, first.token);
        QCOMPARE(next.requests, 1);
        QCOMPARE(next.ids(QStringLiteral("invoices")), QSet<QString>{unpaid});
        QCOMPARE(next.upserted[QStringLiteral("invoices")][unpaid][QLatin1StringView("status")]
                     .toString(),
                 QStringLiteral("paid"));
        // The contract's balance is derived from its invoices, so it comes too; nothing else.
        const QString contract =
            first.upserted[QStringLiteral("invoices")][unpaid][QLatin1StringView("contractId")]
                .toString();
        QCOMPARE(next.ids(QStringLiteral("contracts")), QSet<QString>{contract});
        QCOMPARE(next.entries, 2);
    }

    void deletionsAndUnlinksReachTheFeed()
    {
        const Run first = runFeed(*m_f, m_demo);
        const QStringList contracts = first.ids(QStringLiteral("contracts")).values();
        QCOMPARE(contracts.size(), 3);
        const QString reading = *first.ids(QStringLiteral("readings")).begin();
        const QString invoice = *first.ids(QStringLiteral("invoices")).begin();
        const QString invoiceContract =
            first.upserted[QStringLiteral("invoices")][invoice][QLatin1StringView("contractId")]
                .toString();
        QString gone; // a contract other than the invoice's
        for (const QString &c : contracts)
            if (c != invoiceContract)
                gone = c;
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM users WHERE username = 'demo'")) && q.next());
        const QString demoUser = q.value(0).toString();
        {
            server::SyncWrite write(db());
            QVERIFY(server::ReadingRepository::remove(write, reading, m_f->clock().now()));
            QVERIFY(server::InvoiceRepository::remove(write, invoice, m_f->clock().now()));
            QVERIFY(server::ContractRepository::unlink(write, demoUser, gone, m_f->clock().now()));
            QVERIFY(write.commit());
        }
        const Run next = runFeed(*m_f, m_demo, first.token);
        QCOMPARE(next.status, 200);
        QVERIFY(next.removed.value(QStringLiteral("readings")).contains(reading) ||
                first.upserted[QStringLiteral("readings")][reading][QLatin1StringView("contractId")]
                        .toString() == gone); // under the unlinked contract: goes with it
        QVERIFY(next.removed.value(QStringLiteral("invoices")).contains(invoice));
        QCOMPARE(next.removed.value(QStringLiteral("contracts")), QSet<QString>{gone});
        QVERIFY(next.ids(QStringLiteral("contracts")).contains(invoiceContract)); // its balance

        // Linked again: the contract and all it has arrive whole.
        {
            server::SyncWrite write(db());
            QVERIFY(server::ContractRepository::link(write, demoUser, gone, m_f->clock().now()));
            QVERIFY(write.commit());
        }
        const Run relinked = runFeed(*m_f, m_demo, next.token);
        QCOMPARE(relinked.ids(QStringLiteral("contracts")), QSet<QString>{gone});
        QCOMPARE(relinked.ids(QStringLiteral("invoices")),
                 listIds(*m_f, m_demo, QStringLiteral("/api/v1/contracts/%1/invoices").arg(gone)));
        QCOMPARE(relinked.ids(QStringLiteral("readings")),
                 listIds(*m_f, m_demo, QStringLiteral("/api/v1/contracts/%1/readings").arg(gone)));
    }

    void theDayCrossingADueDateBringsTheOverdueInvoice()
    {
        const Run first = runFeed(*m_f, m_demo);
        // The first pending invoice to fall due.
        QString soonest;
        QDate due;
        for (const QJsonObject &i : first.upserted.value(QStringLiteral("invoices"))) {
            if (i.value(QLatin1StringView("status")).toString() != QLatin1StringView("pending"))
                continue;
            const QDate d =
                QDate::fromString(i.value(QLatin1StringView("dueDate")).toString(), Qt::ISODate);
            if (!due.isValid() || d < due) {
                due = d;
                soonest = i.value(QLatin1StringView("id")).toString();
            }
        }
        QVERIFY(!soonest.isEmpty());
        // Still the same day: nothing. The day after the due date: that invoice, now overdue.
        QCOMPARE(runFeed(*m_f, m_demo, first.token).entries, 0);
        m_f->clock().set(QDateTime(due.addDays(1), QTime(15, 0), QTimeZone::utc()));
        m_demo = m_f->accessToken(); // the old access token has long expired
        const Run next = runFeed(*m_f, m_demo, first.token);
        QVERIFY(next.ids(QStringLiteral("invoices")).contains(soonest));
        QCOMPARE(next.upserted[QStringLiteral("invoices")][soonest][QLatin1StringView("status")]
                     .toString(),
                 QStringLiteral("overdue"));
        for (const QJsonObject &i : next.upserted.value(QStringLiteral("invoices")))
            QCOMPARE(i.value(QLatin1StringView("status")).toString(), QStringLiteral("overdue"));
        QVERIFY(next.ids(QStringLiteral("contracts"))
                    .contains(first
                                  .upserted[QStringLiteral("invoices")][soonest]
                                           [QLatin1StringView("contractId")]
                                  .toString()));
    }

    void foreignForgedAndExpiredPositionsAreRefused()
    {
        const Run demo = runFeed(*m_f, m_demo);
        // Another user's position is unknown to this one, exactly like a made-up one.
        const Run foreign = runFeed(*m_f, m_business, demo.token);
        QCOMPARE(foreign.status, 410);
        QCOMPARE(foreign.code, QStringLiteral("sync_token_invalid"));
        QString edited = demo.token;
        edited[10] = edited[10] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QCOMPARE(runFeed(*m_f, m_demo, edited).code, QStringLiteral("sync_token_invalid"));
        QCOMPARE(runFeed(*m_f, m_demo, QStringLiteral("garbage")).code,
                 QStringLiteral("sync_token_invalid"));
        const Reply empty = m_f->get(QStringLiteral("/api/v1/sync?token="), m_demo);
        QCOMPARE(empty.status, 410);
        QVERIFY(empty.isProblem());

        // A deletion this position has not seen is pruned: the position can no longer be
        // answered incrementally.
        const QString reading = *demo.ids(QStringLiteral("readings")).begin();
        {
            server::SyncWrite write(db());
            QVERIFY(server::ReadingRepository::remove(write, reading, m_f->clock().now()));
            QVERIFY(write.commit());
        }
        m_f->clock().advanceSeconds(91 * 86400);
        m_demo = m_f->accessToken();
        const auto pruned = server::SyncRetention::prune(db(), m_f->clock().now().addDays(-90));
        QVERIFY(pruned);
        QCOMPARE(pruned->tombstones, 1);
        const Run old = runFeed(*m_f, m_demo, demo.token);
        QCOMPARE(old.status, 410);
        QCOMPARE(old.code, QStringLiteral("sync_token_expired"));
        // A full sync from nothing always works, and gives a position that does.
        const Run fresh = runFeed(*m_f, m_demo);
        QCOMPARE(fresh.status, 200);
        QVERIFY(!fresh.ids(QStringLiteral("readings")).contains(reading));
        QCOMPARE(runFeed(*m_f, m_demo, fresh.token).status, 200);
    }

    void pagesCanBeAskedForAgainAndLimitsAreChecked()
    {
        const Reply first = m_f->get(syncPath({}, 50), m_demo);
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().value(QLatin1StringView("more")).toBool());
        const QString token = first.json().value(QLatin1StringView("token")).toString();
        // A page lost on the way (or asked for by another instance) is the same page again.
        const Reply a = m_f->get(syncPath(token, 50), m_demo);
        const Reply b = m_f->get(syncPath(token, 50), m_demo);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json().value(QLatin1StringView("changes")),
                 b.json().value(QLatin1StringView("changes")));
        QCOMPARE(a.header("Cache-Control"), QStringLiteral("no-store"));
        for (const QString &limit :
             {QStringLiteral("0"), QStringLiteral("10001"), QStringLiteral("x")}) {
            const Reply r = m_f->get(QStringLiteral("/api/v1/sync?limit=") + limit, m_demo);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.fieldCode(QStringLiteral("limit")), QStringLiteral("out_of_range"));
        }
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/sync")).status, 401);
        // gzip when asked for (and httplib's client undoes it).
        const Reply zipped = m_f->get(syncPath({}, 500), m_demo, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(zipped.header("Content-Encoding"), QStringLiteral("gzip"));
    }

    // The collection routes keep built pages (ResponseCache); a write through the server's
    // own write path, a deletion or a new day must show at once.
    void cachedListsAreNeverStale()
    {
        const Run first = runFeed(*m_f, m_demo);
        QString unpaid, contract;
        for (const QJsonObject &i : first.upserted.value(QStringLiteral("invoices")))
            if (i.value(QLatin1StringView("status")).toString() == QLatin1StringView("pending")) {
                unpaid = i.value(QLatin1StringView("id")).toString();
                contract = i.value(QLatin1StringView("contractId")).toString();
            }
        QVERIFY(!unpaid.isEmpty());
        const QString path =
            QStringLiteral("/api/v1/contracts/%1/invoices?limit=200").arg(contract);
        auto statusOf = [&](const Reply &r) {
            for (const QJsonValue &v : r.json().value(QLatin1StringView("items")).toArray())
                if (v[QLatin1StringView("id")].toString() == unpaid)
                    return v[QLatin1StringView("status")].toString();
            return QStringLiteral("gone");
        };
        const Reply before = m_f->get(path, m_demo);
        QCOMPARE(m_f->get(path, m_demo).body, before.body); // served again (from the cache)
        QCOMPARE(statusOf(before), QStringLiteral("pending"));

        const QDate due = QDate::fromString(
            first.upserted[QStringLiteral("invoices")][unpaid][QLatin1StringView("dueDate")]
                .toString(),
            Qt::ISODate);
        m_f->clock().set(QDateTime(due.addDays(1), QTime(12, 0), QTimeZone::utc()));
        m_demo = m_f->accessToken();
        const Reply nextDay = m_f->get(path, m_demo);
        QCOMPARE(statusOf(nextDay), QStringLiteral("overdue"));
        QVERIFY(nextDay.header("ETag") != before.header("ETag"));

        {
            server::SyncWrite write(db());
            QVERIFY(server::InvoiceRepository::markPaid(write, unpaid, m_f->clock().now()));
            QVERIFY(write.commit());
        }
        QCOMPARE(statusOf(m_f->get(path, m_demo)), QStringLiteral("paid"));
        {
            server::SyncWrite write(db());
            QVERIFY(server::InvoiceRepository::remove(write, unpaid, m_f->clock().now()));
            QVERIFY(write.commit());
        }
        QCOMPARE(statusOf(m_f->get(path, m_demo)), QStringLiteral("gone"));
        // And gzip for a client that asks, of the same bytes.
        const Reply zipped = m_f->get(path, m_demo, {{"Accept-Encoding", "gzip"}});
        QCOMPARE(zipped.header("Content-Encoding"), QStringLiteral("gzip"));
        QCOMPARE(statusOf(zipped), QStringLiteral("gone"));
    }

    // Writers that took their version before others but commit after them must still be seen:
    // the classic way a change feed loses rows. Eight writers hold their transaction open for a
    // random while after taking a version; a reader syncs all along; every write must arrive.
    void concurrentWritersAreNeverSkipped()
    {
        const Run first = runFeed(*m_f, m_demo);
        const QString contract = *first.ids(QStringLiteral("contracts")).begin();
        constexpr int kWriters = 8;
        constexpr int kWritesEach = 6;
        std::atomic<int> failures = 0;
        std::atomic<bool> done = false;
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                for (int n = 0; n < kWritesEach; ++n) {
                    server::SyncWrite write(db());
                    if (write.version() <= 0) {
                        ++failures;
                        continue;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds((w * 7 + n * 13) % 20));
                    const QString id = QStringLiteral("inv_c%1_%2").arg(w).arg(n);
                    if (!server::InvoiceRepository::save(write, anInvoice(id, contract)) ||
                        !write.commit())
                        ++failures;
                }
            });
        }
        QSet<QString> seen;
        QString token = first.token;
        std::thread closer([&] {
            for (auto &t : writers)
                t.join();
            done = true;
        });
        int badRuns = 0;
        while (!done) {
            const Run r = runFeed(*m_f, m_demo, token, 7);
            if (r.status != 200) {
                ++badRuns;
                continue;
            }
            seen += r.ids(QStringLiteral("invoices"));
            token = r.token;
        }
        closer.join();
        QCOMPARE(badRuns, 0);
        seen += runFeed(*m_f, m_demo, token).ids(QStringLiteral("invoices"));
        QCOMPARE(failures.load(), 0);
        QSet<QString> written;
        for (int w = 0; w < kWriters; ++w)
            for (int n = 0; n < kWritesEach; ++n)
                written.insert(QStringLiteral("inv_c%1_%2").arg(w).arg(n));
        QCOMPARE(seen, written);
    }
};

QTEST_GUILESS_MAIN(TestServerSync)
#include "tst_server_sync.moc"
