#include "PaymentPage.h"

#include "utility/MoneyFormat.h"

namespace ov::server {

namespace {
struct Text
{
    const char *es;
    const char *en;
};
QString t(const Text &text, const QString &language)
{
    return QString::fromUtf8(language == QLatin1StringView("en") ? text.en : text.es);
}
} // namespace

QString PaymentPage::escape(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;"));
}

QByteArray PaymentPage::render(const UtilityConfig &utility,
                               const PaymentService::Checkout *checkout, const QString &language,
                               const QString &csrfToken, const QString &nonce, Notice notice)
{
    const QString lang =
        language == QLatin1StringView("en") ? QStringLiteral("en") : QStringLiteral("es");
    QString body;
    QString heading;
    if (notice == Notice::NotFound || !checkout) {
        heading = t({"Pago no encontrado", "Payment not found"}, lang);
        body = QStringLiteral("<p>") +
               t({"Este enlace de pago no existe. Vuelva a la aplicación e inténtelo de nuevo.",
                  "This payment link does not exist. Go back to the app and try again."},
                 lang) +
               QStringLiteral("</p>");
    } else {
        const Payment &p = checkout->payment;
        heading = t({"Pagar su factura", "Pay your bill"}, lang);
        body += QStringLiteral("<dl><dt>") + t({"Factura", "Invoice"}, lang) +
                QStringLiteral("</dt><dd id=\"invoice\">") + escape(checkout->invoiceNumber) +
                QStringLiteral("</dd><dt>") + t({"Periodo", "Period"}, lang) +
                QStringLiteral("</dt><dd>") + escape(checkout->period) +
                QStringLiteral("</dd><dt>") + t({"Referencia de pago", "Payment reference"}, lang) +
                QStringLiteral("</dt><dd id=\"reference\">") + escape(checkout->paymentReference) +
                QStringLiteral("</dd><dt>") + t({"Valor", "Amount"}, lang) +
                QStringLiteral("</dt><dd id=\"amount\" class=\"amount\">") +
                escape(MoneyFormat::money(p.amount, utility)) + QStringLiteral("</dd></dl>");
        if (notice == Notice::Forbidden)
            body += QStringLiteral("<p id=\"notice\" class=\"bad\">") +
                    t({"La solicitud no vino de esta página. Recárguela e inténtelo de nuevo.",
                       "The request did not come from this page. Reload it and try again."},
                      lang) +
                    QStringLiteral("</p>");
        else if (notice == Notice::Failed)
            body += QStringLiteral("<p id=\"notice\" class=\"bad\">") +
                    t({"No pudimos completar la operación. Inténtelo de nuevo.",
                       "We could not complete the operation. Try again."},
                      lang) +
                    QStringLiteral("</p>");
        switch (p.status) {
        case Payment::Status::Pending:
            body += QStringLiteral("<form method=\"post\" action=\"/pay/") + escape(p.id) +
                    QStringLiteral("\"><input type=\"hidden\" name=\"csrf\" value=\"") +
                    escape(csrfToken) +
                    QStringLiteral("\"><button id=\"pay\" name=\"action\" value=\"pay\">") +
                    t({"Pagar", "Pay"}, lang) +
                    QStringLiteral("</button> <button id=\"cancel\" name=\"action\" "
                                   "value=\"cancel\" class=\"secondary\">") +
                    t({"Cancelar", "Cancel"}, lang) + QStringLiteral("</button></form>") +
                    QStringLiteral("<p class=\"note\">") +
                    t({"Página de demostración: ningún dinero se mueve.",
                       "Demonstration page: no money moves."},
                      lang) +
                    QStringLiteral("</p>");
            break;
        case Payment::Status::Approved:
            body += QStringLiteral("<p id=\"status\" class=\"good\">") +
                    t({"Pago aprobado. Ya puede volver a la aplicación.",
                       "Payment approved. You can go back to the app."},
                      lang) +
                    QStringLiteral("</p>");
            break;
        case Payment::Status::Declined:
            body +=
                QStringLiteral("<p id=\"status\" class=\"bad\">") +
                t({"Pago cancelado. No se cobró nada.", "Payment cancelled. Nothing was charged."},
                  lang) +
                QStringLiteral("</p>");
            break;
        case Payment::Status::Expired:
            body += QStringLiteral("<p id=\"status\" class=\"bad\">") +
                    t({"Este pago expiró. Inicie uno nuevo desde la aplicación.",
                       "This payment has expired. Start a new one from the app."},
                      lang) +
                    QStringLiteral("</p>");
            break;
        }
    }
    const QString html =
        QStringLiteral("<!DOCTYPE html><html lang=\"") + lang +
        QStringLiteral("\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                       "content=\"width=device-width, initial-scale=1\"><title>") +
        escape(heading + QStringLiteral(" · ") + utility.name) +
        QStringLiteral("</title><style nonce=\"") + escape(nonce) +
        QStringLiteral("\">body{font-family:sans-serif;max-width:32rem;margin:2rem auto;"
                       "padding:0 1rem;color:#1d2733}h1{font-size:1.4rem}dt{color:#55606b;"
                       "margin-top:.6rem}dd{margin:0;font-weight:600}.amount{font-size:1.5rem}"
                       "button{font-size:1rem;padding:.6rem 1.4rem;margin-top:1.2rem;border:0;"
                       "border-radius:4px;background:#0b63b6;color:#fff}button.secondary{"
                       "background:#e3e7eb;color:#1d2733}.good{color:#1b7a3a}.bad{color:#b3261e}"
                       ".note{color:#55606b;font-size:.85rem}</style></head><body><p>") +
        escape(utility.name) + QStringLiteral("</p><h1>") + escape(heading) +
        QStringLiteral("</h1>") + body + QStringLiteral("</body></html>");
    return html.toUtf8();
}

} // namespace ov::server
