// Unit: a cache file that cannot be used — garbage, cut short, written by a newer version of the
// app — is moved aside whole and a fresh cache takes its place (private, current schema, empty,
// so the next sync brings everything again); a healthy cache is left alone.

#include "cache/Cache.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace ov;

namespace {

// A cache with enough contracts to span many pages, closed again.
bool makeCache(const QString &path, int contracts)
{
    {
        Cache cache(path);
        if (!cache.run([&cache] { return cache.open(); }).result())
            return false;
    }
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
        db.setDatabaseName(path);
        ok = db.open() && db.transaction();
        QSqlQuery q(db);
        ok = ok &&
             q.prepare(QStringLiteral("INSERT INTO contracts (id, number, json) VALUES (?, ?, ?)"));
        for (int i = 0; ok && i < contracts; ++i) {
            Contract c;
            c.id = QStringLiteral("ct_%1").arg(i);
            c.number = QString::number(100000000 + i);
            c.holderName = QString(300, QLatin1Char('h'));
            c.balanceDue = Money{0, QStringLiteral("COP")};
            c.updatedAt = QDateTime(QDate(2026, 11, 1), QTime(12, 0), QTimeZone::utc());
            q.addBindValue(c.id);
            q.addBindValue(c.number);
            q.addBindValue(
                QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
            ok = q.exec();
        }
        ok = ok && db.commit();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fill"));
    return ok;
}

QStringList asideOf(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({info.fileName() + QStringLiteral(".*-*")}, QDir::Files);
}

int schemaOf(const QString &path)
{
    int version = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
                    version = q.value(0).toInt();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

} // namespace

class TestCacheRecovery : public QObject
{
    Q_OBJECT

private slots:
    void aHealthyCacheIsKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.sqlite"));
        QVERIFY(makeCache(path, 50));
        Cache cache(path);
        QVERIFY(cache.run([&cache] { return cache.open(); }).result());
        QVERIFY(!cache.recovery());
        QCOMPARE(cache.run([&cache] { return cache.contracts().size(); }).result(), qsizetype(50));
        QVERIFY(asideOf(path).isEmpty());
    }

    void anUnusableFileIsSetAside_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("newer");
        QTest::newRow("garbage") << "garbage" << false;
        QTest::newRow("truncated") << "truncated" << false;
        QTest::newRow("newer schema") << "newer" << true;
    }

    void anUnusableFileIsSetAside()
    {
        QFETCH(QString, damage);
        QFETCH(bool, newer);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("u.sqlite"));
        QVERIFY(makeCache(path, 2000));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // checkpointed on close
        QByteArray before;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (damage == QLatin1StringView("garbage")) {
                f.resize(0);
                f.write(QByteArray(64 * 1024, '\x5a'));
            } else if (damage == QLatin1StringView("truncated")) {
                f.resize(f.size() / 2);
            }
            f.close();
        }
        if (damage == QLatin1StringView("newer")) {
            {
                QSqlDatabase db =
                    QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                {
                    QSqlQuery q(db);
                    QVERIFY(q.exec(
                        QStringLiteral("PRAGMA user_version = %1").arg(Cache::kSchemaVersion + 1)));
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("bump"));
        }
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            before = f.readAll();
        }

        Cache cache(path);
        QVERIFY(cache.run([&cache] { return cache.open(); }).result());
        const auto recovery = cache.recovery();
        QVERIFY(recovery);
        QCOMPARE(recovery->newerVersion, newer);
        QVERIFY(!recovery->reason.isEmpty());
        // The old file, whole, where it says; a fresh, private, current and empty one in place.
        QFile aside(recovery->movedTo);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), before);
        QCOMPARE(asideOf(path).size(), qsizetype(1));
        QVERIFY(asideOf(path).first().contains(newer ? QLatin1StringView(".newer-")
                                                     : QLatin1StringView(".unreadable-")));
        QCOMPARE(cache.run([&cache] { return cache.contracts().size(); }).result(), qsizetype(0));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(schemaOf(path), Cache::kSchemaVersion);
    }
};

QTEST_GUILESS_MAIN(TestCacheRecovery)
#include "tst_cache_recovery.moc"
