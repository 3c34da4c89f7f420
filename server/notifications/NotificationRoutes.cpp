#include "NotificationRoutes.h"

#include "NotificationService.h"

#include "http/HttpReply.h"

namespace ov::server {

void NotificationRoutes::install(Router &router, ServerContext &context)
{
    router.get(QStringLiteral("/api/v1/notifications"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   const ServiceResult r = context.notifications.list(req.userId());
                   if (r.isProblem())
                       return http::send(res, req.language, r);
                   http::jsonWithEtag(req, res, r.body);
               });
    router.post(QStringLiteral("/api/v1/notifications/{notificationId}/read"),
                Router::Access::Authenticated, [&context](ApiRequest &req, httplib::Response &res) {
                    http::send(res, req.language,
                               context.notifications.markRead(
                                   req.userId(), req.param(QStringLiteral("notificationId"))));
                });
    router.post(QStringLiteral("/api/v1/notifications/read-all"), Router::Access::Authenticated,
                [&context](ApiRequest &req, httplib::Response &res) {
                    http::send(res, req.language, context.notifications.markAllRead(req.userId()));
                });
}

} // namespace ov::server
