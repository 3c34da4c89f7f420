// Unit: the log on disk ("Help → Open the log folder") — messages at info and above land in
// the file with their time and category (debug does not), the file is private to the user, and
// at 1 MB it rolls over to oficina-virtual.log.1.

#include "core/LogFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcLogTest, "ov.logtest")

class TestLogFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("ov-log-file-test"));
        QDir(ov::LogFile::folder()).removeRecursively();
        ov::LogFile::install();
    }

    void messagesLandInAPrivateFile()
    {
        qCInfo(lcLogTest) << "synced 3 contracts";
        qCDebug(lcLogTest) << "too chatty for the file";
        qCWarning(lcLogTest) << "server unreachable";
        QFile f(ov::LogFile::path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("info ov.logtest: synced 3 contracts"));
        QVERIFY(text.contains("warning ov.logtest: server unreachable"));
        QVERIFY(!text.contains("too chatty"));
        struct stat st = {};
        QCOMPARE(::stat(QFile::encodeName(ov::LogFile::path()).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void itRollsOverAtAMegabyte()
    {
        const QString line(1000, QLatin1Char('x'));
        for (int i = 0; i < 1100; ++i)
            qCWarning(lcLogTest) << line;
        QVERIFY(QFile::exists(ov::LogFile::path() + QStringLiteral(".1")));
        QVERIFY(QFileInfo(ov::LogFile::path()).size() < 1024 * 1024);
        QVERIFY(QFileInfo(ov::LogFile::path() + QStringLiteral(".1")).size() >= 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_log_file.moc"
