// Unit (SQLite) and server (PostgreSQL): the schema builds from an empty database, is recorded,
// and applying again changes nothing.

#include "TestDatabase.h"

#include "db/DatabaseSetup.h"
#include "db/Migrations.h"
#include "domain/Clock.h"

#include <QSqlQuery>
#include <QTest>

using namespace ov;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void fromEmpty()
    {
        test::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        QCOMPARE(server::Migrations::currentVersion(tdb.database()), 0);
        QString error;
        QCOMPARE(server::Migrations::apply(tdb.database(), &error),
                 server::Migrations::latestVersion());
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(server::Migrations::currentVersion(tdb.database()),
                 server::Migrations::latestVersion());

        QSqlQuery q(tdb.database().connection());
        for (const char *table :
             {"customers", "users", "contracts", "user_contracts", "invoices", "readings",
              "sessions", "session_tokens", "login_throttle", "server_meta", "registrations",
              "one_time_codes", "recovery_codes", "notification_preferences", "rate_limits",
              "idempotency_keys", "payments"})
            QVERIFY2(
                q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1StringView(table))),
                table);

        // Again: nothing to do, nothing broken.
        QCOMPARE(server::Migrations::apply(tdb.database(), &error),
                 server::Migrations::latestVersion());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), server::Migrations::latestVersion());
    }

    void refusesAnotherUtilitysData()
    {
        test::TestDatabase tdb;
        QVERIFY2(tdb.isValid(), qPrintable(tdb.error()));
        MockClock clock;
        QString error;
        QVERIFY2(server::DatabaseSetup::prepare(tdb.database(), QStringLiteral("water-mx"), false,
                                                clock, &error),
                 qPrintable(error));
        QVERIFY(!server::DatabaseSetup::prepare(tdb.database(), QStringLiteral("electricity-co"),
                                                false, clock, &error));
        QVERIFY(error.contains(QLatin1StringView("water-mx")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
