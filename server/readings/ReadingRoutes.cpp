#include "ReadingRoutes.h"

#include "http/HttpReply.h"

namespace ov::server {

void ReadingRoutes::install(Router &router, ServerContext &context)
{
    router.post(
        QStringLiteral("/api/v1/contracts/{contractId}/readings"), Router::Access::Authenticated,
        [&context](ApiRequest &req, httplib::Response &res) {
            // A reading sent again after a lost answer must not be taken twice.
            if (req.header("Idempotency-Key").trimmed().isEmpty())
                return http::problem(
                    res, req.language, 400, QStringLiteral("validation_failed"),
                    {{QStringLiteral("Idempotency-Key"), QStringLiteral("required")}});
            const auto body = http::bodyObject(req, res);
            if (!body)
                return;
            http::send(res, req.language,
                       context.readingSubmissions.submit(
                           req.userId(), req.param(QStringLiteral("contractId")), *body));
        },
        Router::Idempotency::Keyed);
}

} // namespace ov::server
