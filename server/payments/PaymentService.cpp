#include "PaymentService.h"

#include "auth/TokenGenerator.h"
#include "data/InvoiceRepository.h"
#include "db/Sql.h"
#include "db/Transaction.h"
#include "sync/SyncWrite.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPayments, "ov.server.payments")

namespace ov::server {

PaymentService::PaymentService(Database &db, std::shared_ptr<const Clock> clock)
    : m_db(db)
    , m_clock(std::move(clock))
{}

QString PaymentService::payUrl(const QString &baseUrl, const QString &paymentId)
{
    return baseUrl + QStringLiteral("/pay/") + paymentId;
}

QString PaymentService::columns()
{
    return QStringLiteral("p.id, p.invoice_id, p.amount, p.currency, p.status, p.created_at,"
                          " p.updated_at, p.expires_at");
}

Payment PaymentService::fromRow(const QSqlQuery &q, const QString &baseUrl) const
{
    Payment p;
    p.id = q.value(0).toString();
    p.invoiceId = q.value(1).toString();
    p.amount = Money{q.value(2).toLongLong(), q.value(3).toString()};
    p.status = Payment::statusFromString(q.value(4).toString()).value_or(Payment::Status::Declined);
    p.createdAt = sql::parseTime(q.value(5));
    p.updatedAt = sql::parseTime(q.value(6));
    p.expiresAt = sql::parseTime(q.value(7));
    if (p.status == Payment::Status::Pending && m_clock->now() >= p.expiresAt) {
        p.status = Payment::Status::Expired;
        p.updatedAt = p.expiresAt;
    }
    p.payUrl = payUrl(baseUrl, p.id);
    return p;
}

ServiceResult PaymentService::create(const QString &userId, const QString &invoiceId,
                                     const QString &baseUrl)
{
    QSqlDatabase conn = m_db.connection();
    const QDateTime now = m_clock->now();
    for (int attempt = 0; attempt < 2; ++attempt) {
        Transaction tx(conn, m_db.dialect());
        QSqlQuery q(conn);
        if (!sql::exec(q,
                       QStringLiteral("SELECT i.amount, i.currency, i.paid_at FROM invoices i"
                                      " JOIN user_contracts uc ON uc.contract_id = i.contract_id"
                                      " WHERE i.id = :i AND uc.user_id = :u"),
                       {{":i", invoiceId}, {":u", userId}}))
            return ServiceResult::internalError();
        if (!q.next())
            return ServiceResult::problem(404, QStringLiteral("not_found"));
        if (!q.value(2).isNull())
            return ServiceResult::problem(409, QStringLiteral("invoice_already_paid"));
        const Money amount{q.value(0).toLongLong(), q.value(1).toString()};
        // A pending payment past its time is expired for good: it no longer holds the invoice.
        if (!sql::exec(
                q,
                QStringLiteral("UPDATE payments SET status = 'expired', updated_at = expires_at"
                               " WHERE invoice_id = :i AND status = 'pending'"
                               " AND expires_at <= :now"),
                {{":i", invoiceId}, {":now", sql::timeText(now)}}) ||
            !sql::exec(q,
                       QStringLiteral("SELECT ") + columns() +
                           QStringLiteral(" FROM payments p WHERE p.invoice_id = :i"
                                          " AND p.status = 'pending'"),
                       {{":i", invoiceId}}))
            return ServiceResult::internalError();
        if (q.next()) {
            const Payment open = fromRow(q, baseUrl);
            q.finish();
            if (!tx.commit())
                return ServiceResult::internalError();
            return ServiceResult::ok(200, open.toJson());
        }
        Payment p;
        p.id = TokenGenerator::token(QStringLiteral("pay_"), 16); // the page's URL is its key
        p.invoiceId = invoiceId;
        p.amount = amount;
        p.createdAt = now;
        p.updatedAt = now;
        p.expiresAt = now.addSecs(kExpirySeconds);
        p.payUrl = payUrl(baseUrl, p.id);
        if (sql::exec(
                q,
                QStringLiteral("INSERT INTO payments (id, invoice_id, user_id, amount, currency,"
                               " status, created_at, updated_at, expires_at) VALUES (:id, :i,"
                               " :u, :a, :c, 'pending', :now, :now2, :exp)"),
                {{":id", p.id},
                 {":i", invoiceId},
                 {":u", userId},
                 {":a", amount.amount},
                 {":c", amount.currency},
                 {":now", sql::timeText(now)},
                 {":now2", sql::timeText(now)},
                 {":exp", sql::timeText(p.expiresAt)}}) &&
            tx.commit()) {
            qCInfo(lcPayments) << "payment" << p.id << "of" << invoiceId << "created";
            return ServiceResult::ok(201, p.toJson());
        }
        // Another request opened one at the same moment (the unique index said no): that one
        // is the answer, read on the second pass.
    }
    return ServiceResult::internalError();
}

ServiceResult PaymentService::find(const QString &userId, const QString &paymentId,
                                   const QString &baseUrl)
{
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + columns() +
                       QStringLiteral(" FROM payments p WHERE p.id = :id AND p.user_id = :u"),
                   {{":id", paymentId}, {":u", userId}}))
        return ServiceResult::internalError();
    if (!q.next())
        return ServiceResult::problem(404, QStringLiteral("not_found"));
    return ServiceResult::ok(200, fromRow(q, baseUrl).toJson());
}

std::optional<PaymentService::Checkout>
PaymentService::checkout(const QString &paymentId, const QString &baseUrl, bool *failed)
{
    *failed = false;
    QSqlQuery q(m_db.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + columns() +
                       QStringLiteral(", i.number, i.payment_reference, i.period FROM payments p"
                                      " JOIN invoices i ON i.id = p.invoice_id WHERE p.id = :id"),
                   {{":id", paymentId}})) {
        *failed = true;
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return Checkout{fromRow(q, baseUrl), q.value(8).toString(), q.value(9).toString(),
                    q.value(10).toString()};
}

PaymentService::Decision PaymentService::decide(const QString &paymentId, bool pay)
{
    const QDateTime now = m_clock->now();
    // A write clients sync (the invoice turns paid), so through SyncWrite; a cancel touches no
    // synced row but takes the same path to stay simple and ordered.
    SyncWrite write(m_db);
    QSqlQuery q(write.connection());
    if (!sql::exec(q, QStringLiteral("SELECT invoice_id FROM payments WHERE id = :id"),
                   {{":id", paymentId}}))
        return Decision::Failed;
    if (!q.next())
        return Decision::NotFound;
    const QString invoiceId = q.value(0).toString();
    q.finish();
    if (!sql::exec(q,
                   QStringLiteral("UPDATE payments SET status = :s, updated_at = :now"
                                  " WHERE id = :id AND status = 'pending' AND expires_at > :now2"),
                   {{":s", pay ? QStringLiteral("approved") : QStringLiteral("declined")},
                    {":now", sql::timeText(now)},
                    {":id", paymentId},
                    {":now2", sql::timeText(now)}}))
        return Decision::Failed;
    if (q.numRowsAffected() != 1)
        return Decision::NotOpen;
    if (pay && !InvoiceRepository::markPaid(write, invoiceId, now))
        return Decision::Failed; // paid some other way meanwhile: roll the approval back
    if (!write.commit())
        return Decision::Failed;
    qCInfo(lcPayments) << "payment" << paymentId << (pay ? "approved" : "declined");
    return pay ? Decision::Approved : Decision::Declined;
}

} // namespace ov::server
