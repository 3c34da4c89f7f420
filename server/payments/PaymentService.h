#pragma once

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Payment.h"
#include "http/ServiceResult.h"

#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace ov::server {

// Online payments of invoices through the hosted page (/pay/{id}), which stands in for the
// utility's gateway (PSE, SPEI, card). One open payment per invoice at most: asking again while
// one is pending returns it (a unique index makes that hold under concurrent requests too). A
// pending payment expires 30 minutes after it was created — derived when read, like an
// invoice's overdue — and paying it marks the invoice paid in the same write the feed sees.
class PaymentService
{
public:
    static constexpr int kExpirySeconds = 30 * 60;

    struct Checkout // what the hosted page shows
    {
        Payment payment;
        QString invoiceNumber;
        QString paymentReference;
        QString period;
    };
    enum class Decision
    {
        Approved,
        Declined,
        NotOpen, // already decided or expired: nothing changed
        NotFound,
        Failed
    };

    PaymentService(Database &db, std::shared_ptr<const Clock> clock);

    // 201 with a new payment, 200 with the invoice's open one, 404 for an invoice that is not
    // the user's, 409 invoice_already_paid.
    ServiceResult create(const QString &userId, const QString &invoiceId, const QString &baseUrl);
    // 200 with the user's payment, 404 otherwise.
    ServiceResult find(const QString &userId, const QString &paymentId, const QString &baseUrl);

    std::optional<Checkout> checkout(const QString &paymentId, const QString &baseUrl,
                                     bool *failed);
    Decision decide(const QString &paymentId, bool pay);

    static QString payUrl(const QString &baseUrl, const QString &paymentId);

private:
    static QString columns();
    Payment fromRow(const QSqlQuery &q, const QString &baseUrl) const;

    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};

} // namespace ov::server
