#pragma once

#include "api/ApiClient.h"

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace ov {

// The account operations of the API for the widgets' controllers: registration, activation,
// password recovery, profile, notification preferences, password change and two-factor.
// Each call answers once with the JSON body (or nothing) or an ApiError.
class AccountClient : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const QJsonObject &body, const std::optional<ApiError> &error)>;

    explicit AccountClient(ApiClient *api, QObject *parent = nullptr);

    // Registration (public).
    void identify(const QJsonObject &customer, Done done);
    void createUser(const QString &registrationId, const QJsonObject &user, Done done);
    void resendActivation(const QString &email, Done done);
    // Password recovery (public).
    void requestPasswordReset(const QString &login, Done done);
    void confirmPasswordReset(const QString &code, const QString &password, Done done);
    // The signed-in user.
    void profile(Done done);
    void updateProfile(const QJsonObject &changes, Done done);
    void confirmContactEmail(const QString &code, Done done);
    void preferences(Done done);
    void setPreferences(const QJsonObject &preferences, Done done);
    void changePassword(const QString &current, const QString &next, Done done);
    void setupTwoFactor(Done done);
    void confirmTwoFactor(const QString &code, Done done);
    void disableTwoFactor(const QString &password, const QString &code, Done done);
    void signOutOtherSessions(Done done);

private:
    void call(const QByteArray &method, const QString &path, const QJsonObject &body,
              bool authenticated, Done done, bool idempotent = false);

    ApiClient *m_api;
};

} // namespace ov
