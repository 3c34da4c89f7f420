#include "RegistrationRoutes.h"

#include "accounts/RegistrationService.h"
#include "http/HttpReply.h"

namespace ov::server {

void RegistrationRoutes::install(Router &router, ServerContext &context)
{
    RegistrationService &service = context.registration;
    router.post(
        QStringLiteral("/api/v1/registrations"), Router::Access::Public,
        [&service](ApiRequest &req, httplib::Response &res) {
            if (const auto body = http::bodyObject(req, res))
                http::send(res, req.language, service.identify(*body, req.clientAddress));
        },
        Router::Idempotency::Keyed);
    router.post(
        QStringLiteral("/api/v1/registrations/{registrationId}/user"), Router::Access::Public,
        [&service](ApiRequest &req, httplib::Response &res) {
            if (const auto body = http::bodyObject(req, res))
                http::send(res, req.language,
                           service.createUser(req.param(QStringLiteral("registrationId")),
                                              req.clientAddress, *body, req.language));
        },
        Router::Idempotency::Keyed);
    router.post(QStringLiteral("/api/v1/activations"), Router::Access::Public,
                [&service](ApiRequest &req, httplib::Response &res) {
                    if (const auto body = http::bodyObject(req, res))
                        http::send(
                            res, req.language,
                            service.activate(*body, req.clientAddress, req.header("User-Agent")));
                });
    router.post(QStringLiteral("/api/v1/activations/resend"), Router::Access::Public,
                [&service](ApiRequest &req, httplib::Response &res) {
                    if (const auto body = http::bodyObject(req, res))
                        http::send(res, req.language,
                                   service.resend(*body, req.clientAddress, req.language));
                });
}

} // namespace ov::server
