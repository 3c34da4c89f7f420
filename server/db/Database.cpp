#include "Database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcDb, "ov.server.db")

namespace ov::server {

namespace {
QAtomicInteger<int> g_instances;
}

bool Database::configure(const QString &url, QString *error)
{
    m_instance = QString::number(g_instances.fetchAndAddRelaxed(1) + 1);
    if (url.startsWith(QLatin1StringView("postgres://")) ||
        url.startsWith(QLatin1StringView("postgresql://"))) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2) {
            *error = QStringLiteral("bad PostgreSQL URL (postgres://user:password@host:port/db)");
            return false;
        }
        m_dialect = Dialect::Postgres;
        m_host = u.host();
        m_port = u.port(5432);
        m_user = u.userName();
        m_password = u.password();
        m_dbName = u.path().mid(1);
        // libpq options passed through, e.g. ?sslmode=require&connect_timeout=5
        const QUrlQuery q(u);
        QStringList options;
        for (const auto &[key, value] : q.queryItems(QUrl::FullyDecoded))
            options << key + QLatin1Char('=') + value;
        m_options = options.join(QLatin1Char(';'));
        return true;
    }
    QString path = url;
    if (path.startsWith(QLatin1StringView("sqlite://")))
        path = QUrl(url).path();
    if (path.isEmpty()) {
        *error = QStringLiteral("empty SQLite path");
        return false;
    }
    m_dialect = Dialect::Sqlite;
    m_sqlitePath = path;
    return true;
}

Database::~Database()
{
    std::lock_guard lock(m_mutex);
    // The worker threads have ended; removing a connection closes it.
    for (const QString &name : std::as_const(m_names))
        QSqlDatabase::removeDatabase(name);
}

QString Database::connectionName() const
{
    return QStringLiteral("ov-server-%1-%2")
        .arg(m_instance)
        .arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);

    QSqlDatabase db;
    if (m_dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_dbName);
        db.setConnectOptions(m_options);
    }
    {
        std::lock_guard lock(m_mutex);
        m_names << name;
    }
    if (!db.open()) {
        qCWarning(lcDb) << "cannot open" << describe() << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    if (m_dialect == Dialect::Sqlite) {
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    } else {
        q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    }
    return db;
}

bool Database::check(QString *error)
{
    QSqlDatabase db = connection();
    if (db.isOpen())
        return true;
    *error = db.lastError().text();
    return false;
}

QString Database::describe() const
{
    if (m_dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + m_sqlitePath;
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(m_user, m_host).arg(m_port).arg(m_dbName);
}

} // namespace ov::server
