#pragma once

#include "domain/Invoice.h"

#include <optional>

namespace ov {

// "Why did my bill change?": the difference between two bills of one contract split into what
// the customer can act on or understand, in minor units of the bills' currency:
//   consumption — more or fewer units used per day, priced as before;
//   price       — the prices of the lines that scale with consumption changed (a tariff change,
//                 a new tax rate), priced on the new quantities; a line of that kind that
//                 appears or disappears counts whole here;
//   days        — the period was longer or shorter, at the old daily use and price;
//   other       — fixed charges and corrections (lines that do not scale with consumption).
// The four parts add up exactly to the difference of the totals: consumption is what is left of
// the variable charges' difference. Price and days are rounded to the unit the bills are written
// in (whole pesos when every amount of both bills is), so every part reads as the bills do. Lines
// scale with consumption when their kind is consumption, subsidy or tax; a bill without lines
// counts its whole amount as such. Lines of the two bills are matched by code and label, so a block
// tariff whose blocks keep their prices shows no price change however the quantities move between
// blocks.
struct BillExplanation
{
    Invoice before;
    Invoice after;
    qint64 difference = 0;
    qint64 consumption = 0;
    qint64 price = 0;
    qint64 days = 0;
    qint64 other = 0;

    // Relative changes for the plain-words sentences (0.18 = 18 % more); nullopt when the
    // earlier value is zero.
    std::optional<double> consumptionChange() const; // units billed
    std::optional<double> dailyConsumptionChange() const;
    // The price per unit of the main consumption line (the first of kind consumption billed in
    // the bills' unit), as the tariff sentence names it.
    std::optional<double> unitPriceChange() const;
    int dayDifference() const { return after.days() - before.days(); }
    QString currency() const { return after.amount.currency; }

    // nullopt when the bills cannot be compared (another currency or another unit).
    static std::optional<BillExplanation> compare(const Invoice &before, const Invoice &after);

    // The part of a bill that scales with consumption, in minor units.
    static qint64 variableCharges(const Invoice &invoice);
};

} // namespace ov
