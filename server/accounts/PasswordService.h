#pragma once

#include "auth/OneTimeCodes.h"
#include "auth/RateLimiter.h"
#include "auth/SessionService.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "http/ServiceResult.h"
#include "mail/Mailer.h"
#include "utility/Utility.h"
#include "work/BackgroundWork.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ov::server {

// Forgotten and changed passwords. A reset is asked for by username or email with the same
// answer whether or not the account exists; its emailed code works once for 30 minutes and
// setting the new password ends every session. Changing the password needs the current one,
// ends the other sessions and emails a notice.
class PasswordService
{
public:
    PasswordService(Database &db, std::shared_ptr<const Clock> clock, const Utility &utility,
                    OneTimeCodes &codes, RateLimiter &limiter, Mailer &mailer,
                    SessionService &sessions, BackgroundWork &work);

    // Answers 202 after the same work whether or not the login is someone's: the form is
    // checked, the address throttled and the request handed to the background, where the
    // account is looked up and, if it is one, a code issued and emailed.
    ServiceResult requestReset(const QJsonObject &body, const QString &clientAddress,
                               const QString &language);
    ServiceResult confirmReset(const QJsonObject &body, const QString &clientAddress);
    ServiceResult change(const QString &userId, const QString &sessionId, const QJsonObject &body,
                         const QString &language);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    const Utility &m_utility;
    OneTimeCodes &m_codes;
    RateLimiter &m_limiter;
    Mailer &m_mailer;
    SessionService &m_sessions;
    BackgroundWork &m_work;

    void issueReset(const QString &login, const QString &language);
};

} // namespace ov::server
