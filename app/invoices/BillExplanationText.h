#pragma once

#include "BillExplanation.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace ov {

// A bill explanation in plain words, one sentence per part that is not zero:
// "You used 18% more kWh a day: +$ 21.400". The headline says how the totals compare.
class BillExplanationText
{
    Q_DECLARE_TR_FUNCTIONS(BillExplanationText)

public:
    static QString headline(const BillExplanation &e, const QLocale &locale);
    static QStringList parts(const BillExplanation &e, const QLocale &locale);

    static QString signedMoney(qint64 amount, const QString &currency, const QLocale &locale);
    static QString percent(double fraction, const QLocale &locale); // 0.18 → "18%"
    static QString unitName(const QString &unit);                   // m3 → m³
};

} // namespace ov
