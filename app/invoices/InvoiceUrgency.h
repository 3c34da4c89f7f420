#pragma once

#include "domain/InvoiceStatus.h"

#include <QDate>

namespace ov {

// How pressing an unpaid bill is, for highlighting it wherever it is listed: overdue, due within
// kDueSoonDays (with the days left), or neither.
struct InvoiceUrgency
{
    static constexpr int kDueSoonDays = 5;

    enum class Level
    {
        None,
        DueSoon,
        Overdue
    };
    Level level = Level::None;
    int daysLeft = 0; // for DueSoon: 0 = due today

    static InvoiceUrgency of(InvoiceStatus status, const QDate &dueDate, const QDate &today);
    bool isUrgent() const { return level != Level::None; }
};

} // namespace ov
