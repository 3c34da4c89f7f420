// Unit: the cache applies a page of the feed and the position after it together or not at all;
// removing a contract takes everything under it; the end of a full run drops what it did not
// bring; an older cache file is migrated (keeping "last updated"), a newer one refused.

#include "cache/Cache.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ov;

namespace {

CacheRow row(const QString &id, const QString &contractId, const QJsonObject &json)
{
    return {id, contractId, id, QJsonDocument(json).toJson(QJsonDocument::Compact)};
}

QJsonObject contractJson(const QString &id, const QString &number)
{
    Contract c;
    c.id = id;
    c.number = number;
    c.kind = QStringLiteral("residential");
    c.status = QStringLiteral("active");
    c.balanceDue = Money{0, QStringLiteral("COP")};
    c.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    return c.toJson();
}

QJsonObject invoiceJson(const QString &id, const QString &contractId)
{
    Invoice i;
    i.id = id;
    i.contractId = contractId;
    i.number = id;
    i.period = QStringLiteral("2026-10");
    i.periodStart = QDate::fromString(i.period + QStringLiteral("-01"), Qt::ISODate);
    i.periodEnd = i.periodStart.addMonths(1).addDays(-1);
    i.issueDate = QDate(2026, 10, 5);
    i.dueDate = QDate(2026, 10, 23);
    i.amount = Money{100, QStringLiteral("COP")};
    i.unit = QStringLiteral("kWh");
    i.updatedAt = QDateTime(QDate(2026, 10, 5), QTime(8, 0), QTimeZone::utc());
    return i.toJson();
}

SyncPosition at(const QString &token, qint64 generation, bool more = false)
{
    SyncPosition p;
    p.token = token;
    p.generation = generation;
    p.more = more;
    p.resources = QStringLiteral("contracts,invoices,readings");
    p.syncedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::utc());
    return p;
}

} // namespace

class TestCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshPath()
    {
        return m_dir.filePath(QString::number(++m_files) + QStringLiteral(".sqlite"));
    }
    int m_files = 0;

    void seed(Cache &cache)
    {
        QVERIFY(cache.apply(
            {TableChanges{QStringLiteral("contracts"),
                          {row(QStringLiteral("c1"), {},
                               contractJson(QStringLiteral("c1"), QStringLiteral("100"))),
                           row(QStringLiteral("c2"), {},
                               contractJson(QStringLiteral("c2"), QStringLiteral("200")))},
                          {}},
             TableChanges{QStringLiteral("invoices"),
                          {row(QStringLiteral("i1"), QStringLiteral("c1"),
                               invoiceJson(QStringLiteral("i1"), QStringLiteral("c1"))),
                           row(QStringLiteral("i2"), QStringLiteral("c2"),
                               invoiceJson(QStringLiteral("i2"), QStringLiteral("c2")))},
                          {}}},
            at(QStringLiteral("t1"), 1), true));
    }

private slots:
    void pageAndPositionGoTogether()
    {
        Cache cache(freshPath());
        seed(cache);
        QCOMPARE(cache.contracts().size(), 2);
        QCOMPARE(cache.syncPosition(), at(QStringLiteral("t1"), 1));
        // A page that cannot be written entirely (here: a table the cache does not have) leaves
        // both the data and the position as they were.
        QVERIFY(!cache.apply({TableChanges{QStringLiteral("contracts"), {}, {QStringLiteral("c1")}},
                              TableChanges{QStringLiteral("no_such_table"), {}, {}}},
                             at(QStringLiteral("t2"), 1), false));
        QCOMPARE(cache.contracts().size(), 2);
        QCOMPARE(cache.syncPosition().token, QStringLiteral("t1"));
    }

    void removingAContractTakesItsItems()
    {
        Cache cache(freshPath());
        seed(cache);
        QHash<QString, QSet<QString>> removedFrom;
        QVERIFY(cache.apply({TableChanges{QStringLiteral("contracts"), {}, {QStringLiteral("c1")}},
                             TableChanges{QStringLiteral("invoices"), {}, {QStringLiteral("i2")}}},
                            at(QStringLiteral("t2"), 1), false, &removedFrom));
        QCOMPARE(cache.contracts().size(), 1);
        QCOMPARE(cache.count(QStringLiteral("invoices")), 0);
        // Which contracts lost items, for the views that show them.
        QCOMPARE(removedFrom.value(QStringLiteral("invoices")),
                 QSet<QString>{QStringLiteral("c2")});
    }

    void theEndOfAFullRunDropsWhatItDidNotBring()
    {
        Cache cache(freshPath());
        seed(cache);
        // A full run (generation 2) in two pages: only c2 and i2 come back.
        SyncPosition middle = at(QStringLiteral("p1"), 2, true);
        middle.sweep = true;
        QVERIFY(cache.apply(
            {TableChanges{QStringLiteral("contracts"),
                          {row(QStringLiteral("c2"), {},
                               contractJson(QStringLiteral("c2"), QStringLiteral("200")))},
                          {}}},
            middle, false));
        QCOMPARE(cache.contracts().size(), 2); // nothing goes before the run ends
        QCOMPARE(cache.syncPosition(), middle);
        QVERIFY(cache.apply(
            {TableChanges{QStringLiteral("invoices"),
                          {row(QStringLiteral("i2"), QStringLiteral("c2"),
                               invoiceJson(QStringLiteral("i2"), QStringLiteral("c2")))},
                          {}}},
            at(QStringLiteral("t2"), 2), true));
        QCOMPARE(cache.contracts().size(), 1);
        QCOMPARE(cache.contracts().first().id, QStringLiteral("c2"));
        QCOMPARE(cache.invoices(QStringLiteral("c1")).size(), 0);
        QCOMPARE(cache.invoices(QStringLiteral("c2")).size(), 1);
    }

    void aVersionOneCacheIsMigrated()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s :
                 {QStringLiteral(
                      "CREATE TABLE contracts (id TEXT PRIMARY KEY, number TEXT NOT NULL,"
                      " json TEXT NOT NULL)"),
                  QStringLiteral("CREATE TABLE invoices (id TEXT PRIMARY KEY, contract_id TEXT NOT"
                                 " NULL, sort_key TEXT NOT NULL, json TEXT NOT NULL)"),
                  QStringLiteral(
                      "CREATE INDEX invoices_by_contract ON invoices (contract_id, sort_key)"),
                  QStringLiteral("CREATE TABLE readings (id TEXT PRIMARY KEY, contract_id TEXT NOT"
                                 " NULL, sort_key TEXT NOT NULL, json TEXT NOT NULL)"),
                  QStringLiteral(
                      "CREATE INDEX readings_by_contract ON readings (contract_id, sort_key)"),
                  QStringLiteral("CREATE TABLE sync_state (resource TEXT PRIMARY KEY, etag TEXT,"
                                 " synced_at TEXT NOT NULL)"),
                  QStringLiteral("INSERT INTO sync_state VALUES ('contracts', '\"e\"',"
                                 " '2026-11-19T10:00:00.000Z')"),
                  QStringLiteral("PRAGMA user_version = 1")})
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("INSERT INTO contracts VALUES ('c1', '100', ?)"));
            q.addBindValue(QString::fromUtf8(
                QJsonDocument(contractJson(QStringLiteral("c1"), QStringLiteral("100"))).toJson()));
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Cache cache(path);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QCOMPARE(cache.contracts().size(), 1); // still shown while the first feed sync runs
        const SyncPosition p = cache.syncPosition();
        QVERIFY(p.token.isEmpty()); // the old ETags mean nothing to the feed: a full run
        QCOMPARE(p.syncedAt, QDateTime(QDate(2026, 11, 19), QTime(10, 0), QTimeZone::utc()));
    }

    void aVersionTwoCacheSyncsInFull()
    {
        // Its invoices were cached without their detail, and the feed would never bring them
        // again: the position is dropped (the rows stay on screen until the full run ends).
        const QString path = freshPath();
        {
            Cache cache(path);
            seed(cache);
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        Cache cache(path + QString()); // another Cache object: a new connection
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY(cache.syncPosition().token.isEmpty());
        QCOMPARE(cache.syncPosition().generation, 1);
        QCOMPARE(cache.contracts().size(), 2);
    }

    // Not read (this version cannot know its schema) and not lost: set aside, a fresh cache
    // in its place (tst_cache_recovery has every kind of unusable file).
    void aNewerCacheIsSetAsideNotRead()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v9"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v9"));
        Cache cache(path);
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QVERIFY(cache.recovery());
        QVERIFY(cache.recovery()->newerVersion);
        QVERIFY(cache.recovery()->reason.contains(QLatin1StringView("newer")));
        QVERIFY(QFile::exists(cache.recovery()->movedTo));
        QVERIFY(cache.contracts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
