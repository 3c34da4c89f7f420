#include "SessionRoutes.h"

#include "http/HttpReply.h"

#include "domain/Json.h"
#include "domain/JsonFieldReader.h"

namespace ov::server {

namespace {

void sendLogin(httplib::Response &res, const QString &language, const LoginResult &result);

void signIn(ServerContext &context, ApiRequest &req, httplib::Response &res)
{
    const auto body = http::bodyObject(req, res);
    if (!body)
        return;
    JsonFieldReader fields(*body);
    const QString login = fields.requiredString(QStringLiteral("login"), 254);
    const QString password = fields.requiredString(QStringLiteral("password"), 1024);
    if (!fields.ok()) {
        http::problem(res, req.language, 400, QStringLiteral("validation_failed"), fields.errors());
        return;
    }
    const LoginResult result =
        context.sessions.login(login, password, req.header("User-Agent"), req.clientAddress);
    sendLogin(res, req.language, result);
}

void completeMfa(ServerContext &context, ApiRequest &req, httplib::Response &res)
{
    const auto body = http::bodyObject(req, res);
    if (!body)
        return;
    JsonFieldReader fields(*body);
    const QString token = fields.requiredString(QStringLiteral("mfaToken"), 200);
    const QString code = fields.requiredString(QStringLiteral("code"), 40);
    if (!fields.ok()) {
        http::problem(res, req.language, 400, QStringLiteral("validation_failed"), fields.errors());
        return;
    }
    sendLogin(
        res, req.language,
        context.sessions.completeMfa(token, code, req.header("User-Agent"), req.clientAddress));
}

void sendLogin(httplib::Response &res, const QString &language, const LoginResult &result)
{
    switch (result.outcome) {
    case LoginResult::Outcome::SignedIn:
        http::json(res, 201, result.tokens.toJson());
        return;
    case LoginResult::Outcome::MfaRequired:
        http::json(res, 200,
                   {{QStringLiteral("mfaRequired"), true},
                    {QStringLiteral("mfaToken"), result.mfaToken},
                    {QStringLiteral("mfaTokenExpiresAt"), json::dateTime(result.mfaExpiresAt)}});
        return;
    case LoginResult::Outcome::InvalidMfaToken:
        http::problem(res, language, 401, QStringLiteral("invalid_mfa_token"));
        return;
    case LoginResult::Outcome::InvalidMfaCode:
        http::problem(res, language, 401, QStringLiteral("invalid_mfa_code"));
        return;
    case LoginResult::Outcome::InvalidCredentials:
        http::problem(res, language, 401, QStringLiteral("invalid_credentials"));
        return;
    case LoginResult::Outcome::Locked:
        http::problem(res, language, 423, QStringLiteral("account_locked"), {}, {},
                      result.retryAfterSeconds);
        return;
    case LoginResult::Outcome::Throttled:
        http::problem(res, language, 429, QStringLiteral("too_many_requests"), {}, {},
                      result.retryAfterSeconds);
        return;
    case LoginResult::Outcome::NotActivated:
        http::problem(res, language, 403, QStringLiteral("account_not_activated"));
        return;
    case LoginResult::Outcome::Error:
        break;
    }
    http::problem(res, language, 500, QStringLiteral("internal_error"));
}

void refresh(ServerContext &context, ApiRequest &req, httplib::Response &res)
{
    const auto body = http::bodyObject(req, res);
    if (!body)
        return;
    JsonFieldReader fields(*body);
    const QString token = fields.requiredString(QStringLiteral("refreshToken"), 200);
    if (!fields.ok()) {
        http::problem(res, req.language, 400, QStringLiteral("validation_failed"), fields.errors());
        return;
    }
    const auto tokens = context.sessions.refresh(token);
    if (!tokens) {
        http::problem(res, req.language, 401, QStringLiteral("invalid_refresh_token"));
        return;
    }
    http::json(res, 200, tokens->toJson());
}

} // namespace

void SessionRoutes::install(Router &router, ServerContext &context)
{
    router.post(QStringLiteral("/api/v1/sessions"), Router::Access::Public,
                [&context](ApiRequest &req, httplib::Response &res) { signIn(context, req, res); });
    router.post(
        QStringLiteral("/api/v1/sessions/mfa"), Router::Access::Public,
        [&context](ApiRequest &req, httplib::Response &res) { completeMfa(context, req, res); });
    router.del(QStringLiteral("/api/v1/sessions/others"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   if (!context.sessions.revokeAllForUser(req.userId(), req.principal->sessionId))
                       return http::problem(res, req.language, 500,
                                            QStringLiteral("internal_error"));
                   http::noContent(res);
               });
    router.post(
        QStringLiteral("/api/v1/sessions/refresh"), Router::Access::Public,
        [&context](ApiRequest &req, httplib::Response &res) { refresh(context, req, res); });
    router.del(QStringLiteral("/api/v1/sessions/current"), Router::Access::Authenticated,
               [&context](ApiRequest &req, httplib::Response &res) {
                   if (!context.sessions.revoke(req.principal->sessionId)) {
                       http::problem(res, req.language, 500, QStringLiteral("internal_error"));
                       return;
                   }
                   http::noContent(res);
               });
}

} // namespace ov::server
