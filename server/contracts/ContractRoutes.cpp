#include "ContractRoutes.h"

#include "data/CollectionVersion.h"
#include "http/HttpReply.h"
#include "http/ListQuery.h"

#include <QJsonDocument>

namespace ov::server {

namespace {

// Parses ?limit/cursor/updatedSince, answering 400 itself when they are bad.
std::optional<ListQuery> listQuery(ApiRequest &req, httplib::Response &res, int defaultLimit,
                                   int maxLimit, int cursorParts)
{
    QList<FieldError> errors;
    auto query = ListQuery::parse(req, defaultLimit, maxLimit, cursorParts, &errors);
    if (!query)
        http::problem(res, req.language, 400, QStringLiteral("validation_failed"), errors);
    return query;
}

// A contract's invoices or readings: ownership and the collection's validator in one query, then
// the stored response while the validator holds, else the page built afresh (and stored).
// `byDay`: the items carry a status derived from today (invoices), so the day is part of it.
template <typename List>
void serveContractItems(ServerContext &context, ApiRequest &req, httplib::Response &res,
                        const QString &table, int cursorParts, bool byDay, List list)
{
    const QString contractId = req.param(QStringLiteral("contractId"));
    QSqlDatabase conn = context.db.connection();
    const auto version = CollectionVersion::of(conn, table, req.userId(), contractId);
    if (!version)
        return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
    if (!version->owned)
        return http::problem(res, req.language, 404, QStringLiteral("not_found"));
    const auto query = listQuery(req, res, 50, 200, cursorParts);
    if (!query)
        return;
    QByteArray validator = version->validator;
    if (byDay)
        validator += '|' + context.calendar.today().toString(Qt::ISODate).toLatin1();
    const QString key = table + QLatin1Char('|') + contractId + QLatin1Char('|') +
                        req.query("limit") + QLatin1Char('|') + req.query("cursor") +
                        QLatin1Char('|') + req.query("updatedSince");
    auto keepGzip = [&context, key, validator](const QByteArray &gzipped) {
        context.responses.storeGzipped(key, validator, gzipped);
    };
    if (const auto hit = context.responses.find(key, validator))
        return http::jsonWithEtag(req, res, hit->body, hit->etag, hit->gzipped, keepGzip);
    const std::optional<QJsonObject> page = list(*query);
    if (!page)
        return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
    ResponseCache::Entry entry;
    entry.validator = validator;
    entry.body = QJsonDocument(*page).toJson(QJsonDocument::Compact);
    entry.etag = http::etagFor(entry.body);
    context.responses.store(key, entry);
    http::jsonWithEtag(req, res, entry.body, entry.etag, {}, keepGzip);
}

} // namespace

void ContractRoutes::install(Router &router, ServerContext &context)
{
    router.get(QStringLiteral("/api/v1/contracts"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   const auto query = listQuery(req, res, 100, 500, 1);
                   if (!query)
                       return;
                   const auto page = context.contracts.listForUser(req.userId(), *query);
                   if (!page)
                       return http::problem(res, req.language, 500,
                                            QStringLiteral("internal_error"));
                   http::jsonWithEtag(req, res, page->toJson());
               });

    router.get(QStringLiteral("/api/v1/contracts/{contractId}"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   const auto found = context.contracts.findForUser(
                       req.userId(), req.param(QStringLiteral("contractId")));
                   if (!found)
                       return http::problem(res, req.language, 500,
                                            QStringLiteral("internal_error"));
                   if (!*found)
                       return http::problem(res, req.language, 404, QStringLiteral("not_found"));
                   http::jsonWithEtag(req, res, (*found)->toJson());
               });

    router.get(QStringLiteral("/api/v1/contracts/{contractId}/invoices"),
               Router::Access::Authenticated, [&context](ApiRequest &req, httplib::Response &res) {
                   serveContractItems(context, req, res, QStringLiteral("invoices"),
                                      InvoiceRepository::kCursorParts, true,
                                      [&](const ListQuery &query) -> std::optional<QJsonObject> {
                                          const auto page = context.invoices.listForContract(
                                              req.param(QStringLiteral("contractId")), query);
                                          return page ? std::optional(page->toJson())
                                                      : std::nullopt;
                                      });
               });

    router.get(QStringLiteral("/api/v1/contracts/{contractId}/readings"),
               Router::Access::Authenticated, [&context](ApiRequest &req, httplib::Response &res) {
                   serveContractItems(context, req, res, QStringLiteral("readings"),
                                      ReadingRepository::kCursorParts, false,
                                      [&](const ListQuery &query) -> std::optional<QJsonObject> {
                                          const auto page = context.readings.listForContract(
                                              req.param(QStringLiteral("contractId")), query);
                                          return page ? std::optional(page->toJson())
                                                      : std::nullopt;
                                      });
               });

    router.post(
        QStringLiteral("/api/v1/contracts/links"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            const auto body = http::bodyObject(req, res);
            if (!body)
                return;
            http::send(res, req.language,
                       context.contractLinks.link(req.userId(), *body, req.clientAddress));
        },
        Router::Idempotency::Keyed);

    router.del(
        QStringLiteral("/api/v1/contracts/{contractId}/link"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            http::send(res, req.language,
                       context.contractLinks.unlink(req.userId(),
                                                    req.param(QStringLiteral("contractId")),
                                                    req.clientAddress));
        },
        Router::Idempotency::Keyed);

    router.patch(QStringLiteral("/api/v1/contracts/{contractId}"), Router::Access::Authenticated,
                 [&context](ApiRequest &req, httplib::Response &res) {
                     const auto body = http::bodyObject(req, res);
                     if (!body)
                         return;
                     http::send(res, req.language,
                                context.contractEdits.update(
                                    req.userId(), req.param(QStringLiteral("contractId")), *body,
                                    req.clientAddress, req.language));
                 });

    router.post(QStringLiteral("/api/v1/contracts/{contractId}/billing-email/confirmation"),
                Router::Access::Authenticated, [&context](ApiRequest &req, httplib::Response &res) {
                    const auto body = http::bodyObject(req, res);
                    if (!body)
                        return;
                    http::send(res, req.language,
                               context.contractEdits.confirmBillingEmail(
                                   req.userId(), req.param(QStringLiteral("contractId")), *body,
                                   req.clientAddress));
                });
}

} // namespace ov::server
