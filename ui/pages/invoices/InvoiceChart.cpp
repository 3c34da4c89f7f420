#include "InvoiceChart.h"

#include "core/Formatter.h"
#include "invoices/BillExplanationText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ov {

InvoiceChart::InvoiceChart(QWidget *parent)
    : QChartView(parent)
    , m_bars(new QBarSeries)
    , m_amounts(new QBarSet(tr("Amount")))
    , m_consumption(new QLineSeries)
    , m_months(new QBarCategoryAxis)
    , m_amountAxis(new QValueAxis)
    , m_consumptionAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("invoiceChartView"));
    setAccessibleName(tr("Evolution of your bills"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    setFocusPolicy(Qt::NoFocus); // the table beside it holds the same data for the keyboard

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_bars->append(m_amounts);
    m_consumption->setName(tr("Consumption"));
    chart->addSeries(m_bars);
    chart->addSeries(m_consumption);
    chart->addAxis(m_months, Qt::AlignBottom);
    chart->addAxis(m_amountAxis, Qt::AlignLeft);
    chart->addAxis(m_consumptionAxis, Qt::AlignRight);
    m_bars->attachAxis(m_months);
    m_bars->attachAxis(m_amountAxis);
    m_consumption->attachAxis(m_months);
    m_consumption->attachAxis(m_consumptionAxis);
    m_months->setLabelsAngle(-60);
    m_amountAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_consumptionAxis->setLabelFormat(QStringLiteral("%.0f"));
    setChart(chart);

    connect(m_bars, &QBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (status)
            QToolTip::showText(QCursor::pos(), tooltipFor(index), this);
        else
            QToolTip::hideText();
    });
    connect(m_bars, &QBarSeries::clicked, this, [this](int index, QBarSet *) {
        const QString id = invoiceIdAt(index);
        if (!id.isEmpty())
            emit invoiceClicked(id);
    });
}

void InvoiceChart::setInvoices(const QList<Invoice> &oldestFirst, const QLocale &locale)
{
    m_invoices = oldestFirst;
    m_locale = locale;
    QList<qreal> amounts;
    QList<QPointF> consumption;
    QStringList months;
    double maxAmount = 0;
    double maxConsumption = 0;
    for (int i = 0; i < oldestFirst.size(); ++i) {
        const Invoice &invoice = oldestFirst.at(i);
        amounts << invoice.amount.major();
        // Bars sit on categories 0…n−1: the line's x is the bar's index.
        consumption << QPointF(i, invoice.consumption);
        const QDate month = QDate::fromString(invoice.period + QStringLiteral("-01"), Qt::ISODate);
        months << locale.toString(month, QStringLiteral("MMM yy"));
        maxAmount = std::max(maxAmount, invoice.amount.major());
        maxConsumption = std::max(maxConsumption, invoice.consumption);
    }
    m_amounts->remove(0, m_amounts->count());
    m_amounts->append(amounts);
    m_consumption->replace(consumption);
    m_months->clear();
    m_months->append(months);
    m_amountAxis->setRange(0, maxAmount > 0 ? maxAmount * 1.1 : 1);
    m_consumptionAxis->setRange(0, maxConsumption > 0 ? maxConsumption * 1.1 : 1);
    m_amountAxis->applyNiceNumbers(); // 0, 50 000, 100 000… rather than 65 083
    m_consumptionAxis->applyNiceNumbers();
    const QString currency =
        oldestFirst.isEmpty() ? QString() : oldestFirst.first().amount.currency;
    m_amountAxis->setTitleText(currency);
    m_consumptionAxis->setTitleText(oldestFirst.isEmpty()
                                        ? QString()
                                        : BillExplanationText::unitName(oldestFirst.first().unit));
}

int InvoiceChart::barCount() const
{
    return m_amounts->count();
}

QString InvoiceChart::invoiceIdAt(int index) const
{
    return index >= 0 && index < m_invoices.size() ? m_invoices.at(index).id : QString();
}

QString InvoiceChart::tooltipFor(int index) const
{
    if (index < 0 || index >= m_invoices.size())
        return {};
    const Invoice &i = m_invoices.at(index);
    return tr("%1: %2 · %3 %4")
        .arg(Formatter::period(i.period, m_locale), Formatter::money(i.amount, m_locale),
             m_locale.toString(i.consumption, 'f',
                               i.consumption == std::floor(i.consumption) ? 0 : 1),
             BillExplanationText::unitName(i.unit));
}

} // namespace ov
