#include "Transaction.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace ov::server {

Transaction::Transaction(QSqlDatabase db, Database::Dialect dialect, Mode mode)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    const bool sqlite = dialect == Database::Dialect::Sqlite;
    QString begin;
    if (mode == Mode::Write)
        begin = sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    else
        begin = sqlite ? QStringLiteral("BEGIN DEFERRED")
                       : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    m_active = q.exec(begin);
    if (!m_active)
        qCWarning(lcDb) << "BEGIN failed:" << q.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery q(m_db);
    const bool ok = q.exec(QStringLiteral("COMMIT"));
    if (!ok) {
        qCWarning(lcDb) << "COMMIT failed:" << q.lastError().text();
        q.exec(QStringLiteral("ROLLBACK"));
    }
    m_active = false;
    return ok;
}

} // namespace ov::server
