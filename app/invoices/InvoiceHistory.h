#pragma once

#include "domain/Invoice.h"

#include <QList>

#include <optional>

namespace ov {

// The invoices of one contract, newest period first, and the comparisons the invoices page
// shows: the latest bill, the one before it, the same month a year earlier, and the years there
// are bills for. Corrections re-issue a period, so "the bill of a period" is its latest issue.
class InvoiceHistory
{
public:
    explicit InvoiceHistory(QList<Invoice> invoices);

    const QList<Invoice> &invoices() const { return m_invoices; }
    bool isEmpty() const { return m_invoices.isEmpty(); }

    const Invoice *latest() const;
    const Invoice *previous(const Invoice &invoice) const;
    const Invoice *sameMonthLastYear(const Invoice &invoice) const;
    const Invoice *forPeriod(const QString &period) const;

    // Years with bills, newest first; the bills of one year, newest first.
    QList<int> years() const;
    QList<Invoice> ofYear(int year) const;
    // The newest `months` bills, oldest first (the evolution chart's bars).
    QList<Invoice> lastMonths(int months) const;

    // (after − before) / before; nullopt when there is nothing to compare with.
    static std::optional<double> change(const Invoice *before, const Invoice &after);

private:
    QList<Invoice> m_invoices;
};

} // namespace ov
