#include "AccountClient.h"

#include <QJsonDocument>
#include <QUuid>

namespace ov {

AccountClient::AccountClient(ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{}

void AccountClient::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                         bool authenticated, Done done, bool idempotent)
{
    ApiCall c;
    c.method = method;
    c.path = path;
    c.authenticated = authenticated;
    if (method != "GET" && method != "DELETE")
        c.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    if (idempotent) // a retry after a lost answer must not create a second one
        c.idempotencyKey = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_api->send(c, this, [done](const ApiResult &r) {
        if (r.error)
            return done({}, r.error);
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        if (!r.body.isEmpty() && !doc.isObject())
            return done({}, ApiError{ApiError::Kind::InvalidResponse,
                                     r.status,
                                     {},
                                     QStringLiteral("not a JSON object"),
                                     -1});
        done(doc.object(), std::nullopt);
    });
}

void AccountClient::identify(const QJsonObject &customer, Done done)
{
    call("POST", QStringLiteral("/registrations"), customer, false, std::move(done), true);
}

void AccountClient::createUser(const QString &registrationId, const QJsonObject &user, Done done)
{
    call("POST", QStringLiteral("/registrations/%1/user").arg(registrationId), user, false,
         std::move(done), true);
}

void AccountClient::resendActivation(const QString &email, Done done)
{
    call("POST", QStringLiteral("/activations/resend"), {{QStringLiteral("email"), email}}, false,
         std::move(done));
}

void AccountClient::requestPasswordReset(const QString &login, Done done)
{
    call("POST", QStringLiteral("/password-resets"), {{QStringLiteral("login"), login}}, false,
         std::move(done));
}

void AccountClient::confirmPasswordReset(const QString &code, const QString &password, Done done)
{
    call("POST", QStringLiteral("/password-resets/confirm"),
         {{QStringLiteral("code"), code}, {QStringLiteral("password"), password}}, false,
         std::move(done));
}

void AccountClient::profile(Done done)
{
    call("GET", QStringLiteral("/me"), {}, true, std::move(done));
}

void AccountClient::updateProfile(const QJsonObject &changes, Done done)
{
    call("PATCH", QStringLiteral("/me"), changes, true, std::move(done));
}

void AccountClient::confirmContactEmail(const QString &code, Done done)
{
    call("POST", QStringLiteral("/me/contact-email/confirm"), {{QStringLiteral("code"), code}},
         true, std::move(done));
}

void AccountClient::preferences(Done done)
{
    call("GET", QStringLiteral("/me/notification-preferences"), {}, true, std::move(done));
}

void AccountClient::setPreferences(const QJsonObject &preferences, Done done)
{
    call("PUT", QStringLiteral("/me/notification-preferences"), preferences, true, std::move(done));
}

void AccountClient::changePassword(const QString &current, const QString &next, Done done)
{
    call("PUT", QStringLiteral("/me/password"),
         {{QStringLiteral("currentPassword"), current}, {QStringLiteral("newPassword"), next}},
         true, std::move(done));
}

void AccountClient::setupTwoFactor(Done done)
{
    call("POST", QStringLiteral("/me/totp"), {}, true, std::move(done));
}

void AccountClient::confirmTwoFactor(const QString &code, Done done)
{
    call("POST", QStringLiteral("/me/totp/confirm"), {{QStringLiteral("code"), code}}, true,
         std::move(done));
}

void AccountClient::disableTwoFactor(const QString &password, const QString &code, Done done)
{
    call("POST", QStringLiteral("/me/totp/disable"),
         {{QStringLiteral("password"), password}, {QStringLiteral("code"), code}}, true,
         std::move(done));
}

void AccountClient::signOutOtherSessions(Done done)
{
    call("DELETE", QStringLiteral("/sessions/others"), {}, true, std::move(done));
}

} // namespace ov
