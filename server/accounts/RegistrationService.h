#pragma once

#include "auth/OneTimeCodes.h"
#include "auth/RateLimiter.h"
#include "auth/SessionService.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "http/ServiceResult.h"
#include "mail/Mailer.h"
#include "utility/Utility.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ov::server {

// Registration as utilities do it: (1) prove you are a customer — bill reference, meter number,
// surnames or company name — (2) choose a username and email, accept the terms, (3) activate
// with the emailed code and choose a password; then you are signed in.
//
// Phase 1 never says which field did not match, and is throttled per client address.
class RegistrationService
{
public:
    static constexpr int kRegistrationSeconds = 30 * 60;

    RegistrationService(Database &db, std::shared_ptr<const Clock> clock, const Utility &utility,
                        OneTimeCodes &codes, RateLimiter &limiter, Mailer &mailer,
                        SessionService &sessions);

    ServiceResult identify(const QJsonObject &body, const QString &clientAddress);
    // A username in use is reported (so another can be chosen); an email in use is not: the
    // answer is the usual "check your email" and the address's owner is told by email.
    // Throttled per registration and per client address.
    ServiceResult createUser(const QString &registrationId, const QString &clientAddress,
                             const QJsonObject &body, const QString &language);
    ServiceResult activate(const QJsonObject &body, const QString &clientAddress,
                           const QString &userAgent);
    ServiceResult resend(const QJsonObject &body, const QString &clientAddress,
                         const QString &language);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    const Utility &m_utility;
    OneTimeCodes &m_codes;
    RateLimiter &m_limiter;
    Mailer &m_mailer;
    SessionService &m_sessions;
};

} // namespace ov::server
