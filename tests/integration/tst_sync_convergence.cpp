// Integration: the client core (ApiClient, Cache, SyncEngine) against a real ov-server on a
// loopback port, behind a TCP proxy that can cut a response in the middle. After random
// server-side edits — new, paid, edited and deleted invoices and readings, renamed, unlinked and
// linked contracts, the clock crossing due dates — made between syncs and while a sync is
// paging, and after syncs cut short, the cache equals what the server serves, item by item.

#include "ProxiedClientCore.h"

#include "data/ContractRepository.h"
#include "data/InvoiceRepository.h"
#include "data/ReadingRepository.h"
#include "domain/Page.h"
#include "sync/SyncWrite.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <random>

using namespace ov;
using test::ServerFixture;
using test::TcpProxy;

namespace {

struct Snapshot
{
    QList<Contract> contracts;
    QHash<QString, QList<Invoice>> invoices;
    QHash<QString, QList<Reading>> readings;
};

template <typename T>
QList<T> collection(ServerFixture &f, const QString &token, const QString &path)
{
    QList<T> all;
    for (const QJsonObject &item : f.collection(path, token))
        if (auto parsed = T::fromJson(item))
            all.append(std::move(*parsed));
    return all;
}

} // namespace

class TestSyncConvergence : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ProxiedClientCore> m_core;
    std::mt19937 m_random{20261201};
    QStringList m_unlinked; // contracts taken from the user, to link again later
    int m_serial = 0;
    int m_resumed = 0; // runs that began in the middle of a previous one

    QString access() { return m_core->accessToken(); }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    server::Database &db() { return m_core->server().db().database(); }
    QDateTime now() { return m_core->server().clock().now(); }

    QStringList column(const QString &sql)
    {
        QSqlQuery q(db().connection());
        QStringList values;
        q.prepare(sql);
        q.bindValue(QStringLiteral(":u"), m_core->userId());
        if (q.exec())
            while (q.next())
                values << q.value(0).toString();
        return values;
    }
    QStringList ownContracts()
    {
        return column(QStringLiteral("SELECT contract_id FROM user_contracts WHERE user_id = :u"
                                     " ORDER BY contract_id"));
    }
    QStringList ownItems(const QString &table, const QString &extra = {})
    {
        return column(QStringLiteral("SELECT t.id FROM ") + table +
                      QStringLiteral(" t JOIN user_contracts uc ON uc.contract_id = t.contract_id"
                                     " WHERE uc.user_id = :u ") +
                      extra + QStringLiteral(" ORDER BY t.id"));
    }

    // One random change to the user's data, through the server's own write path.
    void randomEdit()
    {
        const QStringList contracts = ownContracts();
        const QString contract = contracts.at(pick(int(contracts.size())));
        server::SyncWrite write(db());
        bool ok = true;
        switch (pick(9)) {
        case 0:
        case 1: { // a new invoice, due soon (so the clock will cross it)
            Invoice i;
            i.id = QStringLiteral("inv_conv%1").arg(++m_serial);
            i.contractId = contract;
            i.number = QStringLiteral("CONV-%1").arg(m_serial);
            i.period = QStringLiteral("2027-%1").arg(1 + pick(12), 2, 10, QLatin1Char('0'));
            i.issueDate = now().date();
            i.dueDate = now().date().addDays(pick(20) - 3);
            i.amount = Money{qint64(1000 + pick(900000)) * 100, QStringLiteral("COP")};
            i.consumption = 100 + pick(900);
            i.unit = QStringLiteral("kWh");
            i.updatedAt = now();
            ok = server::InvoiceRepository::save(write, i);
            break;
        }
        case 2: { // a payment
            const QStringList unpaid =
                ownItems(QStringLiteral("invoices"), QStringLiteral("AND t.paid_at IS NULL"));
            if (!unpaid.isEmpty())
                ok = server::InvoiceRepository::markPaid(write, unpaid.at(pick(int(unpaid.size()))),
                                                         now());
            break;
        }
        case 3: { // an invoice withdrawn
            const QStringList all = ownItems(QStringLiteral("invoices"));
            if (!all.isEmpty())
                ok = server::InvoiceRepository::remove(write, all.at(pick(int(all.size()))), now());
            break;
        }
        case 4: { // a reading corrected, or removed
            const QStringList all = ownItems(QStringLiteral("readings"));
            const QString id = all.value(all.isEmpty() ? 0 : pick(int(all.size())));
            if (id.isEmpty()) {
                break;
            } else if (pick(2) == 0) {
                ok = server::ReadingRepository::remove(write, id, now());
            } else {
                QSqlQuery q(write.connection());
                q.prepare(QStringLiteral("SELECT ") +
                          server::ReadingRepository::columns(QString()) +
                          QStringLiteral(" FROM readings WHERE id = :i"));
                q.bindValue(QStringLiteral(":i"), id);
                ok = q.exec() && q.next();
                if (ok) {
                    Reading r = server::ReadingRepository::fromRow(q);
                    r.value += 1;
                    r.source = QStringLiteral("estimated");
                    r.updatedAt = now();
                    ok = server::ReadingRepository::save(write, r);
                }
            }
            break;
        }
        case 5: // renamed
            ok = server::ContractRepository::updateAlias(
                write, contract, QStringLiteral("Sede %1").arg(++m_serial), now());
            break;
        case 6: // unlinked (keep a few)
            if (contracts.size() > 5) {
                ok = server::ContractRepository::unlink(write, m_core->userId(), contract, now());
                m_unlinked << contract;
            }
            break;
        default: // linked again
            if (!m_unlinked.isEmpty())
                ok = server::ContractRepository::link(
                    write, m_core->userId(), m_unlinked.takeAt(pick(int(m_unlinked.size()))),
                    now());
            break;
        }
        QVERIFY(ok);
        QVERIFY(write.commit());
    }

    bool syncOnce()
    {
        QSignalSpy finished(&m_core->sync(), &SyncEngine::finished);
        const bool resuming =
            m_core->cache().run([c = &m_core->cache()] { return c->syncPosition(); }).result().more;
        m_resumed += resuming ? 1 : 0;
        m_core->sync().syncNow();
        if (!finished.wait(30000))
            return false;
        return finished.first().first().toBool();
    }
    void syncUntilDone()
    {
        for (int attempt = 0; attempt < 5; ++attempt)
            if (syncOnce())
                return;
        QFAIL(qPrintable(
            QStringLiteral("sync keeps failing: ") +
            (m_core->sync().lastError() ? m_core->sync().lastError()->describe() : QString())));
    }

    Snapshot serverSnapshot()
    {
        const QString token = access();
        Snapshot s;
        s.contracts =
            collection<Contract>(m_core->server(), token, QStringLiteral("/api/v1/contracts"));
        for (const Contract &c : std::as_const(s.contracts)) {
            s.invoices[c.id] = collection<Invoice>(
                m_core->server(), token, QStringLiteral("/api/v1/contracts/%1/invoices").arg(c.id));
            s.readings[c.id] = collection<Reading>(
                m_core->server(), token, QStringLiteral("/api/v1/contracts/%1/readings").arg(c.id));
        }
        return s;
    }
    Snapshot cacheSnapshot()
    {
        return m_core->cache()
            .run([c = &m_core->cache()] {
                Snapshot s;
                s.contracts = c->contracts();
                for (const Contract &k : std::as_const(s.contracts)) {
                    s.invoices[k.id] = c->invoices(k.id);
                    s.readings[k.id] = c->readings(k.id);
                }
                return s;
            })
            .result();
    }
    void compareWithServer()
    {
        const Snapshot server = serverSnapshot();
        const Snapshot cache = cacheSnapshot();
        QVERIFY(server.contracts.size() >= 5);
        QCOMPARE(cache.contracts, server.contracts);
        for (const Contract &c : server.contracts) {
            QCOMPARE(cache.invoices.value(c.id), server.invoices.value(c.id));
            QCOMPARE(cache.readings.value(c.id), server.readings.value(c.id));
        }
        QCOMPARE(m_core->cache()
                     .run([c = &m_core->cache()] { return c->count(QStringLiteral("invoices")); })
                     .result(),
                 [&] {
                     int n = 0;
                     for (const auto &list : server.invoices)
                         n += int(list.size());
                     return n;
                 }()); // and nothing of contracts the user no longer has
    }

private slots:
    void initTestCase()
    {
        // The test moves the server's clock by days: access tokens run out; the core signs in
        // again.
        m_core = std::make_unique<test::ProxiedClientCore>(
            test::ProxiedClientCore::Options{QStringLiteral("empresa"),
                                             QStringLiteral("Empresa-2026"),
                                             QStringLiteral("convergence"),
                                             10000,
                                             {},
                                             {}});
        QString error;
        QVERIFY2(m_core->start(&error), qPrintable(error));
        syncUntilDone();
        compareWithServer();
    }
    void cleanupTestCase() { m_core.reset(); }

    void convergesAfterEditsBetweenAndDuringSyncs()
    {
        for (int round = 0; round < 24; ++round) {
            for (int i = pick(6); i >= 0; --i)
                randomEdit();
            if (round % 4 == 3) // days go by: due dates are crossed
                m_core->server().clock().advanceSeconds(qint64(1 + pick(12)) * 86400);
            // Small pages, so the run has several and edits land while it pages.
            m_core->sync().setPageSize(std::array{40, 150, 700, 5000}[size_t(pick(4))]);
            auto during =
                connect(&m_core->sync(), &SyncEngine::progress, this, [this](int done, int) {
                    if (done > 0 && pick(2) == 0)
                        randomEdit();
                });
            syncUntilDone();
            disconnect(during);
            syncUntilDone(); // a quiet run brings what changed during the last one
            compareWithServer();
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("diverged in round %1").arg(round)));
        }
    }

    void interruptedSyncsResumeAndConverge()
    {
        m_resumed = 0;
        m_core->sync().setPageSize(60);
        for (int round = 0; round < 12; ++round) {
            for (int i = 0; i < 3 + pick(8); ++i)
                randomEdit();
            if (round % 3 == 0) {
                // Everything again from nothing (as after a refused position): many pages.
                m_core->cache()
                    .run([c = &m_core->cache()] {
                        SyncPosition p = c->syncPosition();
                        p.token.clear();
                        return c->apply({}, p, false);
                    })
                    .waitForFinished();
            }
            // The "server" dies in the middle of some response of this run (pages of invoices
            // with their lines are ~10 KB compressed: the cut lands in any of the first pages).
            m_core->proxy().cutAfter(200 + pick(24000));
            syncOnce();
            syncUntilDone();
            compareWithServer();
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("diverged in round %1").arg(round)));
        }
        QVERIFY2(m_resumed > 0, "no run was cut in the middle: the test did not test resuming");
    }

    void aForeignPositionEndsInAFullSyncThatConverges()
    {
        // Another user's position (the demo user's), as if the cache file had been swapped.
        const QString demo = m_core->server().accessToken();
        const QString foreign = m_core->server()
                                    .get(QStringLiteral("/api/v1/sync?limit=10000"), demo)
                                    .json()
                                    .value(QLatin1StringView("token"))
                                    .toString();
        QVERIFY(!foreign.isEmpty());
        m_core->cache()
            .run([c = &m_core->cache(), foreign] {
                SyncPosition p = c->syncPosition();
                p.token = foreign;
                return c->apply({}, p, false);
            })
            .waitForFinished();
        for (int i = 0; i < 5; ++i)
            randomEdit();
        syncUntilDone();
        QVERIFY(m_core->sync().lastRun().full);
        compareWithServer();
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"
