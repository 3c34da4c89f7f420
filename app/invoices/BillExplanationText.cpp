#include "BillExplanationText.h"

#include "core/Formatter.h"

#include <cmath>

namespace ov {

QString BillExplanationText::signedMoney(qint64 amount, const QString &currency,
                                         const QLocale &locale)
{
    const QString shown = Formatter::money(Money{std::abs(amount), currency}, locale);
    if (amount == 0)
        return shown;
    return (amount > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + shown;
}

QString BillExplanationText::percent(double fraction, const QLocale &locale)
{
    const double points = std::abs(fraction) * 100.0;
    //: A percentage; %1 is the number ("18%" in English, "18 %" in Spanish).
    return tr("%1%").arg(locale.toString(points, 'f', points < 10 ? 1 : 0));
}

QString BillExplanationText::unitName(const QString &unit)
{
    return unit == QLatin1StringView("m3") ? QStringLiteral("m³") : unit;
}

QString BillExplanationText::headline(const BillExplanation &e, const QLocale &locale)
{
    const QString period = Formatter::period(e.before.period, locale);
    const QString amount = Formatter::money(Money{std::abs(e.difference), e.currency()}, locale);
    if (e.difference > 0)
        return tr("This bill is %1 more than the one for %2.").arg(amount, period);
    if (e.difference < 0)
        return tr("This bill is %1 less than the one for %2.").arg(amount, period);
    return tr("This bill is the same as the one for %1.").arg(period);
}

QStringList BillExplanationText::parts(const BillExplanation &e, const QLocale &locale)
{
    QStringList lines;
    const QString currency = e.currency();
    const QString unit = unitName(e.after.unit);
    if (e.consumption != 0) {
        const QString amount = signedMoney(e.consumption, currency, locale);
        const auto change = e.dailyConsumptionChange();
        if (change && *change > 0)
            lines
                << tr("You used %1 more %2 a day: %3").arg(percent(*change, locale), unit, amount);
        else if (change && *change < 0)
            lines
                << tr("You used %1 less %2 a day: %3").arg(percent(*change, locale), unit, amount);
        else
            lines << tr("Your consumption: %1").arg(amount);
    }
    if (e.price != 0) {
        const QString amount = signedMoney(e.price, currency, locale);
        const auto change = e.unitPriceChange();
        if (change && *change > 0)
            lines << tr("The price per %1 went up %2: %3")
                         .arg(unit, percent(*change, locale), amount);
        else if (change && *change < 0)
            lines << tr("The price per %1 went down %2: %3")
                         .arg(unit, percent(*change, locale), amount);
        else
            lines << tr("Prices, taxes and subsidies per %1: %2").arg(unit, amount);
    }
    if (e.days != 0) {
        const QString amount = signedMoney(e.days, currency, locale);
        const int d = e.dayDifference();
        if (d > 0)
            lines << tr("The period was %n day(s) longer: %1", nullptr, d).arg(amount);
        else
            lines << tr("The period was %n day(s) shorter: %1", nullptr, -d).arg(amount);
    }
    if (e.other != 0)
        lines
            << tr("Fixed charges and corrections: %1").arg(signedMoney(e.other, currency, locale));
    return lines;
}

} // namespace ov
