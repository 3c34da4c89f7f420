#include "ContractAudit.h"

#include "auth/TokenGenerator.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace ov::server {

bool ContractAudit::record(QSqlDatabase &conn, const QString &contractId, const Entry &entry)
{
    QSqlQuery q(conn);
    return sql::exec(q,
                     QStringLiteral("INSERT INTO contract_audit (id, contract_id, user_id,"
                                    " client_address, field, old_value, new_value, changed_at)"
                                    " VALUES (:id, :c, :u, :a, :f, :o, :n, :t)"),
                     {{":id", TokenGenerator::id(QStringLiteral("aud_"))},
                      {":c", contractId},
                      {":u", entry.userId.isEmpty() ? QVariant() : QVariant(entry.userId)},
                      {":a", sql::notNull(entry.clientAddress)},
                      {":f", entry.field},
                      {":o", sql::notNull(entry.oldValue)},
                      {":n", sql::notNull(entry.newValue)},
                      {":t", sql::timeText(entry.when)}});
}

std::optional<QList<ContractAudit::Entry>> ContractAudit::list(QSqlDatabase &conn,
                                                               const QString &contractId)
{
    QSqlQuery q(conn);
    if (!sql::exec(q,
                   QStringLiteral("SELECT a.changed_at, a.user_id, u.username, a.client_address,"
                                  " a.field, a.old_value, a.new_value FROM contract_audit a"
                                  " LEFT JOIN users u ON u.id = a.user_id WHERE a.contract_id = :c"
                                  " ORDER BY a.changed_at, a.field"),
                   {{":c", contractId}}))
        return std::nullopt;
    QList<Entry> entries;
    while (q.next())
        entries.append({sql::parseTime(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString()});
    return entries;
}

} // namespace ov::server
