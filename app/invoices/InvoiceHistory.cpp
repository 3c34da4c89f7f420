#include "InvoiceHistory.h"

#include <QDate>

#include <algorithm>

namespace ov {

namespace {
QString periodMonthsBefore(const QString &period, int months)
{
    const QDate d = QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return d.isValid() ? d.addMonths(-months).toString(QStringLiteral("yyyy-MM")) : QString();
}
} // namespace

InvoiceHistory::InvoiceHistory(QList<Invoice> invoices)
    : m_invoices(std::move(invoices))
{
    std::stable_sort(m_invoices.begin(), m_invoices.end(), [](const Invoice &a, const Invoice &b) {
        if (a.period != b.period)
            return a.period > b.period;
        return a.issueDate > b.issueDate;
    });
}

const Invoice *InvoiceHistory::latest() const
{
    return m_invoices.isEmpty() ? nullptr : &m_invoices.first();
}

const Invoice *InvoiceHistory::forPeriod(const QString &period) const
{
    for (const Invoice &i : m_invoices)
        if (i.period == period)
            return &i;
    return nullptr;
}

const Invoice *InvoiceHistory::previous(const Invoice &invoice) const
{
    for (const Invoice &i : m_invoices)
        if (i.period < invoice.period)
            return &i;
    return nullptr;
}

const Invoice *InvoiceHistory::sameMonthLastYear(const Invoice &invoice) const
{
    return forPeriod(periodMonthsBefore(invoice.period, 12));
}

QList<int> InvoiceHistory::years() const
{
    QList<int> years;
    for (const Invoice &i : m_invoices) {
        const int y = i.period.left(4).toInt();
        if (years.isEmpty() || years.last() != y)
            years.append(y);
    }
    return years;
}

QList<Invoice> InvoiceHistory::ofYear(int year) const
{
    QList<Invoice> list;
    const QString prefix = QString::number(year) + QLatin1Char('-');
    for (const Invoice &i : m_invoices)
        if (i.period.startsWith(prefix))
            list.append(i);
    return list;
}

QList<Invoice> InvoiceHistory::lastMonths(int months) const
{
    QList<Invoice> list;
    QString last;
    for (const Invoice &i : m_invoices) {
        if (i.period == last)
            continue; // a corrected period counts once, by its latest issue
        if (list.size() == months)
            break;
        list.prepend(i);
        last = i.period;
    }
    return list;
}

std::optional<double> InvoiceHistory::change(const Invoice *before, const Invoice &after)
{
    if (!before || before->amount.amount == 0 || before->amount.currency != after.amount.currency)
        return std::nullopt;
    return double(after.amount.amount - before->amount.amount) / double(before->amount.amount);
}

} // namespace ov
