#pragma once

#include "api/ApiError.h"
#include "cache/PendingPayment.h"
#include "domain/Payment.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QTimer;

namespace ov {

class AppController;
struct Invoice;

// Paying an invoice online: creates the payment (its Idempotency-Key saved in the cache before
// the request goes, so a retry or a restart never opens a second one), hands the hosted page's
// URL to the window to open in the browser, and follows the payment — polling with backoff
// until it is final or expired — then syncs so the invoice shows paid. Payments still open when
// the app closed are followed again when the workspace opens (resume()).
class PaymentController : public QObject
{
    Q_OBJECT

public:
    explicit PaymentController(AppController *app, QObject *parent = nullptr);
    ~PaymentController() override;

    // Starts paying, or picks the invoice's open payment up again (a second click never opens
    // a second payment).
    void pay(const Invoice &invoice);
    // Follows the payments the cache says are open.
    void resume();
    // The last known state of the invoice's payment, if one is followed or was just decided.
    std::optional<Payment> paymentFor(const QString &invoiceId) const;
    bool isFollowing(const QString &invoiceId) const { return m_following.contains(invoiceId); }

    // Seconds between polls: each next one, the last repeated (tests shorten them).
    void setPollDelays(QList<int> milliseconds) { m_delays = std::move(milliseconds); }

signals:
    void checkoutReady(const QString &invoiceId, const QUrl &payUrl); // open it in the browser
    void paymentChanged(const QString &invoiceId, const ov::Payment &payment);
    void paymentFailed(const QString &invoiceId, const ov::ApiError &error);

private:
    struct Followed
    {
        PendingPayment pending;
        int polls = 0;
        QTimer *timer = nullptr;
    };

    void create(const PendingPayment &pending, bool openWhenReady);
    void poll(const QString &invoiceId);
    void schedule(const QString &invoiceId);
    void settle(const QString &invoiceId, const Payment &payment);
    void stopFollowing(const QString &invoiceId);
    void save(const PendingPayment &pending);
    void forget(const QString &invoiceId);

    AppController *m_app;
    QHash<QString, Followed> m_following;
    QHash<QString, Payment> m_known;
    QList<int> m_delays{2000, 3000, 5000, 8000, 13000, 15000};
};

} // namespace ov
