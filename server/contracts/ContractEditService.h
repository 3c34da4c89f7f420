#pragma once

#include "auth/OneTimeCodes.h"
#include "auth/RateLimiter.h"
#include "data/ContractRepository.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "http/ServiceResult.h"
#include "mail/Mailer.h"
#include "utility/Utility.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ov::server {

// What customers change of their contracts themselves, among what the utility's /config
// allows (`contractEdits`): the alias, the billing email, paperless billing, the billing
// (postal) address and the contact phone. Every member is validated (ContractRules, the same
// rules as the client's form), every change is audited (ContractAudit) and reaches the
// customer's cache through the sync protocol.
//
// A new billing email is not used until it is confirmed: the PATCH keeps it as
// `pendingBillingEmail` and emails a code to it; confirmBillingEmail() with that code makes it
// the billing email. An empty billing email means "the account's own email".
class ContractEditService
{
public:
    static constexpr int kConfirmPerUser = 10; // code tries per user per hour

    ContractEditService(Database &db, std::shared_ptr<const Clock> clock, const Utility &utility,
                        ContractRepository &contracts, OneTimeCodes &codes, RateLimiter &limiter,
                        Mailer &mailer);

    ServiceResult update(const QString &userId, const QString &contractId, const QJsonObject &body,
                         const QString &clientAddress, const QString &language);
    ServiceResult confirmBillingEmail(const QString &userId, const QString &contractId,
                                      const QJsonObject &body, const QString &clientAddress);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    const Utility &m_utility;
    ContractRepository &m_contracts;
    OneTimeCodes &m_codes;
    RateLimiter &m_limiter;
    Mailer &m_mailer;
};

} // namespace ov::server
