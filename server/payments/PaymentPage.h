#pragma once

#include "PaymentService.h"

#include "domain/UtilityConfig.h"

#include <QByteArray>
#include <QString>

namespace ov::server {

// The hosted payment page's HTML, in Spanish or English: the utility, the invoice, the amount
// and the reference with "Pay" and "Cancel" while the payment is open, else its outcome. No
// script; the one style block carries the response's CSP nonce; the form posts back to the
// page with the CSRF token that must match the page's cookie.
class PaymentPage
{
public:
    enum class Notice
    {
        None,
        NotFound,
        Forbidden, // the form came without its token, or from another site
        Failed
    };

    static QByteArray render(const UtilityConfig &utility, const PaymentService::Checkout *checkout,
                             const QString &language, const QString &csrfToken,
                             const QString &nonce, Notice notice = Notice::None);
    static QString escape(const QString &text);
};

} // namespace ov::server
