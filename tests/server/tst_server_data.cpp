// Server: contracts, invoices and readings — ownership, pagination, incremental sync, ETags,
// and the demo data they are read from.

#include "ServerFixture.h"

#include "demo/DemoSeeder.h"

#include "domain/Contract.h"
#include "domain/Invoice.h"
#include "domain/Page.h"
#include "domain/Reading.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace ov;
using test::Reply;
using test::ServerFixture;

namespace {
const QString kContracts = QStringLiteral("/api/v1/contracts");

QList<Contract> contractsOf(ServerFixture &f, const QString &token)
{
    const Reply r = f.get(kContracts, token);
    const auto page = Page<Contract>::fromJson(r.json());
    return page ? page->items : QList<Contract>();
}

QList<Invoice> invoicesOf(ServerFixture &f, const QString &token, const QString &contractId)
{
    const Reply r = f.get(
        kContracts + QLatin1Char('/') + contractId + QStringLiteral("/invoices?limit=100"), token);
    const auto page = Page<Invoice>::fromJson(r.json());
    return page ? page->items : QList<Invoice>();
}

bool luhnValid(const QString &digits)
{
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (d < 0)
            return false;
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return !digits.isEmpty() && sum % 10 == 0;
}

// What every demo bill must be, whichever the utility: its lines add up to its amount, it bills
// its calendar month, its readings continue the previous bill's, its reference is checkable;
// over the history there is exactly one tariff change and one corrected estimate.
void verifyItemisedHistory(const QList<Invoice> &newestFirst, const QString &mainConcept)
{
    QCOMPARE(newestFirst.size(), 36);
    QSet<qint64> mainPrices;
    int corrections = 0;
    for (int k = newestFirst.size() - 1; k >= 0; --k) {
        const Invoice &i = newestFirst.at(k);
        qint64 sum = 0;
        qint64 adjustment = 0;
        double credited = 0;
        bool mainSeen = false;
        for (const InvoiceLine &l : i.lines) {
            sum += l.amount.amount;
            QCOMPARE(l.amount.currency, i.amount.currency);
            if (l.code == mainConcept && !mainSeen) { // the first block, on a block tariff
                mainPrices << l.unitPrice.amount;
                mainSeen = true;
            }
            if (l.kind == QLatin1StringView("adjustment")) {
                adjustment += l.amount.amount;
                credited += l.quantity;
            }
        }
        QVERIFY2(!i.lines.isEmpty(), qPrintable(i.number));
        QCOMPARE(sum, i.amount.amount);
        QCOMPARE(i.periodStart, QDate::fromString(i.period + QStringLiteral("-01"), Qt::ISODate));
        QCOMPARE(i.periodEnd, i.periodStart.addMonths(1).addDays(-1));
        QVERIFY(i.days() >= 28 && i.days() <= 31);
        QVERIFY(i.previousReading && i.currentReading);
        if (k + 1 < newestFirst.size())
            QCOMPARE(*i.previousReading, *newestFirst.at(k + 1).currentReading);
        if (adjustment != 0) {
            ++corrections;
            QVERIFY(adjustment < 0 && credited < 0); // a credit
            // The meter moved less than the month's use by what the estimate overcharged.
            QCOMPARE(*i.currentReading - *i.previousReading, i.consumption + credited);
            QVERIFY(i.lines.last().label.contains(newestFirst.at(k + 1).period));
        } else {
            QCOMPARE(*i.currentReading - *i.previousReading, i.consumption);
        }
        QVERIFY2(luhnValid(i.paymentReference), qPrintable(i.paymentReference));
    }
    QCOMPARE(mainPrices.size(), 2); // one tariff change
    QCOMPARE(corrections, 1);
}
} // namespace

class TestServerData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<ServerFixture>();
        QVERIFY2(m_f->isValid(), qPrintable(m_f->error()));
        m_demo = m_f->accessToken();
        m_business = m_f->accessToken(QStringLiteral("empresa"), QStringLiteral("Empresa-2026"));
        QVERIFY(!m_demo.isEmpty() && !m_business.isEmpty());
    }
    void cleanupTestCase() { m_f.reset(); }

    void demoAccountOwnsThreeContracts()
    {
        const Reply r = m_f->get(kContracts, m_demo);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith(QLatin1StringView("application/json")));
        const auto page = Page<Contract>::fromJson(r.json());
        QVERIFY(page);
        QCOMPARE(page->items.size(), 3);
        QVERIFY(page->nextCursor.isEmpty());
        QStringList numbers;
        QSet<InvoiceStatus> statuses;
        for (const Contract &c : page->items) {
            numbers << c.number;
            statuses << c.paymentStatus;
            QVERIFY(c.lastInvoice);
            QCOMPARE(c.lastInvoice->amount.currency, QStringLiteral("COP"));
            QVERIFY(c.lastInvoice->amount.amount > 0);
            QCOMPARE(c.holderName, QStringLiteral("Laura Gómez Restrepo"));
        }
        QCOMPARE(numbers, (QStringList{QStringLiteral("100000101"), QStringLiteral("100000102"),
                                       QStringLiteral("100000103")}));
        // The demo shows every state a customer meets: paid, pending and overdue.
        QCOMPARE(statuses, (QSet<InvoiceStatus>{InvoiceStatus::Paid, InvoiceStatus::Pending,
                                                InvoiceStatus::Overdue}));
    }

    void businessAccountPagesThroughFortyContracts()
    {
        QStringList numbers;
        QString cursor;
        int pages = 0;
        do {
            QString path = kContracts + QStringLiteral("?limit=15");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const Reply r = m_f->get(path, m_business);
            QCOMPARE(r.status, 200);
            const auto page = Page<Contract>::fromJson(r.json());
            QVERIFY(page);
            for (const Contract &c : page->items)
                numbers << c.number;
            cursor = page->nextCursor;
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(numbers.size(), 40);
        QStringList sorted = numbers;
        sorted.sort();
        QCOMPARE(numbers, sorted);
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), 40);
    }

    void contractDetail()
    {
        const Contract first = contractsOf(*m_f, m_demo).first();
        const Reply r = m_f->get(kContracts + QLatin1Char('/') + first.id, m_demo);
        QCOMPARE(r.status, 200);
        const auto c = Contract::fromJson(r.json());
        QVERIFY(c);
        QCOMPARE(*c, first);
        QVERIFY(!c->tariff.isEmpty());
        QVERIFY(!c->meterNumber.isEmpty());
        QVERIFY(c->startDate.isValid());
        QVERIFY(!c->billingAddress.line1.isEmpty());
    }

    void thirtySixMonthsOfInvoicesNewestFirst()
    {
        const Contract c = contractsOf(*m_f, m_demo).first();
        QList<Invoice> all;
        QString cursor;
        do {
            QString path =
                kContracts + QLatin1Char('/') + c.id + QStringLiteral("/invoices?limit=10");
            if (!cursor.isEmpty())
                path += QStringLiteral("&cursor=") + cursor;
            const Reply r = m_f->get(path, m_demo);
            QCOMPARE(r.status, 200);
            const auto page = Page<Invoice>::fromJson(r.json());
            QVERIFY(page);
            all += page->items;
            cursor = page->nextCursor;
        } while (!cursor.isEmpty() && all.size() < 100);
        QCOMPARE(all.size(), 36);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).period > all.at(i).period);
        QCOMPARE(all.first().period, QStringLiteral("2026-10")); // the mock clock is in 2026-11
        QCOMPARE(all.first().id, c.lastInvoice->id);
        for (const Invoice &i : all) {
            QCOMPARE(i.contractId, c.id);
            QCOMPARE(i.unit, QStringLiteral("kWh"));
            QVERIFY(i.consumption > 0);
            QCOMPARE(i.status == InvoiceStatus::Paid, i.paidAt.isValid());
        }
    }

    void billsAreItemised()
    {
        for (const QString &token : {m_demo, m_business})
            for (const Contract &c : contractsOf(*m_f, token)) {
                verifyItemisedHistory(invoicesOf(*m_f, token, c.id), QStringLiteral("energy"));
                if (QTest::currentTestFailed())
                    return;
            }
        // Colombia's stratum rules: a subsidy for estrato 3, a contribution for businesses.
        QSet<QString> concepts;
        for (const QString &token : {m_demo, m_business})
            for (const Contract &c : contractsOf(*m_f, token)) {
                const QList<Invoice> invoices = invoicesOf(*m_f, token, c.id);
                for (const InvoiceLine &l : invoices.first().lines)
                    concepts << l.code;
            }
        QVERIFY(concepts.contains(QStringLiteral("subsidy")));
        QVERIFY(concepts.contains(QStringLiteral("contribution")));
        QVERIFY(concepts.contains(QStringLiteral("street_lighting")));
    }

    void readingsAreCumulative()
    {
        const Contract c = contractsOf(*m_f, m_demo).first();
        const Reply r = m_f->get(
            kContracts + QLatin1Char('/') + c.id + QStringLiteral("/readings?limit=200"), m_demo);
        QCOMPARE(r.status, 200);
        const auto page = Page<Reading>::fromJson(r.json());
        QVERIFY(page);
        QCOMPARE(page->items.size(), 36);
        for (int i = 1; i < page->items.size(); ++i) {
            const Reading &newer = page->items.at(i - 1);
            const Reading &older = page->items.at(i);
            QVERIFY(newer.readAt > older.readAt);
            QCOMPARE(newer.value - older.value, newer.consumption);
        }
    }

    void anotherUsersContractDoesNotExist()
    {
        const QString theirs = contractsOf(*m_f, m_business).first().id;
        for (const QString &suffix :
             {QString(), QStringLiteral("/invoices"), QStringLiteral("/readings")}) {
            const Reply r = m_f->get(kContracts + QLatin1Char('/') + theirs + suffix, m_demo);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.code(), QStringLiteral("not_found"));
            QCOMPARE(
                m_f->get(kContracts + QStringLiteral("/ct_doesnotexist") + suffix, m_demo).body,
                r.body); // indistinguishable from a contract that does not exist
        }
    }

    void everyDataRouteNeedsAValidToken()
    {
        int checked = 0;
        for (const auto &route : m_f->server().router().routes()) {
            if (route.access != server::Router::Access::Authenticated)
                continue;
            QString path = route.path;
            path.replace(QRegularExpression(QStringLiteral("\\{[^}]+\\}")), QStringLiteral("x1"));
            for (const QString &token :
                 {QString(), QStringLiteral("ova_forged"), QStringLiteral("ovr_a_refresh_token")}) {
                const Reply r = m_f->send(route.method, path, token);
                QVERIFY2(r.status == 401, qPrintable(route.method + QLatin1Char(' ') + path));
                QVERIFY(r.isProblem());
                QVERIFY(!r.header("WWW-Authenticate").isEmpty());
            }
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    void etagAnswers304UntilTheDataChanges()
    {
        ServerFixture f; // own clock: this test moves time
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const QString token = f.accessToken();
        const Reply first = f.get(kContracts, token);
        const QString etag = first.header("ETag");
        QVERIFY(!etag.isEmpty());
        const Reply again = f.get(kContracts, token, {{"If-None-Match", etag.toStdString()}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("ETag"), etag);

        const QString invoices = kContracts + QLatin1Char('/') + contractsOf(f, token).first().id +
                                 QStringLiteral("/invoices");
        const QString invoicesTag = f.get(invoices, token).header("ETag");
        QCOMPARE(f.get(invoices, token, {{"If-None-Match", invoicesTag.toStdString()}}).status,
                 304);

        // A month later the pending invoice is overdue: new body, new tag.
        f.clock().advanceSeconds(31 * 24 * 3600);
        const QString fresh = f.accessToken();
        const Reply later = f.get(kContracts, fresh, {{"If-None-Match", etag.toStdString()}});
        QCOMPARE(later.status, 200);
        QVERIFY(later.header("ETag") != etag);
        QCOMPARE(f.get(invoices, fresh, {{"If-None-Match", invoicesTag.toStdString()}}).status,
                 200);
    }

    void updatedSinceReturnsOnlyNewerItems()
    {
        const Contract c = contractsOf(*m_f, m_demo).first();
        const QString base = kContracts + QLatin1Char('/') + c.id +
                             QStringLiteral("/invoices?limit=200&updatedSince=");
        auto count = [&](const QString &since) {
            const Reply r =
                m_f->get(base + QString::fromLatin1(QUrl::toPercentEncoding(since)), m_demo);
            return r.status == 200 ? r.json().value(QLatin1StringView("items")).toArray().size()
                                   : -1;
        };
        QCOMPARE(count(QStringLiteral("2000-01-01T00:00:00Z")), 36);
        QCOMPARE(count(m_f->clock().now().addSecs(60).toString(Qt::ISODate)), 0);
        const int lastYear = int(count(m_f->clock().now().addYears(-1).toString(Qt::ISODate)));
        QVERIFY(lastYear > 5 && lastYear < 20);
        QCOMPARE(m_f->get(kContracts + QStringLiteral("?updatedSince=") +
                              QString::fromLatin1(QUrl::toPercentEncoding(
                                  m_f->clock().now().addSecs(60).toString(Qt::ISODate))),
                          m_demo)
                     .json()
                     .value(QLatin1StringView("items"))
                     .toArray()
                     .size(),
                 0);
    }

    void badListQueries_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("limit 0") << "limit=0"
                                 << "limit";
        QTest::newRow("limit too big") << "limit=501"
                                       << "limit";
        QTest::newRow("limit text") << "limit=ten"
                                    << "limit";
        QTest::newRow("cursor garbage") << "cursor=%%%"
                                        << "cursor";
        QTest::newRow("cursor empty") << "cursor="
                                      << "cursor";
        QTest::newRow("updatedSince not a time") << "updatedSince=yesterday"
                                                 << "updatedSince";
    }
    void badListQueries()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Reply r = m_f->get(kContracts + QLatin1Char('?') + query, m_demo);
        QCOMPARE(r.status, 400);
        QVERIFY(r.isProblem());
        QCOMPARE(r.code(), QStringLiteral("validation_failed"));
        QCOMPARE(r.json()
                     .value(QLatin1StringView("errors"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1StringView("field"))
                     .toString(),
                 field);
    }

    void configSpeaksTheCallersLanguage()
    {
        const Reply es = m_f->get(QStringLiteral("/api/v1/config"));
        const Reply en =
            m_f->get(QStringLiteral("/api/v1/config"), {}, {{"Accept-Language", "en-US,en;q=0.9"}});
        QCOMPARE(es.status, 200);
        QCOMPARE(en.status, 200);
        const auto cfg = UtilityConfig::fromJson(es.json());
        QVERIFY(cfg);
        QCOMPARE(cfg->currency, QStringLiteral("COP"));
        QCOMPARE(cfg->unit, QStringLiteral("kWh"));
        QCOMPARE(cfg->requestCategories.at(3).name, QStringLiteral("Reclamo por alto consumo"));
        QCOMPARE(UtilityConfig::fromJson(en.json())->requestCategories.at(3).name,
                 QStringLiteral("High consumption claim"));
        QVERIFY(es.header("ETag") != en.header("ETag"));
        QCOMPARE(m_f->get(QStringLiteral("/api/v1/health"))
                     .json()
                     .value(QLatin1StringView("status"))
                     .toString(),
                 QStringLiteral("ok"));
    }

    void waterUtilityDemo()
    {
        ServerFixture f(QStringLiteral("water-mx"));
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        const auto cfg = UtilityConfig::fromJson(f.get(QStringLiteral("/api/v1/config")).json());
        QVERIFY(cfg);
        QCOMPARE(cfg->currency, QStringLiteral("MXN"));
        QCOMPARE(cfg->unit, QStringLiteral("m3"));
        QCOMPARE(cfg->passwordPolicy.minDigits, 2);
        QCOMPARE(cfg->passwordPolicy.minLetters, 2);
        const QList<Contract> contracts = contractsOf(f, f.accessToken());
        QCOMPARE(contracts.size(), 3);
        QCOMPARE(contracts.first().supplyAddress.country, QStringLiteral("MX"));
        QCOMPARE(contracts.first().lastInvoice->amount.currency, QStringLiteral("MXN"));
        for (const Contract &c : contracts)
            verifyItemisedHistory(invoicesOf(f, f.accessToken(), c.id), QStringLiteral("water"));
        // Homes pay water in blocks, all three shown; no VAT on a home's water.
        const QList<Invoice> home = invoicesOf(f, f.accessToken(), contracts.first().id);
        QStringList concepts;
        for (const InvoiceLine &l : home.first().lines)
            concepts << l.code;
        QCOMPARE(concepts, (QStringList{QStringLiteral("fixed"), QStringLiteral("water"),
                                        QStringLiteral("water"), QStringLiteral("water"),
                                        QStringLiteral("sewer")}));
    }

    // ov-server --demo --scale load: the load test's 500 households, each signing in with the
    // shared password and seeing exactly its own contract with a year of history.
    void loadScaleAddsFiveHundredHouseholdsOnce()
    {
        ServerFixture f;
        QVERIFY2(f.isValid(), qPrintable(f.error()));
        for (int round = 0; round < 2; ++round) { // the second seed adds nothing
            server::DemoSeeder seeder(f.db().database(), f.clock(),
                                      QStringLiteral("electricity-co"),
                                      server::DemoSeeder::Scale::Load);
            QString error;
            QVERIFY2(seeder.seed(&error), qPrintable(error));
        }
        QSqlQuery q(f.db().database().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT u.id),"
                                      " COUNT(DISTINCT uc.contract_id) FROM users u"
                                      " JOIN user_contracts uc ON uc.user_id = u.id"
                                      " WHERE u.username LIKE 'carga%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), server::DemoSeeder::kLoadAccounts);
        QCOMPARE(q.value(1).toInt(), server::DemoSeeder::kLoadAccounts);
        QCOMPARE(q.value(2).toInt(), server::DemoSeeder::kLoadAccounts);
        for (const int i : {1, 250, server::DemoSeeder::kLoadAccounts}) {
            const auto account = server::DemoSeeder::loadAccount(i);
            const QString token = f.accessToken(account.username, account.password);
            QVERIFY2(!token.isEmpty(), qPrintable(account.username));
            const QList<Contract> contracts = contractsOf(f, token);
            QCOMPARE(contracts.size(), 1);
            QCOMPARE(contracts.first().kind, QStringLiteral("residential"));
            QCOMPARE(invoicesOf(f, token, contracts.first().id).size(),
                     server::DemoSeeder::kLoadMonths);
        }
        QCOMPARE(server::DemoSeeder::loadAccount(7).username, QStringLiteral("carga007"));
    }

    void demoDataIsDeterministic()
    {
        ServerFixture other; // same utility, same mock day
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        const Reply a = m_f->get(kContracts, m_demo);
        const Reply b = other.get(kContracts, other.accessToken());
        QCOMPARE(a.body, b.body);
    }

private:
    std::unique_ptr<ServerFixture> m_f;
    QString m_demo;
    QString m_business;
};

QTEST_GUILESS_MAIN(TestServerData)
#include "tst_server_data.moc"
