#pragma once

#include "domain/Invoice.h"

#include <QChartView>
#include <QList>
#include <QLocale>

class QBarSeries;
class QBarSet;
class QLineSeries;
class QBarCategoryAxis;
class QValueAxis;

namespace ov {

// The evolution of a contract's bills: one bar per month (the amount, left axis) and the
// consumption billed as a line (right axis), oldest on the left. Hovering a bar shows its period,
// amount and consumption; clicking it asks for that invoice (invoiceClicked).
class InvoiceChart : public QChartView
{
    Q_OBJECT

public:
    explicit InvoiceChart(QWidget *parent = nullptr);

    // `oldestFirst`: the months to show (InvoiceHistory::lastMonths).
    void setInvoices(const QList<Invoice> &oldestFirst, const QLocale &locale);
    int barCount() const;
    QString tooltipFor(int index) const; // what hovering bar `index` shows
    QString invoiceIdAt(int index) const;

signals:
    void invoiceClicked(const QString &invoiceId);

private:
    QList<Invoice> m_invoices;
    QLocale m_locale;
    QBarSeries *m_bars;
    QBarSet *m_amounts;
    QLineSeries *m_consumption;
    QBarCategoryAxis *m_months;
    QValueAxis *m_amountAxis;
    QValueAxis *m_consumptionAxis;
};

} // namespace ov
