#include "InvoiceRepository.h"

#include "db/Sql.h"
#include "sync/SyncWrite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace ov::server {

namespace {
const QStringList kColumns = {QStringLiteral("id"),
                              QStringLiteral("contract_id"),
                              QStringLiteral("number"),
                              QStringLiteral("period"),
                              QStringLiteral("issue_date"),
                              QStringLiteral("due_date"),
                              QStringLiteral("amount"),
                              QStringLiteral("currency"),
                              QStringLiteral("paid_at"),
                              QStringLiteral("consumption"),
                              QStringLiteral("unit"),
                              QStringLiteral("updated_at"),
                              QStringLiteral("period_start"),
                              QStringLiteral("period_end"),
                              QStringLiteral("previous_reading"),
                              QStringLiteral("current_reading"),
                              QStringLiteral("lines"),
                              QStringLiteral("payment_reference")};

std::optional<double> optionalNumber(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant nullableNumber(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(); // an invalid QVariant binds as NULL
}

QString linesText(const QList<InvoiceLine> &lines)
{
    QJsonArray a;
    for (const auto &l : lines)
        a.append(l.toJson());
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<InvoiceLine> parseLines(const QString &text)
{
    QList<InvoiceLine> lines;
    const QJsonArray a = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : a)
        if (auto l = InvoiceLine::fromJson(v))
            lines.append(std::move(*l));
    return lines;
}
} // namespace

InvoiceRepository::InvoiceRepository(Database &db, const BillingCalendar &calendar)
    : m_db(db)
    , m_calendar(calendar)
{}

QString InvoiceRepository::columns(const QString &alias)
{
    QStringList list;
    for (const QString &c : kColumns)
        list << (alias.isEmpty() ? c : alias + QLatin1Char('.') + c);
    return list.join(QStringLiteral(", "));
}

Invoice InvoiceRepository::fromRow(const QSqlQuery &q) const
{
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
    i.periodStart = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    i.periodEnd = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    if (!i.periodStart.isValid() || !i.periodEnd.isValid()) { // a row from before migration 5
        i.periodStart = QDate::fromString(i.period + QStringLiteral("-01"), Qt::ISODate);
        i.periodEnd = i.periodStart.addMonths(1).addDays(-1);
    }
    i.previousReading = optionalNumber(q.value(14));
    i.currentReading = optionalNumber(q.value(15));
    i.lines = parseLines(q.value(16).toString());
    i.paymentReference = q.value(17).toString();
    return i;
}

std::optional<std::optional<Invoice>> InvoiceRepository::findForUser(const QString &userId,
                                                                     const QString &invoiceId)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + columns(QStringLiteral("i")) +
                       QStringLiteral(" FROM invoices i JOIN user_contracts uc"
                                      " ON uc.contract_id = i.contract_id"
                                      " WHERE i.id = :id AND uc.user_id = :u"),
                   {{":id", invoiceId}, {":u", userId}}))
        return std::nullopt;
    if (!q.next())
        return std::optional<Invoice>();
    return std::optional<Invoice>(fromRow(q));
}

std::optional<Page<Invoice>> InvoiceRepository::listForContract(const QString &contractId,
                                                                const ListQuery &query)
{
    QSqlQuery q(m_db.connection());
    QString text = QStringLiteral("SELECT ") + columns({}) +
                   QStringLiteral(" FROM invoices WHERE contract_id = :c");
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
    while (q.next())
        page.items.append(fromRow(q));
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.nextCursor = ListQuery::encodeCursor({page.items.last().period, page.items.last().id});
    }
    return page;
}

bool InvoiceRepository::save(SyncWrite &write, const Invoice &i)
{
    const qint64 version = write.version();
    QSqlQuery q(write.connection());
    const bool ok =
        version > 0 &&
        sql::exec(
            q,
            QStringLiteral(
                "INSERT INTO invoices (id, contract_id, number, period, issue_date, due_date,"
                " amount, currency, paid_at, consumption, unit, updated_at, row_version,"
                " period_start, period_end, previous_reading, current_reading, lines,"
                " payment_reference)"
                " VALUES (:id, :c, :n, :p, :issue, :due, :amount, :cur, :paid, :cons, :unit,"
                " :upd, :v, :ps, :pe, :prev, :cur_r, :lines, :ref) ON CONFLICT (id) DO UPDATE SET "
                "contract_id = excluded.contract_id,"
                " number = excluded.number, period = excluded.period,"
                " issue_date = excluded.issue_date, due_date = excluded.due_date,"
                " amount = excluded.amount, currency = excluded.currency,"
                " paid_at = excluded.paid_at, consumption = excluded.consumption,"
                " unit = excluded.unit, updated_at = excluded.updated_at,"
                " row_version = excluded.row_version, period_start = excluded.period_start,"
                " period_end = excluded.period_end,"
                " previous_reading = excluded.previous_reading,"
                " current_reading = excluded.current_reading, lines = excluded.lines,"
                " payment_reference = excluded.payment_reference"),
            {{":id", i.id},
             {":c", i.contractId},
             {":n", i.number},
             {":p", i.period},
             {":issue", i.issueDate.toString(Qt::ISODate)},
             {":due", i.dueDate.toString(Qt::ISODate)},
             {":amount", i.amount.amount},
             {":cur", i.amount.currency},
             {":paid", i.paidAt.isValid() ? QVariant(sql::timeText(i.paidAt)) : sql::nullText()},
             {":cons", i.consumption},
             {":unit", i.unit},
             {":upd", sql::timeText(i.updatedAt)},
             {":v", version},
             // Unknown: '' (read back as the period's calendar month).
             {":ps", sql::notNull(i.periodStart.toString(Qt::ISODate))},
             {":pe", sql::notNull(i.periodEnd.toString(Qt::ISODate))},
             {":prev", nullableNumber(i.previousReading)},
             {":cur_r", nullableNumber(i.currentReading)},
             {":lines", linesText(i.lines)},
             {":ref", sql::notNull(i.paymentReference)}}) &&
        write.forgetDeletion(QStringLiteral("invoices"), i.id);
    if (!ok)
        write.fail();
    return ok;
}

bool InvoiceRepository::markPaid(SyncWrite &write, const QString &invoiceId, const QDateTime &when)
{
    const qint64 version = write.version();
    QSqlQuery q(write.connection());
    if (version <= 0 ||
        !sql::exec(q,
                   QStringLiteral("UPDATE invoices SET paid_at = :t, updated_at = :t2,"
                                  " row_version = :v WHERE id = :id AND paid_at IS NULL"),
                   {{":t", sql::timeText(when)},
                    {":t2", sql::timeText(when)},
                    {":v", version},
                    {":id", invoiceId}})) {
        write.fail();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool InvoiceRepository::remove(SyncWrite &write, const QString &invoiceId, const QDateTime &when)
{
    return write.removeItem(QStringLiteral("invoices"), QStringLiteral("invoices"), invoiceId,
                            when);
}

} // namespace ov::server
