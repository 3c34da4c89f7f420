#include "AccountRoutes.h"

#include "accounts/PasswordService.h"
#include "accounts/ProfileService.h"
#include "accounts/TwoFactorService.h"
#include "domain/JsonFieldReader.h"
#include "http/HttpReply.h"

namespace ov::server {

namespace {

QString address(const ApiRequest &req)
{
    return req.clientAddress;
}

} // namespace

void AccountRoutes::install(Router &router, ServerContext &context)
{
    using Access = Router::Access;
    PasswordService &passwords = context.passwords;
    ProfileService &profiles = context.profiles;
    TwoFactorService &twoFactor = context.twoFactor;

    router.post(QStringLiteral("/api/v1/password-resets"), Access::Public,
                [&passwords](ApiRequest &req, httplib::Response &res) {
                    if (const auto body = http::bodyObject(req, res))
                        http::send(res, req.language,
                                   passwords.requestReset(*body, address(req), req.language));
                });
    router.post(QStringLiteral("/api/v1/password-resets/confirm"), Access::Public,
                [&passwords](ApiRequest &req, httplib::Response &res) {
                    if (const auto body = http::bodyObject(req, res))
                        http::send(res, req.language, passwords.confirmReset(*body, address(req)));
                });
    router.put(QStringLiteral("/api/v1/me/password"), Access::Authenticated,
               [&passwords](ApiRequest &req, httplib::Response &res) {
                   if (const auto body = http::bodyObject(req, res))
                       http::send(res, req.language,
                                  passwords.change(req.userId(), req.principal->sessionId, *body,
                                                   req.language));
               });

    router.get(QStringLiteral("/api/v1/me"), Access::Authenticated,
               [&profiles](ApiRequest &req, httplib::Response &res) {
                   const ServiceResult r = profiles.profile(req.userId());
                   if (r.isProblem())
                       return http::send(res, req.language, r);
                   http::jsonWithEtag(req, res, r.body);
               });
    router.patch(QStringLiteral("/api/v1/me"), Access::Authenticated,
                 [&profiles](ApiRequest &req, httplib::Response &res) {
                     if (const auto body = http::bodyObject(req, res))
                         http::send(res, req.language,
                                    profiles.update(req.userId(), *body, req.language));
                 });
    router.post(QStringLiteral("/api/v1/me/contact-email/confirm"), Access::Authenticated,
                [&profiles](ApiRequest &req, httplib::Response &res) {
                    if (const auto body = http::bodyObject(req, res))
                        http::send(res, req.language,
                                   profiles.confirmContactEmail(req.userId(), *body));
                });
    router.get(QStringLiteral("/api/v1/me/notification-preferences"), Access::Authenticated,
               [&profiles](ApiRequest &req, httplib::Response &res) {
                   const ServiceResult r = profiles.preferences(req.userId());
                   if (r.isProblem())
                       return http::send(res, req.language, r);
                   http::jsonWithEtag(req, res, r.body);
               });
    router.put(QStringLiteral("/api/v1/me/notification-preferences"), Access::Authenticated,
               [&profiles](ApiRequest &req, httplib::Response &res) {
                   if (const auto body = http::bodyObject(req, res))
                       http::send(res, req.language, profiles.setPreferences(req.userId(), *body));
               });

    router.post(QStringLiteral("/api/v1/me/totp"), Access::Authenticated,
                [&twoFactor](ApiRequest &req, httplib::Response &res) {
                    http::send(res, req.language, twoFactor.setup(req.userId()));
                });
    router.post(QStringLiteral("/api/v1/me/totp/confirm"), Access::Authenticated,
                [&twoFactor](ApiRequest &req, httplib::Response &res) {
                    const auto body = http::bodyObject(req, res);
                    if (!body)
                        return;
                    JsonFieldReader fields(*body);
                    const QString code = fields.requiredString(QStringLiteral("code"), 20);
                    if (!fields.ok())
                        return http::send(res, req.language,
                                          ServiceResult::invalid(fields.errors()));
                    http::send(res, req.language, twoFactor.confirm(req.userId(), code));
                });
    router.post(
        QStringLiteral("/api/v1/me/totp/disable"), Access::Authenticated,
        [&twoFactor](ApiRequest &req, httplib::Response &res) {
            const auto body = http::bodyObject(req, res);
            if (!body)
                return;
            JsonFieldReader fields(*body);
            const QString password = fields.requiredString(QStringLiteral("password"), 1024);
            const QString code = fields.requiredString(QStringLiteral("code"), 40);
            if (!fields.ok())
                return http::send(res, req.language, ServiceResult::invalid(fields.errors()));
            http::send(res, req.language, twoFactor.disable(req.userId(), password, code));
        });
}

} // namespace ov::server
