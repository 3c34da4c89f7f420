#pragma once

#include "db/Database.h"
#include "utility/Utility.h"

#include <QDate>
#include <QString>

#include <optional>

namespace ov::server {

// The demo utility's monthly billing run (ov-server admin bill-cycle): every contract whose
// latest invoice is for a month before `today`'s gets the next month's (at most this month's),
// priced by the demo tariff from its recent consumption, due in 18 days; each user of the contract
// gets a "new invoice" notification. One synced write: clients see the invoices and the
// notifications together at their next sync.
class BillCycle
{
public:
    // The number of invoices issued, or nullopt (with `error`) on failure.
    static std::optional<int> run(Database &db, const Utility &utility, const QDate &today,
                                  QString *error);
};

} // namespace ov::server
