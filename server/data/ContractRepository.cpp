#include "ContractRepository.h"

#include "db/Sql.h"
#include "sync/SyncWrite.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace ov::server {

namespace {

const QString kColumns = QStringLiteral(
    "c.id, c.number, c.alias, c.kind, c.holder_name,"
    " c.supply_line1, c.supply_line2, c.supply_city, c.supply_region, c.supply_postal_code,"
    " c.supply_country, c.billing_line1, c.billing_line2, c.billing_city, c.billing_region,"
    " c.billing_postal_code, c.billing_country, c.tariff, c.meter_number, c.start_date,"
    " c.status, c.updated_at, c.billing_email, c.pending_billing_email, c.paperless,"
    " c.contact_phone");

} // namespace

const QString &ContractRepository::columns()
{
    return kColumns;
}

Contract ContractRepository::fromRow(const QSqlQuery &q)
{
    Contract c;
    int i = 0;
    c.id = q.value(i++).toString();
    c.number = q.value(i++).toString();
    c.alias = q.value(i++).toString();
    c.kind = q.value(i++).toString();
    c.holderName = q.value(i++).toString();
    for (Address *a : {&c.supplyAddress, &c.billingAddress}) {
        a->line1 = q.value(i++).toString();
        a->line2 = q.value(i++).toString();
        a->city = q.value(i++).toString();
        a->region = q.value(i++).toString();
        a->postalCode = q.value(i++).toString();
        a->country = q.value(i++).toString();
    }
    c.tariff = q.value(i++).toString();
    c.meterNumber = q.value(i++).toString();
    c.startDate = QDate::fromString(q.value(i++).toString(), Qt::ISODate);
    c.status = q.value(i++).toString();
    c.updatedAt = sql::parseTime(q.value(i++));
    c.billingEmail = q.value(i++).toString();
    c.pendingBillingEmail = q.value(i++).toString();
    c.paperless = q.value(i++).toInt() != 0;
    c.contactPhone = q.value(i++).toString();
    return c;
}

ContractRepository::ContractRepository(Database &db, const BillingCalendar &calendar,
                                       QString currency)
    : m_db(db)
    , m_calendar(calendar)
    , m_currency(std::move(currency))
{}

std::optional<Page<Contract>> ContractRepository::listForUser(const QString &userId,
                                                              const ListQuery &query)
{
    QSqlQuery q(m_db.connection());
    QString text =
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM contracts c JOIN user_contracts uc ON uc.contract_id = c.id"
                       " WHERE uc.user_id = :u");
    if (!query.after.isEmpty())
        text += QStringLiteral(" AND c.number > :after");
    if (query.updatedSince.isValid())
        text += QStringLiteral(" AND c.updated_at > :since");
    text += QStringLiteral(" ORDER BY c.number LIMIT :limit");
    if (!q.prepare(text))
        return std::nullopt;
    q.bindValue(QStringLiteral(":u"), userId);
    if (!query.after.isEmpty())
        q.bindValue(QStringLiteral(":after"), query.after.first());
    if (query.updatedSince.isValid())
        q.bindValue(QStringLiteral(":since"), sql::timeText(query.updatedSince));
    q.bindValue(QStringLiteral(":limit"), query.limit + 1); // one extra: is there a next page?
    if (!q.exec())
        return std::nullopt;
    Page<Contract> page;
    while (q.next())
        page.items.append(fromRow(q));
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.nextCursor = ListQuery::encodeCursor({page.items.last().number});
    }
    if (!attachBilling(page.items))
        return std::nullopt;
    return page;
}

std::optional<std::optional<Contract>> ContractRepository::findForUser(const QString &userId,
                                                                       const QString &contractId)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + kColumns +
                       QStringLiteral(" FROM contracts c JOIN user_contracts uc"
                                      " ON uc.contract_id = c.id"
                                      " WHERE uc.user_id = :u AND c.id = :c"),
                   {{":u", userId}, {":c", contractId}}))
        return std::nullopt;
    if (!q.next())
        return std::optional<Contract>();
    QList<Contract> one{fromRow(q)};
    if (!attachBilling(one))
        return std::nullopt;
    return std::optional<Contract>(one.first());
}

std::optional<bool> ContractRepository::isOwnedBy(const QString &contractId, const QString &userId)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT 1 FROM user_contracts WHERE user_id = :u"
                                  " AND contract_id = :c"),
                   {{":u", userId}, {":c", contractId}}))
        return std::nullopt;
    return q.next();
}

bool ContractRepository::attachBilling(QList<Contract> &contracts)
{
    if (contracts.isEmpty())
        return true;
    QStringList placeholders;
    for (int i = 0; i < contracts.size(); ++i)
        placeholders << QStringLiteral(":c%1").arg(i);
    const QString in = placeholders.join(QLatin1Char(','));
    auto run = [&](QSqlQuery &q, const QString &text) {
        if (!q.prepare(text))
            return false;
        for (int i = 0; i < contracts.size(); ++i)
            q.bindValue(placeholders.at(i), contracts.at(i).id);
        return q.exec();
    };

    // The newest invoice of each contract.
    QSqlQuery q(m_db.connection());
    if (!run(q, QStringLiteral("SELECT i.contract_id, i.id, i.period, i.amount, i.currency,"
                               " i.paid_at, i.due_date FROM invoices i WHERE i.contract_id IN (") +
                    in +
                    QStringLiteral(") AND i.period = (SELECT MAX(i2.period) FROM invoices i2"
                                   " WHERE i2.contract_id = i.contract_id)")))
        return false;
    QHash<QString, InvoiceSummary> last;
    while (q.next()) {
        InvoiceSummary s;
        s.id = q.value(1).toString();
        s.period = q.value(2).toString();
        s.amount = Money{q.value(3).toLongLong(), q.value(4).toString()};
        s.dueDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        s.status = m_calendar.statusOf(!q.value(5).isNull(), s.dueDate);
        last.insert(q.value(0).toString(), s);
    }

    // What is still to pay, and since when.
    if (!run(q, QStringLiteral("SELECT contract_id, SUM(amount), MIN(due_date) FROM invoices"
                               " WHERE paid_at IS NULL AND contract_id IN (") +
                    in + QStringLiteral(") GROUP BY contract_id")))
        return false;
    struct Unpaid
    {
        qint64 amount;
        QDate oldestDue;
    };
    QHash<QString, Unpaid> unpaid;
    while (q.next())
        unpaid.insert(
            q.value(0).toString(),
            {q.value(1).toLongLong(), QDate::fromString(q.value(2).toString(), Qt::ISODate)});

    for (Contract &c : contracts) {
        if (const auto it = last.constFind(c.id); it != last.cend())
            c.lastInvoice = *it;
        c.balanceDue = Money{0, m_currency};
        c.paymentStatus = InvoiceStatus::Paid;
        if (const auto it = unpaid.constFind(c.id); it != unpaid.cend()) {
            c.balanceDue.amount = it->amount;
            c.paymentStatus = m_calendar.statusOf(false, it->oldestDue);
        }
    }
    return true;
}

bool ContractRepository::updateAlias(SyncWrite &write, const QString &contractId,
                                     const QString &alias, const QDateTime &when)
{
    const qint64 version = write.version();
    QSqlQuery q(write.connection());
    if (version <= 0 ||
        !sql::exec(q,
                   QStringLiteral("UPDATE contracts SET alias = :a, updated_at = :t,"
                                  " row_version = :v WHERE id = :id"),
                   {{":a", sql::notNull(alias)},
                    {":t", sql::timeText(when)},
                    {":v", version},
                    {":id", contractId}})) {
        write.fail();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ContractRepository::updateEditable(SyncWrite &write, const Contract &c, const QDateTime &when)
{
    const qint64 version = write.version();
    QSqlQuery q(write.connection());
    if (version <= 0 ||
        !sql::exec(q,
                   QStringLiteral("UPDATE contracts SET alias = :a, billing_email = :be,"
                                  " pending_billing_email = :pe, paperless = :pl,"
                                  " contact_phone = :ph, billing_line1 = :l1, billing_line2 = :l2,"
                                  " billing_city = :city, billing_region = :region,"
                                  " billing_postal_code = :pc, billing_country = :country,"
                                  " updated_at = :t, row_version = :v WHERE id = :id"),
                   {{":a", sql::notNull(c.alias)},
                    {":be", sql::notNull(c.billingEmail)},
                    {":pe", sql::notNull(c.pendingBillingEmail)},
                    {":pl", c.paperless ? 1 : 0},
                    {":ph", sql::notNull(c.contactPhone)},
                    {":l1", sql::notNull(c.billingAddress.line1)},
                    {":l2", sql::notNull(c.billingAddress.line2)},
                    {":city", sql::notNull(c.billingAddress.city)},
                    {":region", sql::notNull(c.billingAddress.region)},
                    {":pc", sql::notNull(c.billingAddress.postalCode)},
                    {":country", sql::notNull(c.billingAddress.country)},
                    {":t", sql::timeText(when)},
                    {":v", version},
                    {":id", c.id}})) {
        write.fail();
        return false;
    }
    return q.numRowsAffected() == 1;
}

bool ContractRepository::link(SyncWrite &write, const QString &userId, const QString &contractId,
                              const QDateTime &when)
{
    const qint64 version = write.version();
    QSqlQuery q(write.connection());
    const bool ok =
        version > 0 &&
        sql::exec(
            q,
            QStringLiteral("INSERT INTO user_contracts (user_id, contract_id, linked_at,"
                           " linked_version) VALUES (:u, :c, :t, :v)"
                           " ON CONFLICT (user_id, contract_id) DO NOTHING"),
            {{":u", userId}, {":c", contractId}, {":t", sql::timeText(when)}, {":v", version}}) &&
        sql::exec(
            q, QStringLiteral("DELETE FROM sync_unlinks WHERE user_id = :u AND contract_id = :c"),
            {{":u", userId}, {":c", contractId}});
    if (!ok)
        write.fail();
    return ok;
}

bool ContractRepository::unlink(SyncWrite &write, const QString &userId, const QString &contractId,
                                const QDateTime &when)
{
    QSqlQuery q(write.connection());
    if (!sql::exec(
            q, QStringLiteral("DELETE FROM user_contracts WHERE user_id = :u AND contract_id = :c"),
            {{":u", userId}, {":c", contractId}})) {
        write.fail();
        return false;
    }
    if (q.numRowsAffected() != 1)
        return false;
    const qint64 version = write.version();
    const bool ok =
        version > 0 &&
        sql::exec(
            q,
            QStringLiteral("INSERT INTO sync_unlinks (user_id, contract_id, version,"
                           " unlinked_at) VALUES (:u, :c, :v, :t)"
                           " ON CONFLICT (user_id, contract_id) DO UPDATE SET"
                           " version = excluded.version, unlinked_at = excluded.unlinked_at"),
            {{":u", userId}, {":c", contractId}, {":v", version}, {":t", sql::timeText(when)}});
    if (!ok)
        write.fail();
    return ok;
}

} // namespace ov::server
