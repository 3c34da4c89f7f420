#include "ReadingRepository.h"

#include "db/Sql.h"
#include "domain/Json.h"

#include <QSqlQuery>

namespace ov::server {

ReadingRepository::ReadingRepository(Database &db)
    : m_db(db)
{}

std::optional<Page<Reading>> ReadingRepository::listForContract(const QString &contractId,
                                                                const ListQuery &query)
{
    QSqlQuery q(m_db.connection());
    QString text = QStringLiteral("SELECT id, contract_id, period, read_at, value, consumption,"
                                  " unit, source, updated_at FROM readings WHERE contract_id = :c");
    if (!query.after.isEmpty())
        text += QStringLiteral(" AND (read_at < :r OR (read_at = :r2 AND id < :id))");
    if (query.updatedSince.isValid())
        text += QStringLiteral(" AND updated_at > :since");
    text += QStringLiteral(" ORDER BY read_at DESC, id DESC LIMIT :limit");
    if (!q.prepare(text))
        return std::nullopt;
    q.bindValue(QStringLiteral(":c"), contractId);
    if (!query.after.isEmpty()) {
        q.bindValue(QStringLiteral(":r"), query.after.at(0));
        q.bindValue(QStringLiteral(":r2"), query.after.at(0));
        q.bindValue(QStringLiteral(":id"), query.after.at(1));
    }
    if (query.updatedSince.isValid())
        q.bindValue(QStringLiteral(":since"), sql::timeText(query.updatedSince));
    q.bindValue(QStringLiteral(":limit"), query.limit + 1);
    if (!q.exec())
        return std::nullopt;
    Page<Reading> page;
    while (q.next()) {
        Reading r;
        r.id = q.value(0).toString();
        r.contractId = q.value(1).toString();
        r.period = q.value(2).toString();
        r.readAt = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        r.value = q.value(4).toDouble();
        r.consumption = q.value(5).toDouble();
        r.unit = q.value(6).toString();
        r.source = q.value(7).toString();
        r.updatedAt = sql::parseTime(q.value(8));
        page.items.append(r);
    }
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.nextCursor =
            ListQuery::encodeCursor({json::date(page.items.last().readAt), page.items.last().id});
    }
    return page;
}

} // namespace ov::server
