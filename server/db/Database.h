#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <mutex>

namespace ov::server {

// Where ov-server keeps its data: SQLite (one file, the default) or PostgreSQL, through Qt SQL.
// Qt SQL connections belong to the thread that opened them, so every worker thread gets its own,
// opened on first use and closed when the Database goes away.
class Database
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    // url: "postgres://user:password@host:port/dbname" or "sqlite:///path/to/file.sqlite"
    // (or a bare file path). Returns false with a message when the URL is not understood.
    bool configure(const QString &url, QString *error);
    ~Database();

    Dialect dialect() const { return m_dialect; }
    // The calling thread's connection, opened on first use. Invalid/closed on failure (logged).
    QSqlDatabase connection();
    // Opens the calling thread's connection and reports why it failed, if it did.
    bool check(QString *error);
    QString describe() const; // for logs: no password

private:
    QString connectionName() const;

    Dialect m_dialect = Dialect::Sqlite;
    QString m_sqlitePath;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_password;
    QString m_dbName;
    QString m_options;
    QString m_instance;
    std::mutex m_mutex;
    QStringList m_names;
};

} // namespace ov::server
