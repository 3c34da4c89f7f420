#include "ReadingRepository.h"

#include "db/Sql.h"
#include "domain/Json.h"
#include "sync/SyncWrite.h"

#include <QSqlQuery>
#include <QStringList>

namespace ov::server {

namespace {
const QStringList kColumns = {
    QStringLiteral("id"),           QStringLiteral("contract_id"), QStringLiteral("period"),
    QStringLiteral("read_at"),      QStringLiteral("value"),       QStringLiteral("consumption"),
    QStringLiteral("unit"),         QStringLiteral("source"),      QStringLiteral("updated_at"),
    QStringLiteral("meter_number"), QStringLiteral("needs_review")};
} // namespace

ReadingRepository::ReadingRepository(Database &db)
    : m_db(db)
{}

QString ReadingRepository::columns(const QString &alias)
{
    QStringList list;
    for (const QString &c : kColumns)
        list << (alias.isEmpty() ? c : alias + QLatin1Char('.') + c);
    return list.join(QStringLiteral(", "));
}

Reading ReadingRepository::fromRow(const QSqlQuery &q)
{
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
    r.meterNumber = q.value(9).toString();
    r.needsReview = q.value(10).toInt() != 0;
    return r;
}

std::optional<Page<Reading>> ReadingRepository::listForContract(const QString &contractId,
                                                                const ListQuery &query)
{
    QSqlQuery q(m_db.connection());
    QString text = QStringLiteral("SELECT ") + columns({}) +
                   QStringLiteral(" FROM readings WHERE contract_id = :c");
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
    while (q.next())
        page.items.append(fromRow(q));
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.nextCursor =
            ListQuery::encodeCursor({json::date(page.items.last().readAt), page.items.last().id});
    }
    return page;
}

bool ReadingRepository::save(SyncWrite &write, const Reading &r)
{
    const qint64 version = write.version();
    QSqlQuery q(write.connection());
    const bool ok =
        version > 0 &&
        sql::exec(q,
                  QStringLiteral(
                      "INSERT INTO readings (id, contract_id, period, read_at, value, consumption,"
                      " unit, source, updated_at, row_version, meter_number, needs_review)"
                      " VALUES (:id, :c, :p, :at, :val, :cons, :unit, :src, :upd, :v, :meter,"
                      " :review) ON CONFLICT (id) DO UPDATE SET"
                      " contract_id = excluded.contract_id, period = excluded.period,"
                      " read_at = excluded.read_at, value = excluded.value,"
                      " consumption = excluded.consumption, unit = excluded.unit,"
                      " source = excluded.source, updated_at = excluded.updated_at,"
                      " row_version = excluded.row_version,"
                      " meter_number = excluded.meter_number,"
                      " needs_review = excluded.needs_review"),
                  {{":id", r.id},
                   {":c", r.contractId},
                   {":p", r.period},
                   {":at", r.readAt.toString(Qt::ISODate)},
                   {":val", r.value},
                   {":cons", r.consumption},
                   {":unit", r.unit},
                   {":src", r.source},
                   {":upd", sql::timeText(r.updatedAt)},
                   {":v", version},
                   {":meter", r.meterNumber},
                   {":review", r.needsReview ? 1 : 0}}) &&
        write.forgetDeletion(QStringLiteral("readings"), r.id);
    if (!ok)
        write.fail();
    return ok;
}

bool ReadingRepository::remove(SyncWrite &write, const QString &readingId, const QDateTime &when)
{
    return write.removeItem(QStringLiteral("readings"), QStringLiteral("readings"), readingId,
                            when);
}

} // namespace ov::server
