#pragma once

#include "domain/FieldError.h"
#include "domain/ReadingRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace ov {

// What a refused reading means, in the user's words, for the field it concerns — the same
// sentence whether the app refused it before sending or the server did (reading_rejected).
class ReadingRulesText
{
    Q_DECLARE_TR_FUNCTIONS(ReadingRulesText)

public:
    // `last`: the reading compared with, when known; `window`: the utility's.
    static QString message(const FieldError &error, const std::optional<Reading> &last,
                           const ReadingWindow &window, const QLocale &locale);
    // The warning before sending a reading that will be flagged for review.
    static QString spikeWarning(const ReadingRules::Outcome &outcome, const QString &unit,
                                const QLocale &locale);
    static QString sourceName(const QString &source); // utility → "Read by the utility"
    static QString number(double value, const QLocale &locale);
};

} // namespace ov
