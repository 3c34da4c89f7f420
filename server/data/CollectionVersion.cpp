#include "CollectionVersion.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace ov::server {

std::optional<CollectionVersion> CollectionVersion::of(QSqlDatabase &conn, const QString &table,
                                                       const QString &userId,
                                                       const QString &contractId)
{
    QSqlQuery *q = sql::prepared(
        conn, QStringLiteral("SELECT (SELECT COUNT(*) FROM user_contracts WHERE user_id = :u"
                             " AND contract_id = :c), COALESCE(MAX(row_version), 0),"
                             " COUNT(*) FROM ") +
                  table + QStringLiteral(" WHERE contract_id = :c2"));
    if (!q)
        return std::nullopt;
    q->bindValue(QStringLiteral(":u"), userId);
    q->bindValue(QStringLiteral(":c"), contractId);
    q->bindValue(QStringLiteral(":c2"), contractId);
    if (!q->exec() || !q->next())
        return sql::failed(*q), std::nullopt;
    CollectionVersion v;
    v.owned = q->value(0).toInt() > 0;
    v.validator = QByteArray::number(q->value(1).toLongLong()) + ':' +
                  QByteArray::number(q->value(2).toLongLong());
    q->finish();
    return v;
}

} // namespace ov::server
