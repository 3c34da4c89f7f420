#include "Formatter.h"

#include <cmath>

namespace ov {

QLocale Formatter::localeFor(const QString &language, const QString &utilityLocale)
{
    if (language == QLatin1StringView("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    const QLocale utility(utilityLocale.isEmpty() ? QStringLiteral("es_CO") : utilityLocale);
    return utility.language() == QLocale::Spanish ? utility
                                                  : QLocale(QLocale::Spanish, QLocale::Colombia);
}

QString Formatter::money(const Money &money, const QLocale &locale)
{
    const int digits = Money::minorUnitDigits(money.currency);
    const qint64 unit = qint64(std::pow(10, digits));
    // Whole amounts (Colombian bills have no centavos) are shown without decimals.
    const int shown = (unit > 1 && money.amount % unit == 0) ? 0 : digits;
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == money.currency)
        return locale.toCurrencyString(money.major(),
                                       locale.currencySymbol(QLocale::CurrencySymbol), shown);
    // Another country's money: its ISO code, so "$" is never mistaken for dollars.
    return money.currency + QChar(0x00a0) + locale.toString(money.major(), 'f', shown);
}

QString Formatter::date(const QDate &date, const QLocale &locale)
{
    // "22 jul 2012" / "Jul 22, 2012": unambiguous, unlike 7/04/12.
    const QString format = locale.language() == QLocale::English ? QStringLiteral("MMM d, yyyy")
                                                                 : QStringLiteral("d MMM yyyy");
    return date.isValid() ? locale.toString(date, format) : QString();
}

QString Formatter::dateTime(const QDateTime &utc, const QLocale &locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return date(local.date(), locale) + QLatin1Char(' ') +
           locale.toString(local.time(), QLocale::ShortFormat);
}

QString Formatter::period(const QString &yyyyMm, const QLocale &locale)
{
    const QDate d = QDate::fromString(yyyyMm + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? locale.standaloneMonthName(d.month()) + QLatin1Char(' ') +
                             QString::number(d.year())
                       : yyyyMm;
}

} // namespace ov
