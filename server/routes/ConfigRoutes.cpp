#include "ConfigRoutes.h"

#include "http/HttpReply.h"

#include <QSqlQuery>

namespace ov::server {

void ConfigRoutes::install(Router &router, ServerContext &context)
{
    router.get(QStringLiteral("/api/v1/config"), Router::Access::Public,
               [&context](ApiRequest &req, httplib::Response &res) {
                   http::jsonWithEtag(req, res, context.utility.config(req.language).toJson());
               });

    router.get(QStringLiteral("/api/v1/health"), Router::Access::Public,
               [&context](ApiRequest &req, httplib::Response &res) {
                   QSqlQuery q(context.db.connection());
                   if (!q.exec(QStringLiteral("SELECT 1")) || !q.next()) {
                       http::problem(res, req.language, 503, QStringLiteral("service_unavailable"),
                                     {}, QStringLiteral("database unreachable"));
                       return;
                   }
                   http::json(res, 200,
                              {{QStringLiteral("status"), QStringLiteral("ok")},
                               {QStringLiteral("utility"), context.utility.id()},
                               {QStringLiteral("version"), QStringLiteral(OV_VERSION)}});
               });
}

} // namespace ov::server
