#pragma once

#include "auth/OneTimeCodes.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "http/ServiceResult.h"
#include "mail/Mailer.h"
#include "utility/Utility.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace ov::server {

// The user's own data: profile (phone, contact email confirmed by a code sent to the new
// address) and notification preferences per channel and event.
class ProfileService
{
public:
    static const QStringList &events(); // new_invoice, due_reminder, request_answered, outage

    ProfileService(Database &db, std::shared_ptr<const Clock> clock, const Utility &utility,
                   OneTimeCodes &codes, Mailer &mailer);

    ServiceResult profile(const QString &userId);
    ServiceResult update(const QString &userId, const QJsonObject &body, const QString &language);
    ServiceResult confirmContactEmail(const QString &userId, const QJsonObject &body);
    ServiceResult preferences(const QString &userId);
    ServiceResult setPreferences(const QString &userId, const QJsonObject &body);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    const Utility &m_utility;
    OneTimeCodes &m_codes;
    Mailer &m_mailer;
};

} // namespace ov::server
