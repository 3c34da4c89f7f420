#include "InvoicePdf.h"

#include "PdfCanvas.h"

#include "utility/MoneyFormat.h"

#include <QStringList>

#include <algorithm>

namespace ov::server {

namespace {
const PdfCanvas::Color kInk{0.11, 0.15, 0.2};
const PdfCanvas::Color kMuted{0.36, 0.4, 0.45};
const PdfCanvas::Color kRule{0.8, 0.83, 0.86};
const PdfCanvas::Color kPanel{0.95, 0.96, 0.97};
const PdfCanvas::Color kWhite{1, 1, 1};

PdfCanvas::Color brandOf(const UtilityConfig &u)
{
    return u.serviceKind == QLatin1StringView("water") ? PdfCanvas::Color{0.05, 0.45, 0.7}
                                                       : PdfCanvas::Color{0.9, 0.55, 0.05};
}

QString addressText(const Address &a)
{
    QStringList parts{a.line1};
    if (!a.line2.isEmpty())
        parts << a.line2;
    parts << a.city + QStringLiteral(", ") + a.region + QLatin1Char(' ') + a.postalCode;
    return parts.join(QStringLiteral("\n"));
}

QString unitName(const QString &unit)
{
    return unit == QLatin1StringView("m3") ? QStringLiteral("m³") : unit;
}

// A labelled value, the label small and muted above it; returns the height used.
double field(PdfCanvas &pdf, double x, double y, double w, const QString &label,
             const QString &value)
{
    const double h = pdf.text(x, y, w, label, 7.5, false, PdfCanvas::Align::Left, kMuted);
    return h + pdf.text(x, y + h, w, value, 9, true, PdfCanvas::Align::Left, kInk) + 5;
}
} // namespace

bool InvoicePdf::usesLetter(const QString &country)
{
    static const QStringList letter = {
        QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("MX"), QStringLiteral("CO"),
        QStringLiteral("CL"), QStringLiteral("VE"), QStringLiteral("PH"), QStringLiteral("CR"),
        QStringLiteral("GT"), QStringLiteral("PR")};
    return letter.contains(country);
}

QByteArray InvoicePdf::render(const Input &in)
{
    const UtilityConfig &u = in.utility;
    const Invoice &inv = in.invoice;
    const bool letter = usesLetter(u.country);
    const QString created = inv.issueDate.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
    PdfCanvas pdf(letter ? 612 : 595.28, letter ? 792 : 841.89,
                  QStringLiteral("Factura %1 · %2").arg(inv.number, u.name), created);
    const double left = 40;
    const double right = pdf.width() - 40;
    const double width = right - left;
    const PdfCanvas::Color brand = brandOf(u);
    const QString unit = unitName(inv.unit);

    // The utility and the document.
    pdf.rect(0, 0, pdf.width(), 6, brand);
    pdf.circle(left + 16, 46, 16, brand);
    pdf.text(left, 37, 32, u.name.left(1).toUpper(), 14, true, PdfCanvas::Align::Center, kWhite);
    pdf.text(left + 42, 30, 260, u.name, 15, true, PdfCanvas::Align::Left, kInk);
    pdf.text(left + 42, 50, 260,
             u.serviceKind == QLatin1StringView("water")
                 ? QStringLiteral("Factura de servicio de agua potable y drenaje")
                 : QStringLiteral("Factura de servicio de energía eléctrica"),
             8.5, false, PdfCanvas::Align::Left, kMuted);
    pdf.text(right - 300, 28, 300, QStringLiteral("Factura N.º ") + inv.number, 11, true,
             PdfCanvas::Align::Right, kInk);
    pdf.text(right - 300, 45, 300,
             QStringLiteral("Fecha de expedición: ") + MoneyFormat::date(inv.issueDate, u), 8.5,
             false, PdfCanvas::Align::Right, kMuted);
    pdf.text(right - 300, 58, 300,
             QStringLiteral("Periodo facturado: %1 – %2 (%3 días)")
                 .arg(MoneyFormat::date(inv.periodStart, u), MoneyFormat::date(inv.periodEnd, u))
                 .arg(inv.days()),
             8.5, false, PdfCanvas::Align::Right, kMuted);
    pdf.line(left, 84, right, 84, kRule);

    // The customer and the supply | the readings.
    const double col = width / 2 - 10;
    double y = 94;
    y += field(pdf, left, y, col, QStringLiteral("Titular"), in.contract.holderName);
    y += field(pdf, left, y, col, QStringLiteral("Contrato"), in.contract.number);
    y += field(pdf, left, y, col, QStringLiteral("Dirección del predio"),
               addressText(in.contract.supplyAddress));
    y += field(pdf, left, y, col, QStringLiteral("Dirección de envío"),
               addressText(in.contract.billingAddress));
    double ry = 94;
    const double rx = left + width / 2 + 10;
    pdf.rect(rx - 8, ry - 6, col + 8, 128, kPanel);
    ry += field(pdf, rx, ry, col - 8, QStringLiteral("Tarifa"), in.contract.tariff);
    ry += field(pdf, rx, ry, col - 8, QStringLiteral("Medidor"), in.contract.meterNumber);
    ry += field(pdf, rx, ry, col - 8, QStringLiteral("Lectura anterior · actual"),
                inv.previousReading && inv.currentReading
                    ? MoneyFormat::number(*inv.previousReading, u) + QStringLiteral(" → ") +
                          MoneyFormat::number(*inv.currentReading, u)
                    : QStringLiteral("Sin medición"));
    field(pdf, rx, ry, col - 8, QStringLiteral("Consumo facturado"),
          MoneyFormat::number(inv.consumption, u) + QLatin1Char(' ') + unit);
    y = std::max(y, 250.0) + 6;

    // The last twelve months' consumption.
    QList<Invoice> history;
    for (const Invoice &h : in.history)
        if (h.period <= inv.period)
            history << h;
    std::sort(history.begin(), history.end(),
              [](const Invoice &a, const Invoice &b) { return a.period < b.period; });
    if (history.size() > 12)
        history = history.mid(history.size() - 12);
    pdf.text(left, y, width, QStringLiteral("Historial de consumo (%1)").arg(unit), 9, true,
             PdfCanvas::Align::Left, kInk);
    y += 16;
    const double chartHeight = 70;
    double peak = 1;
    for (const Invoice &h : history)
        peak = std::max(peak, h.consumption);
    const double slot = width / 12;
    for (int i = 0; i < history.size(); ++i) {
        const Invoice &h = history.at(i);
        const double bar = chartHeight * h.consumption / peak;
        const double x = left + i * slot;
        pdf.rect(x + slot * 0.2, y + chartHeight - bar + 10, slot * 0.6, bar,
                 h.id == inv.id ? brand : kRule);
        pdf.text(x, y + chartHeight - bar, slot, MoneyFormat::number(h.consumption, u, 0), 6.5,
                 false, PdfCanvas::Align::Center, kMuted);
        pdf.text(x, y + chartHeight + 12, slot,
                 h.period.mid(5) + QLatin1Char('/') + h.period.mid(2, 2), 6.5, false,
                 PdfCanvas::Align::Center, kMuted);
    }
    y += chartHeight + 32;

    // The lines.
    const double qx = left + width * 0.5;
    const double px = left + width * 0.66;
    const double ax = left + width * 0.82;
    pdf.rect(left, y, width, 16, kPanel);
    pdf.text(left + 4, y + 3, width * 0.5, QStringLiteral("Concepto"), 8, true);
    pdf.text(qx, y + 3, width * 0.15, QStringLiteral("Cantidad"), 8, true, PdfCanvas::Align::Right);
    pdf.text(px, y + 3, width * 0.15, QStringLiteral("Valor unitario"), 8, true,
             PdfCanvas::Align::Right);
    pdf.text(ax, y + 3, width * 0.18 - 4, QStringLiteral("Valor"), 8, true,
             PdfCanvas::Align::Right);
    y += 20;
    for (const InvoiceLine &l : inv.lines) {
        const bool percent = l.unit == QLatin1StringView("%");
        const double h = pdf.text(left + 4, y, width * 0.46, l.label, 8.5);
        if (l.kind != QLatin1StringView("fixed") || l.quantity != 1) {
            pdf.text(qx, y, width * 0.15,
                     MoneyFormat::number(l.quantity, u) + QLatin1Char(' ') +
                         (percent ? QStringLiteral("%") : unitName(l.unit)),
                     8.5, false, PdfCanvas::Align::Right);
            pdf.text(px, y, width * 0.15, MoneyFormat::money(l.unitPrice, u, false), 8.5, false,
                     PdfCanvas::Align::Right);
        }
        pdf.text(ax, y, width * 0.18 - 4, MoneyFormat::money(l.amount, u, false), 8.5, false,
                 PdfCanvas::Align::Right);
        y += std::max(h, 11.0) + 4;
    }
    pdf.line(left, y, right, y, kRule);
    y += 4;
    pdf.text(left + 4, y, width * 0.6, QStringLiteral("Total"), 10, true);
    pdf.text(ax - 40, y, width * 0.18 + 36, MoneyFormat::money(inv.amount, u), 10, true,
             PdfCanvas::Align::Right);
    y += 26;

    // What to pay, by when, and how to quote it.
    const double boxHeight = 112;
    pdf.frame(left, y, width, boxHeight, brand, 1.2);
    pdf.qr(left + 10, y + 10, boxHeight - 20, inv.paymentReference.toUtf8());
    const double tx = left + boxHeight + 6;
    const double tw = width - boxHeight - 16;
    pdf.text(tx, y + 12, tw, QStringLiteral("Total a pagar"), 9, false, PdfCanvas::Align::Left,
             kMuted);
    pdf.text(tx, y + 24, tw, MoneyFormat::money(inv.amount, u), 20, true, PdfCanvas::Align::Left,
             kInk);
    pdf.text(tx, y + 56, tw,
             QStringLiteral("Fecha límite de pago: ") + MoneyFormat::date(inv.dueDate, u), 10, true,
             PdfCanvas::Align::Left, kInk);
    pdf.text(tx, y + 74, tw, QStringLiteral("Referencia de pago: ") + inv.paymentReference, 10,
             false, PdfCanvas::Align::Left, kInk);
    pdf.text(tx, y + 90, tw,
             QStringLiteral("Pague en línea en la Oficina Virtual o en los puntos autorizados "
                            "con esta referencia."),
             7.5, false, PdfCanvas::Align::Left, kMuted);

    pdf.text(left, pdf.height() - 36, width,
             QStringLiteral("Documento de demostración generado por ov-server (Oficina Virtual). "
                            "No es una factura electrónica válida ante la autoridad tributaria."),
             7, false, PdfCanvas::Align::Center, kMuted);
    return pdf.finish();
}

} // namespace ov::server
