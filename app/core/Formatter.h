#pragma once

#include "domain/InvoiceStatus.h"
#include "domain/Money.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace ov {

// How amounts, dates and "last updated" times read in the user's language and the utility's
// country: "$ 162.800" for a Colombian bill in Spanish, "COP 162,800" in English.
class Formatter
{
public:
    // The locale to format with: the utility's country (es_CO, es_MX) in Spanish, US-style
    // numbers in English.
    static QLocale localeFor(const QString &language, const QString &utilityLocale);

    static QString money(const Money &money, const QLocale &locale);
    static QString date(const QDate &date, const QLocale &locale);
    static QString dateTime(const QDateTime &utc, const QLocale &locale);
    static QString period(const QString &yyyyMm, const QLocale &locale); // "octubre 2026"
};

} // namespace ov
