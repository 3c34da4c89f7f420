#include "BillExplanation.h"

#include <cmath>

namespace ov {

namespace {
std::optional<double> relative(double before, double after)
{
    if (before == 0)
        return std::nullopt;
    return after / before - 1.0;
}

QString lineKey(const InvoiceLine &l)
{
    return l.code + QLatin1Char('\n') + l.label + QLatin1Char('\n') + l.unit;
}

const InvoiceLine *findLine(const Invoice &invoice, const QString &key)
{
    for (const InvoiceLine &l : invoice.lines)
        if (l.scalesWithConsumption() && lineKey(l) == key)
            return &l;
    return nullptr;
}

bool isPercentage(const InvoiceLine &l)
{
    return l.unit == QLatin1StringView("%");
}

// How much the percentage lines (taxes, drainage) add to each unit of a per-unit charge:
// variable charges over the per-unit ones (1.2 with a 20 % contribution on energy).
double percentageMultiplier(const Invoice &invoice)
{
    qint64 perUnit = 0;
    qint64 variable = 0;
    for (const InvoiceLine &l : invoice.lines) {
        if (!l.scalesWithConsumption())
            continue;
        variable += l.amount.amount;
        if (!isPercentage(l))
            perUnit += l.amount.amount;
    }
    return perUnit == 0 ? 1.0 : double(variable) / double(perUnit);
}

// The difference the new prices and rates make on the new quantities: a per-unit price change
// with the percentages charged on it, and a rate change on the new base.
double priceEffect(const Invoice &before, const Invoice &after)
{
    const double m0 = percentageMultiplier(before);
    const double m1 = percentageMultiplier(after);
    double effect = 0;
    for (const InvoiceLine &l : after.lines) {
        if (!l.scalesWithConsumption())
            continue;
        const InvoiceLine *old = findLine(before, lineKey(l));
        if (isPercentage(l))
            effect += old ? double(l.unitPrice.amount) * (l.quantity - old->quantity) / 100.0
                          : double(l.amount.amount);
        else
            effect += m1 * (old ? l.quantity * double(l.unitPrice.amount - old->unitPrice.amount)
                                : double(l.amount.amount));
    }
    for (const InvoiceLine &l : before.lines)
        if (l.scalesWithConsumption() && !findLine(after, lineKey(l)))
            effect -= isPercentage(l) ? double(l.amount.amount) : m0 * double(l.amount.amount);
    return effect;
}

// The smallest amount the bills are written in: 100 minor units when every amount is whole
// (Colombian bills have no centavos), else 1. The parts are rounded to it, so that they read as
// the bills do and still add up.
qint64 granularity(const Invoice &a, const Invoice &b)
{
    for (const qint64 g : {qint64(100), qint64(10)}) {
        bool whole = a.amount.amount % g == 0 && b.amount.amount % g == 0;
        for (const Invoice *i : {&a, &b})
            for (const InvoiceLine &l : i->lines)
                whole = whole && l.amount.amount % g == 0;
        if (whole)
            return g;
    }
    return 1;
}

qint64 roundTo(double value, qint64 g)
{
    return std::llround(value / double(g)) * g;
}

const InvoiceLine *mainLine(const Invoice &invoice)
{
    for (const InvoiceLine &l : invoice.lines)
        if (l.kind == QLatin1StringView("consumption") && l.unit == invoice.unit)
            return &l;
    return nullptr;
}
} // namespace

qint64 BillExplanation::variableCharges(const Invoice &invoice)
{
    if (invoice.lines.isEmpty())
        return invoice.amount.amount;
    qint64 sum = 0;
    for (const InvoiceLine &l : invoice.lines)
        if (l.scalesWithConsumption())
            sum += l.amount.amount;
    return sum;
}

std::optional<BillExplanation> BillExplanation::compare(const Invoice &before, const Invoice &after)
{
    if (before.amount.currency != after.amount.currency || before.unit != after.unit)
        return std::nullopt;
    BillExplanation e;
    e.before = before;
    e.after = after;
    e.difference = after.amount.amount - before.amount.amount;

    const qint64 v0 = variableCharges(before);
    const qint64 v1 = variableCharges(after);
    e.other = (after.amount.amount - v1) - (before.amount.amount - v0);

    // The variable charges are daily use × days × prices. The prices' part is priced on the new
    // quantities; the days' part is the old bill's variable charges stretched or shrunk to the
    // new length; what is left of the variable difference is the change in daily use.
    const qint64 g = granularity(before, after);
    e.price = roundTo(priceEffect(before, after), g);
    const int d0 = before.days();
    const int d1 = after.days();
    if (d0 > 0 && d1 > 0)
        e.days = roundTo(double(v0) * double(d1 - d0) / double(d0), g);
    e.consumption = (v1 - v0) - e.price - e.days;
    return e;
}

std::optional<double> BillExplanation::consumptionChange() const
{
    return relative(before.consumption, after.consumption);
}

std::optional<double> BillExplanation::dailyConsumptionChange() const
{
    if (before.days() <= 0 || after.days() <= 0)
        return consumptionChange();
    return relative(before.consumption / before.days(), after.consumption / after.days());
}

std::optional<double> BillExplanation::unitPriceChange() const
{
    const InvoiceLine *a = mainLine(after);
    const InvoiceLine *b = mainLine(before);
    if (!a || !b)
        return std::nullopt;
    return relative(double(b->unitPrice.amount), double(a->unitPrice.amount));
}

} // namespace ov
