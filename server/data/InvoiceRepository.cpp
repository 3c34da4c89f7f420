#include "InvoiceRepository.h"

#include "db/Sql.h"

#include <QSqlQuery>

namespace ov::server {

InvoiceRepository::InvoiceRepository(Database &db, const BillingCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
{}

std::optional<Page<Invoice>> InvoiceRepository::listForContract(const QString &contractId,
                                                                const ListQuery &query)
{
    QSqlQuery q(m_db.connection());
    QString text = QStringLiteral(
        "SELECT id, contract_id, number, period, issue_date, due_date, amount, currency, paid_at,"
        " consumption, unit, updated_at FROM invoices WHERE contract_id = :c");
    if (!query.after.isEmpty())
        text += QStringLiteral(" AND (period < :p OR (period = :p2 AND id < :id))");
    if (query.updatedSince.isValid())
        text += QStringLiteral(" AND updated_at > :since");
    text += QStringLiteral(" ORDER BY period DESC, id DESC LIMIT :limit");
    if (!q.prepare(text))
        return std::nullopt;
    q.bindValue(QStringLiteral(":c"), contractId);
    if (!query.after.isEmpty()) {
        q.bindValue(QStringLiteral(":p"), query.after.at(0));
        q.bindValue(QStringLiteral(":p2"), query.after.at(0));
        q.bindValue(QStringLiteral(":id"), query.after.at(1));
    }
    if (query.updatedSince.isValid())
        q.bindValue(QStringLiteral(":since"), sql::timeText(query.updatedSince));
    q.bindValue(QStringLiteral(":limit"), query.limit + 1);
    if (!q.exec())
        return std::nullopt;
    Page<Invoice> page;
    while (q.next()) {
        Invoice i;
        i.id = q.value(0).toString();
        i.contractId = q.value(1).toString();
        i.number = q.value(2).toString();
        i.period = q.value(3).toString();
        i.issueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        i.dueDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        i.amount = Money{q.value(6).toLongLong(), q.value(7).toString()};
        i.paidAt = sql::parseTime(q.value(8));
        i.status = m_calendar.statusOf(i.paidAt.isValid(), i.dueDate);
        i.consumption = q.value(9).toDouble();
        i.unit = q.value(10).toString();
        i.updatedAt = sql::parseTime(q.value(11));
        page.items.append(i);
    }
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.nextCursor = ListQuery::encodeCursor({page.items.last().period, page.items.last().id});
    }
    return page;
}

} // namespace ov::server
