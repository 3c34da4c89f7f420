#include "TestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace ov::test {

namespace {

QAtomicInteger<int> g_counter;

// Runs one admin statement on the PostgreSQL server's maintenance database.
bool adminExec(const QString &baseUrl, const QString &statement, QString *error)
{
    const QUrl u(baseUrl);
    const QString name = QStringLiteral("ov-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
        if (!db.open()) {
            *error = QStringLiteral("cannot connect to %1: %2").arg(baseUrl, db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok)
                *error = q.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool TestDatabase::usePostgres()
{
    return qEnvironmentVariable("OV_TEST_BACKEND") == QLatin1StringView("postgres");
}

TestDatabase::TestDatabase()
{
    m_db = std::make_unique<server::Database>();
    if (usePostgres()) {
        const QString base = qEnvironmentVariable("OV_TEST_POSTGRES_URL");
        if (base.isEmpty()) {
            m_error = QStringLiteral("OV_TEST_BACKEND=postgres needs OV_TEST_POSTGRES_URL "
                                     "(scripts/test starts a throwaway PostgreSQL and sets it)");
            return;
        }
        m_pgName = QStringLiteral("ovtest_%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(g_counter.fetchAndAddRelaxed(1));
        if (!adminExec(base, QStringLiteral("CREATE DATABASE ") + m_pgName, &m_error))
            return;
        QUrl u(base);
        u.setPath(QLatin1Char('/') + m_pgName);
        m_url = u.toString();
    } else {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary directory");
            return;
        }
        m_url = m_dir.filePath(QStringLiteral("test.sqlite"));
    }
    m_valid = m_db->configure(m_url, &m_error);
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        QString error;
        if (!adminExec(qEnvironmentVariable("OV_TEST_POSTGRES_URL"),
                       QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName),
                       &error))
            qWarning("could not drop %s: %s", qPrintable(m_pgName), qPrintable(error));
    }
}

} // namespace ov::test
