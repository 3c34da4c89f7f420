#pragma once

#include "domain/Money.h"
#include "domain/UtilityConfig.h"

#include <QDate>
#include <QString>

namespace ov::server {

// Amounts and dates as the utility's own documents write them (its locale): "$170.137 COP",
// "19 dic 2026". Whole amounts in a currency with cents are written without them, as the bills
// of Colombia (no centavos) do.
class MoneyFormat
{
public:
    static QString money(const Money &amount, const UtilityConfig &utility, bool withCode = true);
    static QString date(const QDate &date, const UtilityConfig &utility);
    static QString number(double value, const UtilityConfig &utility, int decimals = -1);
};

} // namespace ov::server
