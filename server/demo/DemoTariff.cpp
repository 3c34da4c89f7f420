#include "DemoTariff.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ov::server {

DemoTariff::DemoTariff(const DemoCatalog &catalog)
    : m_catalog(catalog)
{}

qint64 DemoTariff::roundMinor(double minor) const
{
    if (m_catalog.water)
        return std::llround(minor);
    return std::llround(minor / 100.0) * 100; // pesos, no centavos
}

qint64 DemoTariff::price(double major, int monthsAgo) const
{
    const double factor = monthsAgo <= kTariffChangeMonthsAgo ? 1.065 : 1.0;
    return roundMinor(major * factor * 100.0);
}

InvoiceLine DemoTariff::perUnit(const QString &code, const QString &label, double quantity,
                                const QString &unit, qint64 unitPrice) const
{
    InvoiceLine l;
    l.code = code;
    l.label = label;
    l.kind = code == QLatin1StringView("subsidy") ? QStringLiteral("subsidy")
                                                  : QStringLiteral("consumption");
    l.quantity = quantity;
    l.unit = unit;
    l.unitPrice = Money{unitPrice, m_catalog.currency};
    l.amount = Money{roundMinor(quantity * double(unitPrice)), m_catalog.currency};
    return l;
}

InvoiceLine DemoTariff::percentOf(const QString &code, const QString &label, const QString &kind,
                                  double percent, qint64 base) const
{
    InvoiceLine l;
    l.code = code;
    l.label = label;
    l.kind = kind;
    l.quantity = percent;
    l.unit = QStringLiteral("%");
    l.unitPrice = Money{base, m_catalog.currency};
    l.amount = Money{roundMinor(double(base) * percent / 100.0), m_catalog.currency};
    return l;
}

InvoiceLine DemoTariff::fixed(const QString &code, const QString &label, qint64 amount) const
{
    InvoiceLine l;
    l.code = code;
    l.label = label;
    l.kind = code == QLatin1StringView("adjustment") ? QStringLiteral("adjustment")
                                                     : QStringLiteral("fixed");
    l.quantity = 1;
    l.unitPrice = Money{amount, m_catalog.currency};
    l.amount = l.unitPrice;
    return l;
}

QList<InvoiceLine> DemoTariff::lines(const QString &tariff, bool business, double c,
                                     int monthsAgo) const
{
    QList<InvoiceLine> lines;
    if (m_catalog.water) {
        lines << fixed(QStringLiteral("fixed"), QStringLiteral("Cuota fija"),
                       price(business ? 350.0 : 95.0, monthsAgo));
        if (business) {
            lines << perUnit(QStringLiteral("water"), QStringLiteral("Agua"), c, m_catalog.unit,
                             price(28.6, monthsAgo));
        } else {
            // Every block is shown, used or not, as the bills of block tariffs do.
            lines << perUnit(QStringLiteral("water"), QStringLiteral("Agua 0–10 m³"),
                             std::min(c, 10.0), m_catalog.unit, price(9.5, monthsAgo))
                  << perUnit(QStringLiteral("water"), QStringLiteral("Agua 10–30 m³"),
                             std::clamp(c - 10.0, 0.0, 20.0), m_catalog.unit,
                             price(18.7, monthsAgo))
                  << perUnit(QStringLiteral("water"), QStringLiteral("Agua más de 30 m³"),
                             std::max(c - 30.0, 0.0), m_catalog.unit, price(31.4, monthsAgo));
        }
        qint64 water = 0;
        for (const InvoiceLine &l : lines)
            if (l.code == QLatin1StringView("water"))
                water += l.amount.amount;
        lines << percentOf(QStringLiteral("sewer"), QStringLiteral("Drenaje (25 % del agua)"),
                           QStringLiteral("consumption"), 25, water);
        if (business)
            lines << percentOf(QStringLiteral("vat"), QStringLiteral("IVA (16 %)"),
                               QStringLiteral("tax"), 16, total(lines));
        return lines;
    }

    const InvoiceLine energy =
        perUnit(QStringLiteral("energy"), QStringLiteral("Energía consumida"), c, m_catalog.unit,
                price(business ? 912.0 : 880.0, monthsAgo));
    lines << energy;
    if (!business && tariff.endsWith(QLatin1StringView("3")))
        lines << perUnit(QStringLiteral("subsidy"),
                         QStringLiteral("Subsidio de subsistencia (estrato 3, hasta 130 kWh)"),
                         std::min(c, 130.0), m_catalog.unit,
                         -roundMinor(double(energy.unitPrice.amount) * 0.15));
    if (business || tariff.endsWith(QLatin1StringView("5")))
        lines << percentOf(QStringLiteral("contribution"),
                           QStringLiteral("Contribución de solidaridad (20 %)"),
                           QStringLiteral("tax"), 20, energy.amount.amount);
    lines << fixed(QStringLiteral("street_lighting"),
                   QStringLiteral("Impuesto de alumbrado público"),
                   price(business ? 42000.0 : 9800.0, monthsAgo));
    return lines;
}

InvoiceLine DemoTariff::correction(double overestimate, const QString &estimatedPeriod,
                                   bool business, int monthsAgo) const
{
    InvoiceLine l =
        perUnit(QStringLiteral("adjustment"),
                QStringLiteral("Ajuste por lectura estimada de %1").arg(estimatedPeriod),
                -overestimate, m_catalog.unit,
                price(m_catalog.water ? (business ? 28.6 : 9.5) : (business ? 912.0 : 880.0),
                      monthsAgo + 1));
    l.kind = QStringLiteral("adjustment");
    return l;
}

qint64 DemoTariff::total(const QList<InvoiceLine> &lines)
{
    qint64 sum = 0;
    for (const InvoiceLine &l : lines)
        sum += l.amount.amount;
    return sum;
}

QString DemoTariff::paymentReference(const QString &contractNumber, const QString &period)
{
    QString digits;
    for (const QChar ch : QString(contractNumber + period))
        if (ch.isDigit())
            digits += ch;
    int sum = 0;
    for (int i = 0; i < digits.size(); ++i) {
        int d = digits.at(digits.size() - 1 - i).digitValue();
        if (i % 2 == 0) { // doubled from the right, the check digit still to come
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return digits + QString::number((10 - sum % 10) % 10);
}

} // namespace ov::server
