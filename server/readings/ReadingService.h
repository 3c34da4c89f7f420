#pragma once

#include "data/BillingCalendar.h"
#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/UtilityConfig.h"
#include "http/ServiceResult.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace ov::server {

// Meter readings the customer enters (POST /contracts/{id}/readings). The rules are the shared
// ReadingRules, checked against the contract's readings inside the write that stores the new
// one, so two readings sent at the same moment are checked one after the other. A reading
// taken is a synced row like the utility's own: clients see it (and its review flag) through
// the change feed.
class ReadingService
{
public:
    ReadingService(Database &db, std::shared_ptr<const Clock> clock,
                   const BillingCalendar &calendar, UtilityConfig utility);

    // 201 with the reading; 400 validation_failed for a malformed body, 409 reading_rejected
    // with field errors for one the rules refuse, 404 for a contract that is not the user's.
    ServiceResult submit(const QString &userId, const QString &contractId, const QJsonObject &body);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
    const BillingCalendar &m_calendar;
    UtilityConfig m_utility;
};

} // namespace ov::server
