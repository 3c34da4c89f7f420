#include "PaymentController.h"

#include "AppController.h"
#include "domain/Invoice.h"

#include "core/FutureCallback.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcPayment, "ov.payment")

namespace ov {

namespace {
// How long past its expiry a payment is still asked about: the gateway may have approved it in
// the last second.
constexpr int kGraceSeconds = 60;
} // namespace

PaymentController::PaymentController(AppController *app, QObject *parent)
    : QObject(parent)
    , m_app(app)
{
    connect(app, &AppController::stageChanged, this, [this](AppController::Stage stage) {
        for (const QString &id : m_following.keys())
            stopFollowing(id);
        m_known.clear();
        if (stage == AppController::Stage::Workspace)
            resume();
    });
}

PaymentController::~PaymentController() = default;

std::optional<Payment> PaymentController::paymentFor(const QString &invoiceId) const
{
    const auto it = m_known.constFind(invoiceId);
    return it == m_known.cend() ? std::nullopt : std::optional<Payment>(*it);
}

void PaymentController::save(const PendingPayment &pending)
{
    if (Cache *cache = m_app->cache())
        cache->run([cache, pending] { return cache->savePendingPayment(pending); });
}

void PaymentController::forget(const QString &invoiceId)
{
    if (Cache *cache = m_app->cache())
        cache->run([cache, invoiceId] { return cache->forgetPendingPayment(invoiceId); });
}

void PaymentController::resume()
{
    Cache *cache = m_app->cache();
    if (!cache)
        return;
    auto future = cache->run([cache] { return cache->pendingPayments(); });
    whenFinished(this, future, [this](const QList<PendingPayment> &list) {
        for (const PendingPayment &p : list) {
            if (m_following.contains(p.invoiceId))
                continue;
            if (p.paymentId.isEmpty())
                create(p, false); // the answer was lost: the same key brings the same payment
            else {
                m_following.insert(p.invoiceId, Followed{p});
                poll(p.invoiceId);
            }
        }
    });
}

void PaymentController::pay(const Invoice &invoice)
{
    if (m_following.contains(invoice.id)) {
        const PendingPayment &p = m_following.value(invoice.id).pending;
        if (!p.payUrl.isEmpty())
            emit checkoutReady(invoice.id, QUrl(p.payUrl)); // the same page again
        return;
    }
    PendingPayment pending;
    pending.invoiceId = invoice.id;
    pending.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_known.remove(invoice.id);
    save(pending); // before the request: a crash in between must not lose the key
    create(pending, true);
}

void PaymentController::create(const PendingPayment &pending, bool openWhenReady)
{
    m_following.insert(pending.invoiceId, Followed{pending});
    ApiCall call =
        ApiCall::post(QStringLiteral("/invoices/%1/payments").arg(pending.invoiceId), {});
    call.idempotencyKey = pending.idempotencyKey.toUtf8();
    const QString invoiceId = pending.invoiceId;
    m_app->api()->send(call, this, [this, invoiceId, openWhenReady](const ApiResult &r) {
        if (!m_following.contains(invoiceId))
            return;
        std::optional<Payment> payment;
        if (r.ok())
            payment = Payment::fromJson(QJsonDocument::fromJson(r.body).object());
        if (!payment) {
            ApiError error;
            error.kind = ApiError::Kind::InvalidResponse;
            if (r.error)
                error = *r.error;
            // Offline: keep the key and try again later (resume); refused: nothing to follow.
            stopFollowing(invoiceId);
            if (!error.isOffline())
                forget(invoiceId);
            emit paymentFailed(invoiceId, error);
            return;
        }
        Followed &f = m_following[invoiceId];
        f.pending.paymentId = payment->id;
        f.pending.payUrl = payment->payUrl;
        f.pending.expiresAt = payment->expiresAt;
        save(f.pending);
        m_known.insert(invoiceId, *payment);
        emit paymentChanged(invoiceId, *payment);
        if (openWhenReady && payment->status == Payment::Status::Pending)
            emit checkoutReady(invoiceId, QUrl(payment->payUrl));
        if (payment->isFinal())
            settle(invoiceId, *payment);
        else
            schedule(invoiceId);
    });
}

void PaymentController::schedule(const QString &invoiceId)
{
    auto it = m_following.find(invoiceId);
    if (it == m_following.end())
        return;
    if (!it->timer) {
        it->timer = new QTimer(this);
        it->timer->setSingleShot(true);
        connect(it->timer, &QTimer::timeout, this, [this, invoiceId] { poll(invoiceId); });
    }
    const int delay =
        m_delays.isEmpty() ? 5000 : m_delays.at(std::min(it->polls, int(m_delays.size()) - 1));
    ++it->polls;
    it->timer->start(delay);
}

void PaymentController::poll(const QString &invoiceId)
{
    const auto it = m_following.constFind(invoiceId);
    if (it == m_following.cend())
        return;
    const PendingPayment p = it->pending;
    m_app->api()->send(
        ApiCall::get(QStringLiteral("/payments/") + p.paymentId), this,
        [this, invoiceId, p](const ApiResult &r) {
            if (!m_following.contains(invoiceId))
                return;
            const auto payment =
                r.ok() ? Payment::fromJson(QJsonDocument::fromJson(r.body).object()) : std::nullopt;
            if (payment) {
                m_known.insert(invoiceId, *payment);
                emit paymentChanged(invoiceId, *payment);
                if (payment->isFinal())
                    return settle(invoiceId, *payment);
            } else if (r.error && r.error->status == 404) {
                // The server does not know it (another user's cache, a reset demo).
                stopFollowing(invoiceId);
                forget(invoiceId);
                return;
            }
            // Offline or pending: ask again, until well past its expiry.
            if (p.expiresAt.isValid() &&
                QDateTime::currentDateTimeUtc() > p.expiresAt.addSecs(kGraceSeconds) && !payment) {
                stopFollowing(invoiceId);
                return;
            }
            schedule(invoiceId);
        });
}

void PaymentController::settle(const QString &invoiceId, const Payment &payment)
{
    qCInfo(lcPayment) << "payment" << payment.id << "is" << Payment::toString(payment.status);
    stopFollowing(invoiceId);
    forget(invoiceId);
    if (payment.status == Payment::Status::Approved)
        if (SyncEngine *sync = m_app->sync())
            sync->syncNow(); // the invoice turns paid through the feed, like every change
}

void PaymentController::stopFollowing(const QString &invoiceId)
{
    auto it = m_following.find(invoiceId);
    if (it == m_following.end())
        return;
    if (it->timer)
        it->timer->deleteLater();
    m_following.erase(it);
}

} // namespace ov
