#pragma once

#include "BillingCalendar.h"

#include "db/Database.h"
#include "domain/Contract.h"
#include "domain/Page.h"
#include "http/ListQuery.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace ov::server {

// Contracts as their owners see them. Every read is scoped to a user: a contract the user
// has not linked does not exist for them.
class ContractRepository
{
public:
    ContractRepository(Database &db, const BillingCalendar &calendar, QString currency);

    // nullopt on a database error.
    std::optional<Page<Contract>> listForUser(const QString &userId, const ListQuery &query);
    // Outer nullopt: database error; inner nullopt: no such contract for this user.
    std::optional<std::optional<Contract>> findForUser(const QString &userId,
                                                       const QString &contractId);
    // Outer nullopt: database error.
    std::optional<bool> isOwnedBy(const QString &contractId, const QString &userId);

private:
    bool attachBilling(QList<Contract> &contracts);

    Database &m_db;
    const BillingCalendar &m_calendar;
    QString m_currency;
};

} // namespace ov::server
