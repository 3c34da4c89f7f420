// Unit: the README tells the truth about the demo — its first screen has the two commands and
// the demo credentials the seeder creates, and its table lists the seeder's unregistered
// customers exactly.

#include "demo/DemoSeeder.h"

#include <QFile>
#include <QTest>

using namespace ov::server;

class TestReadme : public QObject
{
    Q_OBJECT

private:
    QString m_readme;

private slots:
    void initTestCase()
    {
        QFile f(QStringLiteral(OV_SOURCE_DIR "/README.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_readme = QString::fromUtf8(f.readAll());
    }

    void firstScreenHasTheCommandsAndCredentials()
    {
        const QString firstScreen =
            m_readme.split(QLatin1Char('\n')).mid(0, 25).join(QLatin1Char('\n'));
        QVERIFY(firstScreen.contains(QLatin1StringView("scripts/demo")));
        QVERIFY(firstScreen.contains(QLatin1StringView("scripts/test")));
        for (const auto &account : {DemoSeeder::personalAccount(), DemoSeeder::businessAccount()}) {
            QVERIFY2(firstScreen.contains(account.username), qPrintable(account.username));
            QVERIFY2(firstScreen.contains(account.password), qPrintable(account.password));
        }
    }

    void listsTheUnregisteredCustomers()
    {
        for (const QString &utility :
             {QStringLiteral("electricity-co"), QStringLiteral("water-mx")}) {
            const auto customers = DemoSeeder::unregisteredCustomers(utility);
            QCOMPARE(customers.size(), 5);
            for (const auto &c : customers) {
                const QString who = c.customerType == QLatin1StringView("business")
                                        ? c.companyName
                                        : c.paternalSurname + QLatin1Char(' ') + c.maternalSurname;
                const QString row =
                    QStringLiteral("| %1 | %2 | %3 |").arg(c.reference, c.meterNumber, who);
                QVERIFY2(m_readme.contains(row), qPrintable(row));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"
