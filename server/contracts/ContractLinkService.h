#pragma once

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

// Adding another contract to one's account, and taking one away.
//
// Linking asks for the same proof as registration's first phase (CustomerProof) and answers a
// mismatch of any field the same way (422 customer_not_found). It is throttled per user and per
// client address. A contract another account holds is refused (409 linked_to_another_account)
// and that account's owner is told by email; one the user already has is 409 already_linked.
// Unlinking the user's last contract is refused (409 last_contract): an account without any
// contract could not link one back with its own bills gone.
// Both go through a SyncWrite, so the contract arrives in (or leaves) the user's cache at the
// next sync, and both are audited.
class ContractLinkService
{
public:
    static constexpr int kLinkPerUser = 10;    // tries per user per hour
    static constexpr int kLinkPerAddress = 30; // tries per client address per hour

    ContractLinkService(Database &db, std::shared_ptr<const Clock> clock, const Utility &utility,
                        ContractRepository &contracts, RateLimiter &limiter, Mailer &mailer);

    ServiceResult link(const QString &userId, const QJsonObject &body,
                       const QString &clientAddress);
    ServiceResult unlink(const QString &userId, const QString &contractId,
                         const QString &clientAddress);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    const Utility &m_utility;
    ContractRepository &m_contracts;
    RateLimiter &m_limiter;
    Mailer &m_mailer;
};

} // namespace ov::server
