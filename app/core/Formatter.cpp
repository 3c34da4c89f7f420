#include "Formatter.h"

#include <cmath>

namespace ov {

QLocale Formatter::localeFor(const QString &language, const QString &utilityLocale)
{
    if (language == QLatin1StringView("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    const QLocale utility(utilityLocale.isEmpty() ? QStringLiteral("es_CO") : utilityLocale);
    return utility.language() == QLocale::Spanish ? utility : QLocale(QLocale::Spanish, QLocale::Colombia);
}

QString Formatter::money(const Money &money, const QLocale &locale)
{
    const int digits = Money::minorUnitDigits(money.currency);
    const qint64 unit = qint64(std::pow(10, digits));
    // Whole amounts (Colombian bills have no centavos) are shown without decimals.
    const int shown = (unit > 1 && money.amount % unit == 0) ? 0 : digits;
    const QString symbol = locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : money.currency;
    return locale.toCurrencyString(money.major(), symbol, shown);
}

QString Formatter::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
}

QString Formatter::dateTime(const QDateTime &utc, const QLocale &locale)
{
    return utc.isValid() ? locale.toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString Formatter::period(const QString &yyyyMm, const QLocale &locale)
{
    const QDate d = QDate::fromString(yyyyMm + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? locale.standaloneMonthName(d.month()) + QLatin1Char(' ') + QString::number(d.year())
                       : yyyyMm;
}

} // namespace ov
