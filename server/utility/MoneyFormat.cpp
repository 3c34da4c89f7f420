#include "MoneyFormat.h"

#include <QLocale>

#include <cmath>

namespace ov::server {

namespace {
QLocale localeOf(const UtilityConfig &utility)
{
    return QLocale(utility.locale.isEmpty() ? QStringLiteral("es_CO") : utility.locale);
}
} // namespace

QString MoneyFormat::money(const Money &amount, const UtilityConfig &utility, bool withCode)
{
    const QLocale locale = localeOf(utility);
    const int digits = Money::minorUnitDigits(amount.currency);
    const bool whole = digits == 2 && amount.amount % 100 == 0;
    const QString text = locale.toCurrencyString(
        amount.major(), locale.currencySymbol(QLocale::CurrencySymbol), whole ? 0 : digits);
    return withCode ? text + QLatin1Char(' ') + amount.currency : text;
}

QString MoneyFormat::date(const QDate &date, const UtilityConfig &utility)
{
    return localeOf(utility).toString(date, QStringLiteral("d MMM yyyy"));
}

QString MoneyFormat::number(double value, const UtilityConfig &utility, int decimals)
{
    if (decimals < 0)
        decimals = value == std::floor(value) ? 0 : 2;
    return localeOf(utility).toString(value, 'f', decimals);
}

} // namespace ov::server
