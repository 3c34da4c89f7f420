#include "ContractRoutes.h"

#include "http/HttpReply.h"
#include "http/ListQuery.h"

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

// True when the caller owns the contract; otherwise answers 404 (or 500) itself.
bool requireOwnContract(ServerContext &context, ApiRequest &req, httplib::Response &res)
{
    const auto owned =
        context.contracts.isOwnedBy(req.param(QStringLiteral("contractId")), req.userId());
    if (!owned) {
        http::problem(res, req.language, 500, QStringLiteral("internal_error"));
        return false;
    }
    if (!*owned) {
        http::problem(res, req.language, 404, QStringLiteral("not_found"));
        return false;
    }
    return true;
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

    router.get(
        QStringLiteral("/api/v1/contracts/{contractId}/invoices"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            if (!requireOwnContract(context, req, res))
                return;
            const auto query = listQuery(req, res, 50, 200, InvoiceRepository::kCursorParts);
            if (!query)
                return;
            const auto page =
                context.invoices.listForContract(req.param(QStringLiteral("contractId")), *query);
            if (!page)
                return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
            http::jsonWithEtag(req, res, page->toJson());
        });

    router.get(
        QStringLiteral("/api/v1/contracts/{contractId}/readings"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            if (!requireOwnContract(context, req, res))
                return;
            const auto query = listQuery(req, res, 50, 200, ReadingRepository::kCursorParts);
            if (!query)
                return;
            const auto page =
                context.readings.listForContract(req.param(QStringLiteral("contractId")), *query);
            if (!page)
                return http::problem(res, req.language, 500, QStringLiteral("internal_error"));
            http::jsonWithEtag(req, res, page->toJson());
        });
}

} // namespace ov::server
