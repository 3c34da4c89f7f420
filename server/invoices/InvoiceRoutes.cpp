#include "InvoiceRoutes.h"

#include "InvoicePdf.h"

#include "data/CollectionVersion.h"
#include "http/HttpReply.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcInvoicePdf, "ov.server.pdf")

namespace ov::server {

namespace {
// The invoice, if it is the caller's; else the answer is sent and nullopt returned.
std::optional<Invoice> invoiceOf(ServerContext &context, ApiRequest &req, httplib::Response &res)
{
    const auto found =
        context.invoices.findForUser(req.userId(), req.param(QStringLiteral("invoiceId")));
    if (!found) {
        http::problem(res, req.language, 500, QStringLiteral("internal_error"));
        return std::nullopt;
    }
    if (!*found) {
        http::problem(res, req.language, 404, QStringLiteral("not_found"));
        return std::nullopt;
    }
    return **found;
}

void sendPdf(const ApiRequest &req, httplib::Response &res, const QByteArray &pdf,
             const QString &etag, const QString &number)
{
    http::replaceHeader(res, "Cache-Control", "private, no-cache"); // revalidate with the ETag
    res.set_header("ETag", etag.toStdString());
    if (http::etagMatches(req.header("If-None-Match"), etag)) {
        res.status = 304;
        return;
    }
    res.status = 200;
    res.set_header("Content-Disposition", QString(QStringLiteral("attachment; filename=\"") +
                                                  number + QStringLiteral(".pdf\""))
                                              .toStdString());
    res.set_content(pdf.constData(), size_t(pdf.size()), "application/pdf");
}
} // namespace

void InvoiceRoutes::install(Router &router, ServerContext &context)
{
    router.get(QStringLiteral("/api/v1/invoices/{invoiceId}"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   if (const auto invoice = invoiceOf(context, req, res))
                       http::jsonWithEtag(req, res, invoice->toJson());
               });

    router.get(
        QStringLiteral("/api/v1/invoices/{invoiceId}/pdf"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            const auto invoice = invoiceOf(context, req, res);
            if (!invoice)
                return;
            // The document shows the contract and its last twelve bills: kept while the
            // contract's invoices (and so its balance) are as they were.
            QSqlDatabase conn = context.db.connection();
            const auto version = CollectionVersion::of(conn, QStringLiteral("invoices"),
                                                       req.userId(), invoice->contractId);
            if (!version)
                return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
            const QString key = QStringLiteral("pdf|") + invoice->id;
            if (const auto hit = context.responses.find(key, version->validator))
                return sendPdf(req, res, hit->body, hit->etag, invoice->number);

            const auto contract = context.contracts.findForUser(req.userId(), invoice->contractId);
            ListQuery recent;
            recent.limit = 200;
            const auto history = context.invoices.listForContract(invoice->contractId, recent);
            if (!contract || !*contract || !history)
                return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
            QElapsedTimer timer;
            timer.start();
            const QByteArray pdf = InvoicePdf::render(
                {context.utility.defaultConfig(), **contract, *invoice, history->items});
            qCDebug(lcInvoicePdf) << "rendered" << invoice->number << pdf.size() << "bytes in"
                                  << timer.elapsed() << "ms";
            ResponseCache::Entry entry;
            entry.validator = version->validator;
            entry.body = pdf;
            entry.etag = http::etagFor(pdf);
            context.responses.store(key, entry);
            sendPdf(req, res, pdf, entry.etag, invoice->number);
        });
}

} // namespace ov::server
