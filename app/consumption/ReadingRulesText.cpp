#include "ReadingRulesText.h"

#include "invoices/BillExplanationText.h"

#include <cmath>

namespace ov {

QString ReadingRulesText::number(double value, const QLocale &locale)
{
    return locale.toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

QString ReadingRulesText::message(const FieldError &error, const std::optional<Reading> &last,
                                  const ReadingWindow &window, const QLocale &locale)
{
    const QString &code = error.code;
    if (error.field == QLatin1StringView("value")) {
        if (code == QLatin1StringView("below_last_reading") && last)
            return tr("The reading cannot be lower than the last one, %1 on %2. Check the "
                      "number on the meter, from left to right.")
                .arg(number(last->value, locale),
                     locale.toString(last->readAt, QLocale::ShortFormat));
        if (code == QLatin1StringView("below_last_reading"))
            return tr("The reading cannot be lower than the last one.");
        if (code == QLatin1StringView("required"))
            return tr("Enter the number the meter shows.");
        return tr("Enter the number the meter shows: digits only, without letters.");
    }
    if (error.field == QLatin1StringView("readAt")) {
        if (code == QLatin1StringView("in_future"))
            return tr("The date cannot be in the future.");
        if (code == QLatin1StringView("too_old"))
            return tr("The date can be at most %n day(s) ago.", nullptr, window.maxAgeDays);
        if (code == QLatin1StringView("outside_window"))
            return tr("Readings are taken from day %1 to day %2 of each month.")
                .arg(window.firstDay)
                .arg(window.lastDay);
        if (code == QLatin1StringView("before_last_reading") && last)
            return tr("The date cannot be before the last reading, on %1.")
                .arg(locale.toString(last->readAt, QLocale::ShortFormat));
        return tr("Enter a valid date.");
    }
    return tr("The reading cannot be accepted.");
}

QString ReadingRulesText::spikeWarning(const ReadingRules::Outcome &outcome, const QString &unit,
                                       const QLocale &locale)
{
    return tr("This reading means %1 %2 since the last one, more than three times your usual "
              "%3 %2. Check the number on the meter. If it is right, send it: the utility "
              "will review it.")
        .arg(number(outcome.consumption, locale), BillExplanationText::unitName(unit),
             number(std::round(outcome.average), locale));
}

QString ReadingRulesText::sourceName(const QString &source)
{
    if (source == QLatin1StringView("customer"))
        return tr("Entered by you");
    if (source == QLatin1StringView("estimated"))
        return tr("Estimated");
    return tr("Read by the utility");
}

} // namespace ov
