#include "PaymentRoutes.h"

#include "PaymentPage.h"

#include "auth/TokenGenerator.h"
#include "http/HttpReply.h"

#include <QRegularExpression>
#include <QUrlQuery>

#include <sodium.h>

namespace ov::server {

namespace {

constexpr const char *kCsrfCookie = "ov_pay_csrf";
constexpr std::size_t kMaxFormBytes = 4096;

// Where the app's server is, as the caller reached it: the payment page's URL is built on it.
QString baseUrlOf(const ApiRequest &req, bool tls)
{
    static const QRegularExpression sane(QStringLiteral("^[A-Za-z0-9.\\-]+(:[0-9]{1,5})?$|"
                                                        "^\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?$"));
    QString host = req.header("Host");
    if (!sane.match(host).hasMatch())
        host = QStringLiteral("localhost");
    return (tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
}

QString cookieValue(const httplib::Request &http, const char *name)
{
    const QString header = QString::fromStdString(http.get_header_value("Cookie"));
    for (const QString &part : header.split(QLatin1Char(';'))) {
        const QString p = part.trimmed();
        const QString prefix = QString::fromLatin1(name) + QLatin1Char('=');
        if (p.startsWith(prefix))
            return p.mid(prefix.size());
    }
    return {};
}

bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    return !x.isEmpty() && x.size() == y.size() &&
           sodium_memcmp(x.constData(), y.constData(), size_t(x.size())) == 0;
}

// The page's answer: HTML that runs no script, cannot be framed or cached, and styles only
// with its own nonce.
void page(httplib::Response &res, int status, const QByteArray &html, const QString &nonce)
{
    res.status = status;
    res.set_header("Content-Security-Policy",
                   QString(QStringLiteral("default-src 'none'; style-src 'nonce-") + nonce +
                           QStringLiteral("'; form-action 'self'; frame-ancestors 'none';"
                                          " base-uri 'none'"))
                       .toStdString());
    res.set_header("X-Frame-Options", "DENY");
    // Not no-referrer: with it, browsers send "Origin: null" on the form's POST, and the origin
    // check below could not tell the page from another site.
    res.set_header("Referrer-Policy", "same-origin");
    http::replaceHeader(res, "Cache-Control", "no-store");
    res.set_content(html.constData(), size_t(html.size()), "text/html; charset=utf-8");
}

bool wantsHtml(const ApiRequest &req)
{
    return req.header("Accept").contains(QLatin1StringView("text/html"));
}

// An error for a program (no text/html in Accept): problem+json like the rest of the API.
void problemFor(ApiRequest &req, httplib::Response &res, int status)
{
    switch (status) {
    case 400:
        return http::problem(res, req.language, 400, QStringLiteral("validation_failed"),
                             {{QStringLiteral("action"), QStringLiteral("invalid")}});
    case 403:
        return http::problem(res, req.language, 403, QStringLiteral("csrf_failed"));
    case 404:
        return http::problem(res, req.language, 404, QStringLiteral("not_found"));
    default:
        return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
    }
}

// Shows the payment (or that there is none); `notice` says why the page is shown again.
void showCheckout(ServerContext &context, ApiRequest &req, httplib::Response &res,
                  PaymentPage::Notice notice = PaymentPage::Notice::None, int status = 200)
{
    if (status >= 400 && !wantsHtml(req))
        return problemFor(req, res, status);
    const QString id = req.param(QStringLiteral("paymentId"));
    bool failed = false;
    const auto checkout = context.payments.checkout(id, baseUrlOf(req, context.tls), &failed);
    const QString nonce = TokenGenerator::token({}, 16);
    const UtilityConfig &config = context.utility.config(req.language);
    if ((failed || !checkout) && !wantsHtml(req))
        return problemFor(req, res, failed ? 500 : 404);
    if (failed)
        return page(res, 500,
                    PaymentPage::render(config, nullptr, req.language, {}, nonce,
                                        PaymentPage::Notice::Failed),
                    nonce);
    if (!checkout)
        return page(res, 404,
                    PaymentPage::render(config, nullptr, req.language, {}, nonce,
                                        PaymentPage::Notice::NotFound),
                    nonce);
    // Double-submit: the form carries the token the cookie holds. A form posted from another
    // site comes without the cookie (SameSite=Strict), so it cannot match.
    const QString csrf = TokenGenerator::token({}, 24);
    res.set_header("Set-Cookie", QString(QString::fromLatin1(kCsrfCookie) + QLatin1Char('=') +
                                         csrf + QStringLiteral("; Path=/pay/") + id +
                                         QStringLiteral("; HttpOnly; SameSite=Strict") +
                                         (context.tls ? QStringLiteral("; Secure") : QString()))
                                     .toStdString());
    page(res, status, PaymentPage::render(config, &*checkout, req.language, csrf, nonce, notice),
         nonce);
}

} // namespace

void PaymentRoutes::install(Router &router, ServerContext &context)
{
    router.post(
        QStringLiteral("/api/v1/invoices/{invoiceId}/payments"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            // A retried POST must never pay twice: the key is what makes it safe to retry.
            if (req.header("Idempotency-Key").trimmed().isEmpty())
                return http::problem(
                    res, req.language, 400, QStringLiteral("validation_failed"),
                    {{QStringLiteral("Idempotency-Key"), QStringLiteral("required")}});
            http::send(res, req.language,
                       context.payments.create(req.userId(), req.param(QStringLiteral("invoiceId")),
                                               baseUrlOf(req, context.tls)));
        },
        Router::Idempotency::Keyed);

    router.get(QStringLiteral("/api/v1/payments/{paymentId}"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   const ServiceResult found =
                       context.payments.find(req.userId(), req.param(QStringLiteral("paymentId")),
                                             baseUrlOf(req, context.tls));
                   if (found.isProblem())
                       return http::send(res, req.language, found);
                   http::jsonWithEtag(req, res, found.body);
               });

    router.get(
        QStringLiteral("/pay/{paymentId}"), Router::Access::Public,
        [&context](ApiRequest &req, httplib::Response &res) { showCheckout(context, req, res); });

    router.post(QStringLiteral("/pay/{paymentId}"), Router::Access::Public,
                [&context](ApiRequest &req, httplib::Response &res) {
                    const QString id = req.param(QStringLiteral("paymentId"));
                    const std::string &raw = req.http.body;
                    const QString type = req.header("Content-Type");
                    const QString origin = req.header("Origin");
                    const QUrlQuery form(raw.size() <= kMaxFormBytes
                                             ? QString::fromUtf8(raw.data(), qsizetype(raw.size()))
                                             : QString());
                    const QString action = form.queryItemValue(QStringLiteral("action"));
                    const bool fromThisPage =
                        type.startsWith(QLatin1StringView("application/x-www-form-urlencoded")) &&
                        raw.size() <= kMaxFormBytes &&
                        sameSecret(form.queryItemValue(QStringLiteral("csrf")),
                                   cookieValue(req.http, kCsrfCookie)) &&
                        (origin.isEmpty() || origin == baseUrlOf(req, context.tls));
                    if (!fromThisPage)
                        return showCheckout(context, req, res, PaymentPage::Notice::Forbidden, 403);
                    if (action != QLatin1StringView("pay") && action != QLatin1StringView("cancel"))
                        return showCheckout(context, req, res, PaymentPage::Notice::Failed, 400);
                    const auto decision =
                        context.payments.decide(id, action == QLatin1StringView("pay"));
                    if (decision == PaymentService::Decision::NotFound)
                        return showCheckout(context, req, res, PaymentPage::Notice::NotFound, 404);
                    if (decision == PaymentService::Decision::Failed)
                        return showCheckout(context, req, res, PaymentPage::Notice::Failed, 500);
                    // Post/redirect/get: a reload shows the outcome and never posts again.
                    res.status = 303;
                    res.set_header("Location", QString(QStringLiteral("/pay/") + id).toStdString());
                });
}

} // namespace ov::server
