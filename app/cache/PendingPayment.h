#pragma once

#include <QDateTime>
#include <QString>

namespace ov {

// An online payment the app is following, kept in the user's cache so that it is picked up
// again after a restart: the key is saved before the request is sent, the payment's id once the
// server has answered.
struct PendingPayment
{
    QString invoiceId;
    QString idempotencyKey;
    QString paymentId; // empty until the server answered
    QString payUrl;
    QDateTime expiresAt;

    friend bool operator==(const PendingPayment &, const PendingPayment &) = default;
};

} // namespace ov
