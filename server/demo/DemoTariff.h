#pragma once

#include "DemoCatalog.h"

#include "domain/InvoiceLine.h"

#include <QList>
#include <QString>

namespace ov::server {

// How the demo utilities price a month, as their countries' bills do. Colombia's electricity:
// energy per kWh, the subsistence subsidy for estrato 3 (first 130 kWh, 15 % off), the
// solidarity contribution (20 % of energy) for estrato 5 and businesses, and the municipal
// street-lighting tax. Mexico's water: a fixed fee, the water charge (three blocks for homes,
// one price for businesses), drainage at 25 % of water, and VAT (16 %) for businesses only.
// Prices rise 6.5 % once, kTariffChangeMonthsAgo months before the current month.
class DemoTariff
{
public:
    static constexpr int kTariffChangeMonthsAgo = 14;

    explicit DemoTariff(const DemoCatalog &catalog);

    // The lines of the bill for `monthsAgo` (1 = last month) of a contract on `tariff`.
    QList<InvoiceLine> lines(const QString &tariff, bool business, double consumption,
                             int monthsAgo) const;
    // The credit for an estimated reading of `estimatedPeriod` that turned out `overestimate`
    // units too high: those units at that period's energy or (first-block) water price; the
    // demo leaves the taxes and drainage as they were billed.
    InvoiceLine correction(double overestimate, const QString &estimatedPeriod, bool business,
                           int monthsAgo) const;
    static qint64 total(const QList<InvoiceLine> &lines);

    // The number a bank or payment gateway asks for: the contract's digits, the period, and a
    // Luhn check digit.
    static QString paymentReference(const QString &contractNumber, const QString &period);

private:
    InvoiceLine perUnit(const QString &code, const QString &label, double quantity,
                        const QString &unit, qint64 unitPrice) const;
    InvoiceLine percentOf(const QString &code, const QString &label, const QString &kind,
                          double percent, qint64 base) const;
    InvoiceLine fixed(const QString &code, const QString &label, qint64 amount) const;
    qint64 price(double major, int monthsAgo) const; // in minor units, after any tariff change
    qint64 roundMinor(double minor) const;           // whole pesos on Colombian bills

    const DemoCatalog &m_catalog;
};

} // namespace ov::server
