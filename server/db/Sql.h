#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <utility>

namespace ov::server::sql {

using Binds = std::initializer_list<std::pair<const char *, QVariant>>;

// Prepares `text`, binds the named values (":name") and executes; logs the error and returns
// false on failure. The query is left positioned before the first row.
bool exec(QSqlQuery &query, const QString &text, Binds binds = {});

// A query prepared once per thread and connection and reused: for the statements every request
// runs (parsing and planning them each time was most of SQLite's share of a cached response).
// Only for request handlers, whose threads end before the Database goes away. Returns nullptr
// (logged) when the statement cannot be prepared. Bind with bindValue() before each exec().
QSqlQuery *prepared(QSqlDatabase &conn, const QString &text);

// Logs why `query` failed (prepare or exec) and returns false, for code that binds by hand.
bool failed(const QSqlQuery &query);

// A typed SQL NULL for a text column.
QVariant nullText();
// An empty string for a NOT NULL text column (a null QString would bind as NULL).
QString notNull(const QString &s);

// Times are stored as ISO 8601 UTC text with milliseconds, which sorts correctly as text.
QString timeText(const QDateTime &t);
QDateTime parseTime(const QVariant &v);

} // namespace ov::server::sql
